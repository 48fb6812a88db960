import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { afterTodayActionChange, queryKeys } from "../../lib/invalidation.js";
import { todayApi } from "./api.js";

export function useToday() {
  return useQuery({
    queryKey: queryKeys.today,
    queryFn: todayApi.getToday,
    // The agenda moves with the clock: fetch afresh whenever the page is opened, and each
    // minute while it is (the thank-you's countdown, "did it happen?" at a conversation's start).
    staleTime: 0,
    refetchInterval: 60_000,
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
