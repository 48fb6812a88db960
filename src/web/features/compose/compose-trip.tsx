import { useSearchParams } from "react-router";
import { placeName, type Trip } from "../../../domain/trip.js";
import { tripDates, useComposeTrip } from "../trips/index.js";

/** The trip a draft's window starts from, if any. */
export type ComposeTrip = Trip | null;

/** The trip from `?trip=` (the Trips page's "Write"), else the one that takes you to this person. */
export function useTripForCompose(personId: string) {
  const [searchParams] = useSearchParams();
  return useComposeTrip(personId, searchParams.get("trip"));
}

/** One line saying where the window came from, so the dates never look made up. */
export function TripWindowNotice({ trip }: { trip: ComposeTrip }) {
  if (!trip) return null;
  return (
    <p
      data-testid="trip-window-notice"
      className="-mb-2 rounded-lg bg-teal-50 px-3 py-2 text-sm text-teal-900 ring-1 ring-teal-200 ring-inset"
    >
      Window filled from your trip to {placeName(trip.place)}, {tripDates(trip)}
    </p>
  );
}
