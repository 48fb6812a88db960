import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CoachLimits } from "../../../domain/coach-settings.js";
import type { TemplateDraft } from "../../../domain/template.js";
import { coachLimitsApi, templatesApi } from "./templates-api.js";

export const templateKeys = {
  templates: ["templates"] as const,
  coachLimits: ["settings", "coach"] as const,
};

export function useTemplates() {
  return useQuery({ queryKey: templateKeys.templates, queryFn: templatesApi.list });
}

function useRefreshTemplates() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: templateKeys.templates });
}

export function useAddTemplate() {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (draft: TemplateDraft) => templatesApi.add(draft),
    onSuccess: refresh,
  });
}

export function useUpdateTemplate() {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: TemplateDraft }) =>
      templatesApi.update(id, draft),
    onSuccess: refresh,
  });
}

export function useDeleteTemplate() {
  const refresh = useRefreshTemplates();
  return useMutation({ mutationFn: templatesApi.remove, onSuccess: refresh });
}

export function useRestoreTemplate() {
  const refresh = useRefreshTemplates();
  return useMutation({ mutationFn: templatesApi.restore, onSuccess: refresh });
}

export function useCoachLimits() {
  return useQuery({ queryKey: templateKeys.coachLimits, queryFn: coachLimitsApi.get });
}

export function useSaveCoachLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (limits: CoachLimits) => coachLimitsApi.save(limits),
    onSuccess: (saved) => {
      queryClient.setQueryData(templateKeys.coachLimits, saved);
      // Findings already computed were measured against the old limits.
      void queryClient.invalidateQueries({ queryKey: ["coach"] });
    },
  });
}
