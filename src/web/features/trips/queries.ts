import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TripDraft } from "../../../domain/trip.js";
import { tripsApi } from "./api.js";

/**
 * Who is there follows people (locations, stages), so those keys sit under "people" and
 * refresh with every person or log change; a trip change refreshes them too.
 */
export const tripKeys = {
  trips: ["trips"] as const,
  trip: (id: string) => ["trips", "detail", id] as const,
  people: (tripId: string) => ["people", "trip-people", tripId] as const,
  forPerson: (personId: string) => ["people", "trip-for", personId] as const,
};

function useRefreshTrips() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tripKeys.trips }),
      queryClient.invalidateQueries({ queryKey: ["people", "trip-people"] }),
      queryClient.invalidateQueries({ queryKey: ["people", "trip-for"] }),
    ]);
}

export function useTrips() {
  return useQuery({ queryKey: tripKeys.trips, queryFn: tripsApi.list });
}

export function useTripPeople(tripId: string) {
  return useQuery({ queryKey: tripKeys.people(tripId), queryFn: () => tripsApi.people(tripId) });
}

export function useSaveTrip() {
  const refresh = useRefreshTrips();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: TripDraft }) =>
      id ? tripsApi.update(id, draft) : tripsApi.create(draft),
    onSuccess: refresh,
  });
}

export function useDeleteTrip() {
  const refresh = useRefreshTrips();
  return useMutation({ mutationFn: tripsApi.remove, onSuccess: refresh });
}

export function useRestoreTrip() {
  const refresh = useRefreshTrips();
  return useMutation({ mutationFn: tripsApi.restore, onSuccess: refresh });
}

/**
 * The trip whose window the composer starts from: the one named in the link, else the
 * one that takes the explorer to this person. A trip that cannot be loaded just means no
 * window is filled in, never a broken composer.
 */
export function useComposeTrip(personId: string, tripId: string | null) {
  return useQuery({
    queryKey: tripId ? tripKeys.trip(tripId) : tripKeys.forPerson(personId),
    queryFn: async () => {
      try {
        return tripId ? await tripsApi.get(tripId) : await tripsApi.forPerson(personId);
      } catch {
        return null;
      }
    },
    retry: false,
  });
}
