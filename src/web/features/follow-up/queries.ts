import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReflectionDraft } from "../../../domain/follow-up/reflection.js";
import type { TakeawayDraft } from "../../../domain/follow-up/takeaway.js";
import type { TakeawayPatch } from "../../../domain/follow-up/takeaway-patch.js";
import { afterReflectionSaved, afterTakeawaysChange, queryKeys } from "../../lib/invalidation.js";
import { followUpApi } from "./api.js";

/** The conversation (its "meeting_scheduled" entry) with whom and when. */
export function useFollowUpConversation(activityId: string) {
  return useQuery({
    queryKey: ["people", "conversation", activityId],
    queryFn: () => followUpApi.conversation(activityId),
  });
}

/** The conduct page's read: its notes are what the takeaways are written from. */
export function useConductNotes(activityId: string) {
  return useQuery({
    queryKey: queryKeys.conduct(activityId),
    queryFn: () => followUpApi.conductNotes(activityId),
  });
}

export function useTakeaways(activityId: string) {
  return useQuery({
    queryKey: queryKeys.takeaways(activityId),
    queryFn: () => followUpApi.takeaways(activityId),
  });
}

export function useAddTakeaway(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: TakeawayDraft) => followUpApi.addTakeaway(activityId, draft),
    onSuccess: () => afterTakeawaysChange(queryClient, activityId),
  });
}

export function useUpdateTakeaway(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TakeawayPatch }) =>
      followUpApi.updateTakeaway(id, patch),
    onSuccess: () => afterTakeawaysChange(queryClient, activityId),
  });
}

export function useDeleteTakeaway(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followUpApi.removeTakeaway,
    onSuccess: () => afterTakeawaysChange(queryClient, activityId),
  });
}

export function useRestoreTakeaway(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followUpApi.restoreTakeaway,
    onSuccess: () => afterTakeawaysChange(queryClient, activityId),
  });
}

export function useReflection(activityId: string) {
  return useQuery({
    queryKey: queryKeys.reflection(activityId),
    queryFn: () => followUpApi.reflection(activityId),
  });
}

export function useSaveReflection(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: ReflectionDraft) => followUpApi.saveReflection(activityId, draft),
    onSuccess: (saved) => afterReflectionSaved(queryClient, activityId, saved),
  });
}

export function useReflections() {
  return useQuery({ queryKey: queryKeys.reflections, queryFn: followUpApi.reflections });
}
