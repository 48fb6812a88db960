import { calendarDaysBetween, dueWording } from "../../../domain/due-wording.js";
import type { TodayAction, WeekSummary } from "../../../domain/today.js";
import { atSentenceStart } from "../../../domain/wording/locale.js";
import { counted } from "../../../domain/wording/plural.js";
import { relativeDays } from "../../../domain/wording/relative.js";

/**
 * Today's "now" and the explorer's time zone, both from the server's Today: every date on
 * the page is counted and written in that zone, never the browser's.
 */
export interface TodayClock {
  now: Date;
  timeZone: string;
}

/** "due today", "due since yesterday", "4 days overdue", "due tomorrow": the domain's wording. */
export function dueText(action: TodayAction, clock: TodayClock): string {
  return dueWording(action, clock.now, clock.timeZone);
}

// One formatter per zone and shape, in the browser's language.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(timeZone: string, shape: "long" | "dayAndTime" | "time"): Intl.DateTimeFormat {
  const key = `${shape}:${timeZone}`;
  let found = formats.get(key);
  if (!found) {
    const options: Record<typeof shape, Intl.DateTimeFormatOptions> = {
      long: { weekday: "long", month: "long", day: "numeric" },
      dayAndTime: {
        weekday: "short",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
      },
      time: { hour: "numeric", minute: "2-digit" },
    };
    found = new Intl.DateTimeFormat(undefined, { ...options[shape], timeZone });
    formats.set(key, found);
  }
  return found;
}

/** "Tuesday, March 11" in the browser's language, the explorer's zone. */
export function longDate(date: Date, timeZone: string): string {
  return formatIn(timeZone, "long").format(date);
}

/** "Tue, Mar 11, 2:30 PM", in the explorer's zone. */
export function dayAndTime(date: Date | string, timeZone: string): string {
  return formatIn(timeZone, "dayAndTime").format(new Date(date));
}

/** "Today, 2:30 PM", "Tomorrow, 9:00 AM", else weekday, date and time: the explorer's days. */
export function conversationTime(startsAt: Date, clock: TodayClock): string {
  const days = calendarDaysBetween(clock.now, startsAt, clock.timeZone);
  const time = formatIn(clock.timeZone, "time").format(startsAt);
  if (days === 0 || days === 1) return `${atSentenceStart(relativeDays(days))}, ${time}`;
  return dayAndTime(startsAt, clock.timeZone);
}

/** "In the last 7 days: 5 touches, 1 conversation, 1 thank-you and 3 people added." */
export function weekSummary(week: WeekSummary): string {
  const parts = [
    counted(week.touches, { one: "touch", other: "touches" }),
    counted(week.conversations, { one: "conversation", other: "conversations" }),
    counted(week.thankYous, { one: "thank-you", other: "thank-yous" }),
    `${counted(week.peopleAdded, { one: "person", other: "people" })} added`,
  ];
  return `In the last 7 days: ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}.`;
}

/** A `tel:` address that dials the extension after a pause, where phones support it. */
export function telHref(phone: string, extension: string | null): string {
  const dial = phone.replace(/[^\d+]/g, "");
  return extension ? `tel:${dial},${extension}` : `tel:${dial}`;
}
