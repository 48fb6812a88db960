import type { TodayAction, WeekSummary } from "../../../domain/today.js";

const dayMs = 24 * 60 * 60 * 1000;

function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Whole calendar days from `from` to `to` in the browser's time zone (DST-safe). */
export function calendarDays(from: Date, to: Date): number {
  return Math.round((startOfLocalDay(to).getTime() - startOfLocalDay(from).getTime()) / dayMs);
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** "due today", "due since yesterday", "3 days overdue", "due tomorrow", "due Friday". */
export function dueText(action: TodayAction, now: Date): string {
  const due = new Date(action.dueAt);
  if (action.state === "overdue") {
    const days = calendarDays(due, now);
    return days <= 0 ? "overdue" : `${plural(days, "day")} overdue`;
  }
  if (action.state === "due") {
    const days = calendarDays(due, now);
    if (days <= 0) return "due today";
    if (days === 1) return "due since yesterday";
    return `due for ${plural(days, "day")}`;
  }
  const ahead = calendarDays(now, due);
  if (ahead <= 0) return "due later today";
  if (ahead === 1) return "due tomorrow";
  if (ahead < 7) return `due ${weekdayFormat.format(due)}`;
  return `due ${shortDateFormat.format(due)}`;
}

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: "long" });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });
const longDateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: "long",
  month: "long",
  day: "numeric",
});
const dayAndTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });

/** "Tuesday, March 11" in the browser's language. */
export function longDate(date: Date): string {
  return longDateFormat.format(date);
}

/** "Tue, Mar 11, 2:30 PM". */
export function dayAndTime(date: Date): string {
  return dayAndTimeFormat.format(date);
}

/** "Today, 2:30 PM", "Tomorrow, 9:00 AM", else weekday, date and time. */
export function conversationTime(startsAt: Date, now: Date): string {
  const days = calendarDays(now, startsAt);
  if (days === 0) return `Today, ${timeFormat.format(startsAt)}`;
  if (days === 1) return `Tomorrow, ${timeFormat.format(startsAt)}`;
  return dayAndTime(startsAt);
}

/** "In the last 7 days: 5 touches, 1 conversation, 1 thank-you and 3 people added." */
export function weekSummary(week: WeekSummary): string {
  const parts = [
    plural(week.touches, "touch", "touches"),
    plural(week.conversations, "conversation"),
    plural(week.thankYous, "thank-you"),
    `${plural(week.peopleAdded, "person", "people")} added`,
  ];
  return `In the last 7 days: ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}.`;
}

/** A `tel:` address that dials the extension after a pause, where phones support it. */
export function telHref(phone: string, extension: string | null): string {
  const dial = phone.replace(/[^\d+]/g, "");
  return extension ? `tel:${dial},${extension}` : `tel:${dial}`;
}

/** 8:00 in the morning, `days` calendar days after `now`, in the browser's time zone. */
function morningAfter(now: Date, days: number): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 8, 0, 0, 0);
}

export interface SnoozeChoice {
  id: "tomorrow" | "three_days" | "next_week";
  label: string;
  until: Date;
}

/** Tomorrow morning, three days on, and next Monday morning: all counted from the server's now. */
export function snoozeChoices(now: Date): SnoozeChoice[] {
  const daysToMonday = (8 - now.getDay()) % 7 || 7;
  return [
    { id: "tomorrow", label: "Until tomorrow morning", until: morningAfter(now, 1) },
    { id: "three_days", label: "For 3 days", until: morningAfter(now, 3) },
    { id: "next_week", label: "Until next week", until: morningAfter(now, daysToMonday) },
  ];
}
