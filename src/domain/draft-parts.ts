import type { OutreachKind } from "./draft-purpose.js";
import { firstName, formalName } from "./person-name.js";
import { formatCalendarDay, formatInstant } from "./wording/dates.js";
import { relativeDays } from "./wording/relative.js";

/**
 * Pieces the thank-you, the confirmation and the call script share: greetings, sign-offs
 * and dates said the way a person would, in the explorer's time zone (time is passed in).
 */

/** Left in a draft when the profile has no phone; the coach flags it as unfilled. */
export const myPhoneField = "{{my_phone}}";
const myNameField = "{{my_name}}";

/**
 * "Hello Maya," for an e-mail, "Dear Maya Chen," or "Dear Dr. Chen," for a letter (a title
 * goes with the family name), "Hi Maya," for a message.
 */
export function greetingLine(kind: OutreachKind, personName: string): string {
  switch (kind) {
    case "email":
      return `Hello ${firstName(personName)},`;
    case "letter":
      return `Dear ${formalName(personName)},`;
    case "network_message":
      return `Hi ${firstName(personName)},`;
  }
}

/** The closing and the explorer's name, or a field the coach flags when the name is unknown. */
export function signOffLines(kind: OutreachKind, myName: string | null): string {
  const name = myName?.trim() || myNameField;
  switch (kind) {
    case "email":
      return `Best regards,\n${name}`;
    case "letter":
      return `Sincerely,\n${name}`;
    case "network_message":
      return `Thanks,\n${name}`;
  }
}

// Formatters are costly to build and a page may draft many times while the user types.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

/** The calendar day of an instant in a zone, as days since 1970 (for counting days apart). */
function dayNumber(instant: Date, timeZone: string): number {
  // en-CA writes YYYY-MM-DD: read as numbers here, never shown.
  const [year, month, day] = formatter("en-CA", timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(instant)
    .split("-")
    .map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000);
}

/** Whole calendar days from `now` to `instant` in the zone: 1 is tomorrow, -1 yesterday. */
export function calendarDaysFrom(now: Date, instant: string, timeZone: string): number {
  return dayNumber(new Date(instant), timeZone) - dayNumber(now, timeZone);
}

/** "3 March". */
export function dayAndMonth(instant: string, timeZone: string): string {
  return formatInstant(instant, timeZone, { day: "numeric", month: "long" });
}

/** "Tuesday 4 March". */
export function weekdayDate(instant: string, timeZone: string): string {
  return formatInstant(instant, timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
  }).replace(",", "");
}

/** "10:00 AM EST": the zone is named so a reader elsewhere is not misled. */
export function clockTime(instant: string, timeZone: string): string {
  return formatter("en-US", timeZone, {
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** "today", "yesterday", "on Friday" within the past week, otherwise "on 3 March". */
export function pastDayPhrase(instant: string, now: Date, timeZone: string): string {
  const days = -calendarDaysFrom(now, instant, timeZone);
  if (days <= 1) return relativeDays(-Math.max(days, 0));
  if (days < 7) return `on ${formatInstant(instant, timeZone, { weekday: "long" })}`;
  return `on ${dayAndMonth(instant, timeZone)}`;
}

/**
 * When an action is due (its calendar day, YYYY-MM-DD), as a promise: "today", "tomorrow",
 * "by Friday" within the week, "by 12 December" later; a day already past reads "this week".
 */
export function dueDayPhrase(dueOn: string, now: Date, timeZone: string): string {
  // Noon UTC of that day names the same calendar day in every zone from UTC−11 to UTC+11.
  const instant = `${dueOn}T12:00:00.000Z`;
  const utcDay = Math.round(Date.parse(instant) / 86_400_000 - 0.5);
  const days = utcDay - dayNumber(now, timeZone);
  if (days < 0) return "this week";
  if (days <= 1) return relativeDays(days);
  if (days < 7) return `by ${formatCalendarDay(dueOn, { weekday: "long" })}`;
  return `by ${formatCalendarDay(dueOn, { day: "numeric", month: "long" })}`;
}
