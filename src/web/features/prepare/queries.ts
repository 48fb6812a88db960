import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type {
  BankQuestionInput,
  BankQuestionPatch,
  PlanQuestion,
  PlanQuestionInput,
  PlanQuestionPatch,
  PreparationPatch,
} from "../../../domain/prepare/preparation.js";
import type { PrepareSettingsInput } from "../../../domain/prepare/prepare-settings.js";
import {
  afterPreparationChange,
  afterPrepareSettingsSaved,
  afterQuestionBankChange,
  queryKeys,
} from "../../lib/invalidation.js";
import { prepareApi } from "./api.js";
import { checkQuestions } from "./question-check-api.js";

export type PreparationAnswer = Awaited<ReturnType<typeof prepareApi.preparation>>;

export function usePreparation(activityId: string) {
  return useQuery({
    queryKey: queryKeys.preparation(activityId),
    queryFn: () => prepareApi.preparation(activityId),
  });
}

/** Saves the objective or the ticks; the answer is the page's new state, shown at once. */
export function useSavePreparation(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: PreparationPatch) => prepareApi.savePreparation(activityId, patch),
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.preparation(activityId), view);
      return afterPreparationChange(queryClient, activityId);
    },
  });
}

export function useAddPlanQuestion(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanQuestionInput) => prepareApi.addPlanQuestion(activityId, input),
    onSuccess: () => afterPreparationChange(queryClient, activityId),
  });
}

export function useUpdatePlanQuestion(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PlanQuestionPatch }) =>
      prepareApi.updatePlanQuestion(id, patch),
    onSuccess: () => afterPreparationChange(queryClient, activityId),
  });
}

export function useDeletePlanQuestion(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => prepareApi.deletePlanQuestion(id),
    onSuccess: () => afterPreparationChange(queryClient, activityId),
  });
}

export function useRestorePlanQuestion(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => prepareApi.restorePlanQuestion(id),
    onSuccess: () => afterPreparationChange(queryClient, activityId),
  });
}

/** The new order shows at once (the plan in the cache is reordered), then the server confirms. */
export function useReorderPlan(activityId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.preparation(activityId);
  return useMutation({
    mutationFn: (ids: string[]) => prepareApi.reorderPlan(activityId, ids),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<PreparationAnswer>(key);
      if (before) {
        const byId = new Map(before.plan.map((question) => [question.id, question]));
        const plan = ids.flatMap((id) => byId.get(id) ?? []) as PlanQuestion[];
        queryClient.setQueryData<PreparationAnswer>(key, { ...before, plan });
      }
      return { before };
    },
    onError: (_error, _ids, saved) => {
      if (saved?.before) queryClient.setQueryData(key, saved.before);
    },
    onSettled: () => afterPreparationChange(queryClient, activityId),
  });
}

export function useQuestionBank() {
  return useQuery({ queryKey: queryKeys.questionBank, queryFn: prepareApi.questionBank });
}

export function useAddBankQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BankQuestionInput) => prepareApi.addBankQuestion(input),
    onSuccess: () => afterQuestionBankChange(queryClient),
  });
}

export function useUpdateBankQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: BankQuestionPatch }) =>
      prepareApi.updateBankQuestion(id, patch),
    onSuccess: () => afterQuestionBankChange(queryClient),
  });
}

export function useDeleteBankQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => prepareApi.deleteBankQuestion(id),
    onSuccess: () => afterQuestionBankChange(queryClient),
  });
}

export function usePrepareSettings() {
  return useQuery({ queryKey: queryKeys.prepareSettings, queryFn: prepareApi.prepareSettings });
}

export function useSavePrepareSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<PrepareSettingsInput>) => prepareApi.savePrepareSettings(change),
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.prepareSettings, settings);
      return afterPrepareSettingsSaved(queryClient);
    },
  });
}

/** `value`, once it has stopped changing for `delay` ms. */
export function useDebounced<Value>(value: Value, delay: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The yes/no check of a question as it is typed (~400 ms after typing stops). */
export function useQuestionCheck(text: string) {
  const settled = useDebounced(text.trim(), 400);
  return useQuery({
    queryKey: queryKeys.questionCheck(settled),
    queryFn: async () => (await checkQuestions([settled]))[0] ?? null,
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
