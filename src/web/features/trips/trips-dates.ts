import type { Trip } from "../../../domain/trip.js";

const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

function parts(iso: string) {
  const [year = "", month = "1", day = "1"] = iso.split("-");
  return { year, month: monthNames[Number(month) - 1] ?? "", day: Number(day) };
}

/**
 * A trip's days, short: "10–15 Oct", "28 Sep – 3 Oct", "30 Dec 2026 – 2 Jan 2027". The
 * year is written only when the trip crosses into a new one or is not in `currentYear`.
 */
export function tripDates(trip: Pick<Trip, "startsOn" | "endsOn">, currentYear?: string): string {
  const from = parts(trip.startsOn);
  const to = parts(trip.endsOn);
  if (from.year !== to.year) {
    return `${from.day} ${from.month} ${from.year} – ${to.day} ${to.month} ${to.year}`;
  }
  const year = currentYear && currentYear !== to.year ? ` ${to.year}` : "";
  if (trip.startsOn === trip.endsOn) return `${to.day} ${to.month}${year}`;
  if (from.month === to.month) return `${from.day}–${to.day} ${to.month}${year}`;
  return `${from.day} ${from.month} – ${to.day} ${to.month}${year}`;
}

/** How many days the trip lasts, both ends included: "6 days". */
export function tripLength(trip: Pick<Trip, "startsOn" | "endsOn">): string {
  const days =
    Math.round((Date.parse(trip.endsOn) - Date.parse(trip.startsOn)) / (24 * 60 * 60 * 1000)) + 1;
  return days === 1 ? "1 day" : `${days} days`;
}
