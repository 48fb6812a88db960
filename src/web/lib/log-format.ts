import { daysSince } from "../../domain/stage.js";
import { counted } from "../../domain/wording/plural.js";
import { relativeDays } from "../../domain/wording/relative.js";

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

/** "Nov 22, 2025, 2:30 PM" in the browser's language and time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A `datetime-local` input's value ("2025-11-22T14:30") for an instant, in local time. */
export function toDateTimeLocal(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

export function isoToDateTimeLocal(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : toDateTimeLocal(date);
}

/**
 * A `datetime-local` value as an ISO instant with the local offset of that day
 * ("2025-11-22T14:30:00-05:00"); "" stays "" so the schema can say what is missing.
 */
export function dateTimeLocalToIso(value: string): string {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${toDateTimeLocal(date)}:00${sign}${hours}:${minutes}`;
}

/** "today", "yesterday", "3 days ago", by Intl.RelativeTimeFormat. */
export function daysAgo(days: number): string {
  return relativeDays(-days);
}

/** "Last touch: 3 days ago", or that there has been none. */
export function lastTouchText(lastTouchAt: string | null, now = new Date()): string {
  const days = daysSince(lastTouchAt, now);
  return days === null ? "No contact yet" : `Last touch: ${daysAgo(days)}`;
}

/** "5 days since last touch" for cards; "1 day", and "Touched today" for zero. */
export function daysSinceText(lastTouchAt: string | null, now = new Date()): string {
  const days = daysSince(lastTouchAt, now);
  if (days === null) return "No contact yet";
  if (days === 0) return "In touch today";
  return `${counted(days, { one: "day", other: "days" })} since last touch`;
}
