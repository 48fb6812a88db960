import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TripDraft } from "../../../domain/trip.js";
import { afterTripChange, queryKeys } from "../../lib/invalidation.js";
import { tripsApi } from "./api.js";

export function useTrips() {
  return useQuery({ queryKey: queryKeys.trips, queryFn: tripsApi.list });
}

export function useTripPeople(tripId: string) {
  return useQuery({
    queryKey: queryKeys.tripPeople(tripId),
    queryFn: () => tripsApi.people(tripId),
  });
}

export function useSaveTrip() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: TripDraft }) =>
      id ? tripsApi.update(id, draft) : tripsApi.create(draft),
    onSuccess: () => afterTripChange(queryClient),
  });
}

export function useDeleteTrip() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: tripsApi.remove,
    onSuccess: () => afterTripChange(queryClient),
  });
}

export function useRestoreTrip() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: tripsApi.restore,
    onSuccess: () => afterTripChange(queryClient),
  });
}

/**
 * The trip whose window the composer starts from: the one named in the link, else the
 * one that takes the explorer to this person. A trip that cannot be loaded just means no
 * window is filled in, never a broken composer.
 */
export function useComposeTrip(personId: string, tripId: string | null) {
  return useQuery({
    queryKey: tripId ? queryKeys.trip(tripId) : queryKeys.tripForPerson(personId),
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
