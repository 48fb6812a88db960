import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { afterCalendarFeedChange, afterLogChange, queryKeys } from "../../lib/invalidation.js";
import { type ConversationDraft, conversationsApi } from "./api.js";

export function useConversations() {
  return useQuery({
    queryKey: queryKeys.conversations,
    queryFn: conversationsApi.list,
    // "Upcoming" turns into "Did it happen?" with the clock: ask afresh on every visit.
    staleTime: 0,
  });
}

export function useScheduleConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: ConversationDraft) => conversationsApi.schedule(draft),
    onSuccess: () => afterLogChange(queryClient),
  });
}

export function useRescheduleConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, scheduledFor }: { id: string; scheduledFor: string }) =>
      conversationsApi.reschedule(id, scheduledFor),
    onSuccess: () => afterLogChange(queryClient),
  });
}

export function useCancelConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: conversationsApi.cancel,
    onSuccess: () => afterLogChange(queryClient),
  });
}

export function useRestoreConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: conversationsApi.restore,
    onSuccess: () => afterLogChange(queryClient),
  });
}

export function useMarkConversationHeld() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: conversationsApi.markHeld,
    onSuccess: () => afterLogChange(queryClient),
  });
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: queryKeys.calendarFeed,
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
    onSuccess: (feed) => afterCalendarFeedChange(queryClient, feed),
  });
}
