import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ConversationDraft, conversationsApi } from "./api.js";

/**
 * Conversations are log entries, so their key sits under "people": a change anywhere in a
 * log refreshes them, and a change here refreshes Today, the person's log and stages.
 */
export const conversationKeys = {
  list: ["people", "conversations"] as const,
  calendarFeed: ["settings", "calendar"] as const,
};

function useRefreshAfterChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["people"] }),
      queryClient.invalidateQueries({ queryKey: ["organizations"] }),
      queryClient.invalidateQueries({ queryKey: ["search"] }),
    ]);
}

export function useConversations() {
  return useQuery({
    queryKey: conversationKeys.list,
    queryFn: conversationsApi.list,
    // "Upcoming" turns into "Did it happen?" with the clock: ask afresh on every visit.
    staleTime: 0,
  });
}

export function useScheduleConversation() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: (draft: ConversationDraft) => conversationsApi.schedule(draft),
    onSuccess: refresh,
  });
}

export function useRescheduleConversation() {
  const refresh = useRefreshAfterChange();
  return useMutation({
    mutationFn: ({ id, scheduledFor }: { id: string; scheduledFor: string }) =>
      conversationsApi.reschedule(id, scheduledFor),
    onSuccess: refresh,
  });
}

export function useCancelConversation() {
  const refresh = useRefreshAfterChange();
  return useMutation({ mutationFn: conversationsApi.cancel, onSuccess: refresh });
}

export function useRestoreConversation() {
  const refresh = useRefreshAfterChange();
  return useMutation({ mutationFn: conversationsApi.restore, onSuccess: refresh });
}

export function useMarkConversationHeld() {
  const refresh = useRefreshAfterChange();
  return useMutation({ mutationFn: conversationsApi.markHeld, onSuccess: refresh });
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: conversationKeys.calendarFeed,
    queryFn: conversationsApi.calendarFeed,
  });
}

/** Turning the feed on or off, or giving it a new address, all answer with the new state. */
export function useChangeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: "enable" | "rotate" | "disable") => {
      switch (change) {
        case "enable":
          return conversationsApi.enableCalendarFeed();
        case "rotate":
          return conversationsApi.rotateCalendarFeed();
        case "disable":
          return conversationsApi.disableCalendarFeed();
      }
    },
    onSuccess: (feed) => queryClient.setQueryData(conversationKeys.calendarFeed, feed),
  });
}
