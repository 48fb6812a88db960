import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActivityDraft, NewActivityDraft } from "../../../domain/activity.js";
import type { NetworkAskDraft } from "../../../domain/network.js";
import { afterLogChange, queryKeys, removeFromLog, showInLog } from "../../lib/invalidation.js";
import { logApi } from "./api.js";

export function useActivities(personId: string) {
  return useQuery({
    queryKey: queryKeys.activities(personId),
    queryFn: () => logApi.listActivities(personId),
  });
}

export function useLogActivity(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: NewActivityDraft) => logApi.logActivity(personId, draft),
    onSuccess: async (activity) => {
      showInLog(queryClient, activity);
      await afterLogChange(queryClient);
    },
  });
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: ActivityDraft }) =>
      logApi.updateActivity(id, draft),
    onSuccess: async (activity) => {
      showInLog(queryClient, activity);
      await afterLogChange(queryClient);
    },
  });
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logApi.deleteActivity,
    onSuccess: async (activity) => {
      removeFromLog(queryClient, activity);
      await afterLogChange(queryClient);
    },
  });
}

export function useRestoreActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logApi.restoreActivity,
    onSuccess: async (activity) => {
      showInLog(queryClient, activity);
      await afterLogChange(queryClient);
    },
  });
}

export function useIntroduced(personId: string) {
  return useQuery({
    queryKey: queryKeys.introduced(personId),
    queryFn: () => logApi.listIntroduced(personId),
  });
}

export function useAsks(personId: string) {
  return useQuery({ queryKey: queryKeys.asks(personId), queryFn: () => logApi.listAsks(personId) });
}

export function useSaveAsk(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: NetworkAskDraft }) =>
      id ? logApi.updateAsk(id, draft) : logApi.createAsk(personId, draft),
    onSuccess: () => afterLogChange(queryClient),
  });
}

export function useDeleteAsk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logApi.deleteAsk,
    onSuccess: () => afterLogChange(queryClient),
  });
}
