import { wordingLocale } from "./locale.js";

/**
 * Dates, times and their ranges by Intl.DateTimeFormat in Rapport's language: never a
 * month or weekday name typed by hand, nor a range glued together from parts.
 *
 * An instant is written in the zone it is asked for (the explorer's, so a reader is never
 * misled by the server's or the browser's); a calendar day ("2026-10-10") has no zone and is
 * written as that day wherever it is read.
 */

// A formatter costs far more to build than to use, and a page words many dates: one per
// zone and shape.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter for these options in `timeZone`. */
export function dateFormatter(
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(wordingLocale, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** An instant in the zone: `formatInstant(at, "Europe/London", {weekday: "long"})` is "Tuesday". */
export function formatInstant(
  instant: Date | string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return dateFormatter(timeZone, options).format(new Date(instant));
}

// Midday UTC of a calendar day, written in UTC, is that day whatever the reader's zone.
const calendarInstant = (day: string) => new Date(`${day.slice(0, 10)}T12:00:00.000Z`);

/** A calendar day ("2026-10-10"): `{day: "numeric", month: "long"}` gives "10 October". */
export function formatCalendarDay(day: string, options: Intl.DateTimeFormatOptions): string {
  return dateFormatter("UTC", options).format(calendarInstant(day));
}

/** The default shape of a range of days: "10 – 15 Oct". */
const shortDays: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" };

/**
 * Calendar days from one to another, both included, by formatRange: "10 – 15 Oct",
 * "28 Sept – 3 Oct", "30 Dec 2026 – 2 Jan 2027" (with `year` in the options), "10 Oct" for
 * one day. Intl writes what the two ends share once.
 */
export function calendarDayRange(
  from: string,
  to: string,
  options: Intl.DateTimeFormatOptions = shortDays,
): string {
  return dateFormatter("UTC", options).formatRange(calendarInstant(from), calendarInstant(to));
}

/** The default shape of a range of times: "14:00–14:45". */
const clock: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };

/**
 * From one instant to another in the zone, by formatRange: "14:00–14:45" within a day with
 * the default options; with a day in the options, "3 Dec, 23:30 – 4 Dec, 00:15" across
 * midnight. Each end is read in the zone, so a range across a change of the clocks is right.
 */
export function instantRange(
  start: Date | string,
  end: Date | string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = clock,
): string {
  return dateFormatter(timeZone, options).formatRange(new Date(start), new Date(end));
}
