import type { Trip } from "../../../domain/trip.js";
import { calendarDayRange } from "../../../domain/wording/dates.js";
import { counted } from "../../../domain/wording/plural.js";

const shortDays = { day: "numeric", month: "short" } as const;
const shortDaysAndYear = { ...shortDays, year: "numeric" } as const;

/**
 * A trip's days, short, as Intl writes a range: "10 – 15 Oct", "28 Sept – 3 Oct", "30 Dec
 * 2026 – 2 Jan 2027" (thin spaces around the dash). The year is written only when the trip
 * crosses into a new one or is not in `currentYear`.
 */
export function tripDates(trip: Pick<Trip, "startsOn" | "endsOn">, currentYear?: string): string {
  const startYear = trip.startsOn.slice(0, 4);
  const endYear = trip.endsOn.slice(0, 4);
  const withYear = startYear !== endYear || (currentYear !== undefined && currentYear !== endYear);
  return calendarDayRange(trip.startsOn, trip.endsOn, withYear ? shortDaysAndYear : shortDays);
}

/** How many days the trip lasts, both ends included: "6 days". */
export function tripLength(trip: Pick<Trip, "startsOn" | "endsOn">): string {
  const days =
    Math.round((Date.parse(trip.endsOn) - Date.parse(trip.startsOn)) / (24 * 60 * 60 * 1000)) + 1;
  return counted(days, { one: "day", other: "days" });
}
