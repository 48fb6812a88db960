import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { afterTodayActionChange, queryKeys } from "../../lib/invalidation.js";
import { type TodayOpened, todayApi } from "./api.js";

/** Today's agenda, its lists opened as far as `opened` says. */
export function useToday(opened: TodayOpened = {}) {
  return useQuery({
    queryKey: [...queryKeys.today, "agenda", opened],
    queryFn: () => todayApi.getToday(opened),
    // The agenda moves with the clock: fetch afresh whenever the page is opened, and each
    // minute while it is (the thank-you's countdown, "did it happen?" at a conversation's start).
    staleTime: 0,
    refetchInterval: 60_000,
    // "Show more" keeps the lists on screen while the longer one loads.
    placeholderData: keepPreviousData,
  });
}

/** One person's actions on Today and the clock they are worded by. */
export function usePersonDue(personId: string) {
  return useQuery({
    queryKey: [...queryKeys.today, "person", personId],
    queryFn: () => todayApi.personDue(personId),
    staleTime: 0,
    refetchInterval: 60_000,
    enabled: personId !== "",
  });
}

/**
 * Takes an action off the cached agenda at once, then asks the server again. Snooze and
 * dismiss call it after they succeed; undo only refreshes.
 */
export function useHideAction() {
  const queryClient = useQueryClient();
  return useCallback(
    (key: string | null) => afterTodayActionChange(queryClient, key),
    [queryClient],
  );
}

export function useSnoozeAction() {
  return useMutation({
    mutationFn: ({ key, until }: { key: string; until: string }) => todayApi.snooze(key, until),
  });
}

export function useDismissAction() {
  return useMutation({
    mutationFn: ({ key, reason }: { key: string; reason: string }) => todayApi.dismiss(key, reason),
  });
}
