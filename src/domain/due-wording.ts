import { TZDate, tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import type { DueAction } from "./cadence.js";
import { formatInstant } from "./wording/dates.js";
import { counted } from "./wording/plural.js";
import { relativeDays } from "./wording/relative.js";

/**
 * How Today says when a reminder is due, and when a snooze ends: one wording for the web
 * and `rapport today`, counted in calendar days in the explorer's time zone (the zone
 * the cadence counts business days in), never the browser's or the server's.
 *
 * Each state counts from the date that starts it, as the cadence defines the two:
 * `dueAt` is when the reminder becomes due (METHOD §3: call a week after the letter),
 * `overdueAt` the latest it should be done (at most two weeks). So "4 days overdue" is
 * four days past that latest day, not past the day it first came due: a follow-up call
 * that turned overdue this morning is "overdue", not "7 days overdue". A snooze moves
 * neither date; when it ends, the reminder says what it said before.
 */

/** Whole calendar days from `from` to `to` in `timeZone`: 23:30 to 00:10 the next day is 1. */
export function calendarDaysBetween(from: Date | string, to: Date | string, timeZone: string) {
  return differenceInCalendarDays(new Date(to), new Date(from), { in: tz(timeZone) });
}

const days = { one: "day", other: "days" };
const weekday = { weekday: "long" } as const;
const dayAndMonth = { day: "numeric", month: "short" } as const;

/**
 * "due later today", "due tomorrow", "due Friday", "due 14 Mar" (coming up); "due today",
 * "due since yesterday", "due for 3 days" (due); "overdue", "1 day overdue", "12 days
 * overdue" (overdue). Lower case, to set in a sentence or capitalise for a label.
 */
export function dueWording(
  action: Pick<DueAction, "state" | "dueAt" | "overdueAt">,
  now: Date | string,
  timeZone: string,
): string {
  if (action.state === "overdue") {
    const late = calendarDaysBetween(action.overdueAt ?? action.dueAt, now, timeZone);
    return late <= 0 ? "overdue" : `${counted(late, days)} overdue`;
  }
  if (action.state === "due") {
    const since = calendarDaysBetween(action.dueAt, now, timeZone);
    if (since <= 0) return "due today";
    if (since === 1) return `due since ${relativeDays(-1)}`;
    return `due for ${counted(since, days)}`;
  }
  const ahead = calendarDaysBetween(now, action.dueAt, timeZone);
  if (ahead <= 0) return "due later today";
  if (ahead === 1) return `due ${relativeDays(1)}`;
  return `due ${formatInstant(action.dueAt, timeZone, ahead < 7 ? weekday : dayAndMonth)}`;
}

export type SnoozeChoiceId = "tomorrow" | "three_days" | "next_week";

export interface SnoozeChoice {
  id: SnoozeChoiceId;
  label: string;
  /** The instant the snooze ends (UTC ISO text), to send as the snooze's `until`. */
  until: string;
}

/** The hour a snooze ends: the start of a working morning. */
export const snoozeMorningHour = 8;

/** 8:00 on the calendar day `days` after `now`'s, in `timeZone`, whatever the clocks did. */
function morningAfter(now: TZDate, days: number, timeZone: string): string {
  const morning = new TZDate(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() + days,
    snoozeMorningHour,
    0,
    0,
    0,
    timeZone,
  );
  return new Date(morning.getTime()).toISOString();
}

/**
 * Tomorrow morning, three days on, and next Monday morning (a week on, from a Monday),
 * each at 8:00 in the explorer's time zone, counted from the server's `now`.
 */
export function snoozeChoices(now: Date | string, timeZone: string): SnoozeChoice[] {
  const local = new TZDate(new Date(now).getTime(), timeZone);
  const daysToMonday = (8 - local.getDay()) % 7 || 7;
  return [
    { id: "tomorrow", label: "Until tomorrow morning", until: morningAfter(local, 1, timeZone) },
    { id: "three_days", label: "For 3 days", until: morningAfter(local, 3, timeZone) },
    {
      id: "next_week",
      label: "Until next week",
      until: morningAfter(local, daysToMonday, timeZone),
    },
  ];
}
