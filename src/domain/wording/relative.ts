import { wordingLocale } from "./locale.js";

// Made once: building Intl objects costs far more than using them.
const relativeDayFormat = new Intl.RelativeTimeFormat(wordingLocale, { numeric: "auto" });

/**
 * Whole calendar days from today as people say them, by Intl.RelativeTimeFormat: "today",
 * "tomorrow", "yesterday", "in 3 days", "3 days ago". Count the days in the explorer's zone
 * first (due-wording.ts's calendarDaysBetween); this only words the number.
 */
export function relativeDays(days: number): string {
  return relativeDayFormat.format(days, "day");
}
