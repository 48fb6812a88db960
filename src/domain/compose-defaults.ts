import { TZDate } from "@date-fns/tz";
import { type DraftPurpose, isOutreachKind, type OutreachKind } from "./draft-purpose.js";
import type { Template, TemplatePurpose } from "./template.js";
import { type Trip, tripWindow } from "./trip.js";

/**
 * What the composer starts from before the explorer changes anything (METHOD §3: a
 * written first touch that proposes a window and a short length). Dates are calendar
 * days in the explorer's time zone, so "a week from today" is the same day wherever the
 * browser is.
 */

/** A first request proposes a short conversation: METHOD's "usually 20–30 minutes". */
export const requestedLengthMinutes = 20;

/** The proposed window opens a week from today and stays open two weeks. */
export const windowStartsInDays = 7;
export const windowEndsInDays = 21;

/**
 * The kind asked for (`?kind=`), else e-mail when their address is known, else a
 * networking-site message for a confirmation (a letter would arrive after the
 * conversation it confirms), else a letter.
 */
export function defaultComposeKind(
  requested: string | null,
  person: { email: string | null },
  purpose: DraftPurpose,
): OutreachKind {
  if (isOutreachKind(requested)) return requested;
  if (person.email) return "email";
  return purpose === "confirm" ? "network_message" : "letter";
}

/** The explorer's calendar date `days` after `now`'s, as YYYY-MM-DD, in `timeZone`. */
export function localDate(now: Date | string, timeZone: string, days = 0): string {
  const local = new TZDate(new Date(now).getTime(), timeZone);
  const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, timeZone);
  const month = String(day.getMonth() + 1).padStart(2, "0");
  return `${day.getFullYear()}-${month}-${String(day.getDate()).padStart(2, "0")}`;
}

export interface ComposeWindow {
  from: string;
  to: string;
  place: string;
}

/** The trip's days from today on when a trip takes the explorer to them, else a week on for two weeks. */
export function defaultComposeWindow(
  now: Date | string,
  timeZone: string,
  trip: Trip | null,
): ComposeWindow {
  if (trip) return tripWindow(trip, localDate(now, timeZone));
  return {
    from: localDate(now, timeZone, windowStartsInDays),
    to: localDate(now, timeZone, windowEndsInDays),
    place: "",
  };
}

/** The length typed in the composer, or the default when it is not a positive whole number. */
export function proposedLengthMinutes(typed: string): number {
  const minutes = Number.parseInt(typed, 10);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : requestedLengthMinutes;
}

/** Which of the explorer's templates a draft can start from: first touches by kind, follow-ups by purpose. */
export function templatePurposeFor(purpose: DraftPurpose, kind: OutreachKind): TemplatePurpose {
  return purpose === "outreach" ? kind : purpose;
}

/** The explorer's chosen template if it fits this draft, else null (the built-in text). */
export function applicableTemplate(
  template: Template | null | undefined,
  purpose: DraftPurpose,
  kind: OutreachKind,
): Template | null {
  return template?.purpose === templatePurposeFor(purpose, kind) ? template : null;
}
