import { z } from "zod";
import type { OutreachWindow } from "./outreach-draft.js";
import { searchWords } from "./search.js";
import type { Stage } from "./stage.js";
import { clientId, optionalText, requiredText } from "./text-fields.js";

/** "I will be in Baltimore 10–15 October": a place and the days the explorer is there. */
export interface Trip {
  id: string;
  place: string;
  /** Calendar dates (YYYY-MM-DD), both days included. */
  startsOn: string;
  endsOn: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Longer than this is a move, not a trip; it also keeps a typo like 2062 from passing. */
export const maxTripDays = 366;

const dayMs = 24 * 60 * 60 * 1000;

/** Whether `text` is a real calendar date written YYYY-MM-DD (no 31 February). */
export function isCalendarDate(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/** Days from `from` to `to`, both YYYY-MM-DD; 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

const calendarDate = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, { error: `Enter the ${what}` })
    .refine(isCalendarDate, { error: `Enter the ${what} as a date, like 2026-10-10` });

export const tripInputSchema = z
  .object({
    id: clientId(),
    place: requiredText("Place", 200),
    startsOn: calendarDate("first day"),
    endsOn: calendarDate("last day"),
    note: optionalText("Note", 2000),
  })
  .refine((trip) => trip.endsOn >= trip.startsOn, {
    path: ["endsOn"],
    error: "The last day cannot come before the first day",
  })
  .refine((trip) => daysBetween(trip.startsOn, trip.endsOn) < maxTripDays, {
    path: ["endsOn"],
    error: "A trip can be at most a year long",
  });
export type TripInput = z.output<typeof tripInputSchema>;
export type TripDraft = z.input<typeof tripInputSchema>;

/** The calendar date it is at `now` in `timeZone`, as YYYY-MM-DD. */
export function calendarDay(now: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** A trip still to come or under way on `today` (it ends today or later). */
export function isUpcoming(trip: Pick<Trip, "endsOn">, today: string): boolean {
  return trip.endsOn >= today;
}

// "Greater Boston Area", "Baltimore Metropolitan Area": how networking sites write a city.
const regionWords = /^(?:greater )?(.+?)(?: bay area| metropolitan area| metro area| area)?$/;
// "Baltimore MD", "Washington DC": a US state code written without a comma.
const stateCodeSuffix = /\s+[A-Z]{2}$/;

/**
 * The place's leading name, folded for comparison: "Baltimore, MD", "baltimore" and
 * "Greater Baltimore Area" all give "baltimore"; "New York" gives "new york", so a trip to
 * "York" never matches it. Empty when the text names no place.
 */
export function placeKey(place: string): string {
  const leading = (place.split(/[,;(/|]/)[0] ?? "").trim().replace(stateCodeSuffix, "");
  const folded = searchWords(leading).join(" ");
  return regionWords.exec(folded)?.[1] ?? folded;
}

/** The place's leading name as the explorer wrote it, for a letter: "Baltimore, MD" → "Baltimore". */
export function placeName(place: string): string {
  return (place.split(/[,;(/|]/)[0] ?? place).trim() || place.trim();
}

/** Where someone can be met: their own location, and every site of their organization. */
export interface PersonPlaces {
  location: string | null;
  organizationLocations: readonly string[];
}

/** Whether the person is in the trip's place (by leading name, folded). */
export function isThere(person: PersonPlaces, place: string): boolean {
  const key = placeKey(place);
  if (!key) return false;
  const places = [person.location, ...person.organizationLocations];
  return places.some((candidate) => candidate !== null && placeKey(candidate) === key);
}

/** The trip under way, else the soonest one to come, that takes the explorer to this person. */
export function tripFor<T extends Trip>(
  person: PersonPlaces,
  trips: readonly T[],
  today: string,
): T | null {
  const matching = trips
    .filter((trip) => isUpcoming(trip, today) && isThere(person, trip.place))
    .sort(
      (first, second) =>
        first.startsOn.localeCompare(second.startsOn) || first.endsOn.localeCompare(second.endsOn),
    );
  return matching[0] ?? null;
}

/**
 * The window a draft proposes for this trip. A trip already under way offers only the days
 * left: proposing a day that has passed reads as careless.
 */
export function tripWindow(trip: Trip, today: string): Required<OutreachWindow> {
  return {
    place: placeName(trip.place),
    from: trip.startsOn < today ? today : trip.startsOn,
    to: trip.endsOn,
  };
}

/**
 * People there, those not yet contacted first (a trip is the moment to ask them), then the
 * rest; each group keeps the order it was given in (by name from the store).
 */
export function orderTripSuggestions<T extends { stage: Stage }>(people: readonly T[]): T[] {
  return [
    ...people.filter((person) => person.stage === "identified"),
    ...people.filter((person) => person.stage !== "identified"),
  ];
}
