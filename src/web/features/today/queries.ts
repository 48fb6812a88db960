import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { TodayView } from "../../../domain/today.js";
import { todayApi } from "./api.js";

/**
 * Today sits under "people": every change to a person or their log (which the other pages'
 * mutations already answer by refreshing "people") can make an action due or settle one.
 */
export const todayKey = ["people", "today"] as const;

export function useToday() {
  return useQuery({
    queryKey: todayKey,
    queryFn: todayApi.getToday,
    // The agenda moves with the clock: fetch afresh whenever the page is opened.
    staleTime: 0,
  });
}

/**
 * Takes an action off the cached agenda at once, then asks the server again. Snooze and
 * dismiss call it after they succeed; undo only refreshes.
 */
export function useHideAction() {
  const queryClient = useQueryClient();
  return useCallback(
    (key: string | null) => {
      if (key !== null) {
        queryClient.setQueryData<TodayView>(todayKey, (current) =>
          current
            ? { ...current, actions: current.actions.filter((action) => action.key !== key) }
            : current,
        );
      }
      return queryClient.invalidateQueries({ queryKey: todayKey });
    },
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
