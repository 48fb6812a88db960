import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CoachLimits } from "../../../domain/coach-settings.js";
import type { TemplateDraft } from "../../../domain/template.js";
import { afterCoachLimitsSaved, afterTemplatesChange, queryKeys } from "../../lib/invalidation.js";
import { coachLimitsApi, templatesApi } from "./templates-api.js";

export function useTemplates() {
  return useQuery({ queryKey: queryKeys.templates, queryFn: templatesApi.list });
}

export function useAddTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: TemplateDraft) => templatesApi.add(draft),
    onSuccess: () => afterTemplatesChange(queryClient),
  });
}

export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: TemplateDraft }) =>
      templatesApi.update(id, draft),
    onSuccess: () => afterTemplatesChange(queryClient),
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: templatesApi.remove,
    onSuccess: () => afterTemplatesChange(queryClient),
  });
}

export function useRestoreTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: templatesApi.restore,
    onSuccess: () => afterTemplatesChange(queryClient),
  });
}

export function useCoachLimits() {
  return useQuery({ queryKey: queryKeys.coachLimits, queryFn: coachLimitsApi.get });
}

export function useSaveCoachLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (limits: CoachLimits) => coachLimitsApi.save(limits),
    onSuccess: (saved) => afterCoachLimitsSaved(queryClient, saved),
  });
}
