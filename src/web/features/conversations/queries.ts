import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ConversationCancelledDraft,
  ConversationHeldDraft,
  ConversationScheduleDraft,
} from "../../../domain/scheduling.js";
import { afterCalendarFeedChange, afterLogChange, queryKeys } from "../../lib/invalidation.js";
import { conversationsApi } from "./api.js";

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
    mutationFn: (draft: ConversationScheduleDraft) => conversationsApi.schedule(draft),
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

/** "It happened" with a corrected start or length. */
export function useMarkHeldAt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: ConversationHeldDraft }) =>
      conversationsApi.markHeld(id, draft),
    onSuccess: () => afterLogChange(queryClient),
  });
}

export function useMarkConversationCancelled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: ConversationCancelledDraft }) =>
      conversationsApi.markCancelled(id, draft),
    onSuccess: () => afterLogChange(queryClient),
  });
}

/** Undo of what closed a conversation (held or cancelled). */
export function useReopenConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: conversationsApi.reopen,
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
