import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Activity, ActivityDraft } from "../../../domain/activity.js";
import type { NetworkAskDraft } from "../../../domain/network.js";
import { logApi } from "./api.js";

/**
 * Keys for the log and the network. They sit under "people" because every change to them
 * can move a stage or a last touch that the people lists and pages show.
 */
export const logKeys = {
  activities: (personId: string) => ["people", "log", personId] as const,
  introduced: (personId: string) => ["people", "introduced", personId] as const,
  asks: (personId: string) => ["people", "asks", personId] as const,
};

/** Stage, last touch, referrals and search results all follow the log: refresh them. */
function useRefreshAfterLogChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["people"] }),
      queryClient.invalidateQueries({ queryKey: ["organizations"] }),
      queryClient.invalidateQueries({ queryKey: ["search"] }),
    ]);
}

export function useActivities(personId: string) {
  return useQuery({
    queryKey: logKeys.activities(personId),
    queryFn: () => logApi.listActivities(personId),
  });
}

/** Newest first, as the API lists them; ties keep the order they were logged in. */
function sortNewestFirst(activities: Activity[]): Activity[] {
  return [...activities].sort(
    (first, second) =>
      second.occurredAt.localeCompare(first.occurredAt) ||
      second.createdAt.localeCompare(first.createdAt),
  );
}

/** Puts a saved entry in the cached log at once, before the refetch confirms it. */
function useShowInLog() {
  const queryClient = useQueryClient();
  return (activity: Activity) =>
    queryClient.setQueryData<Activity[]>(logKeys.activities(activity.personId), (current) =>
      sortNewestFirst([
        activity,
        ...(current ?? []).filter((existing) => existing.id !== activity.id),
      ]),
    );
}

export function useLogActivity(personId: string) {
  const refresh = useRefreshAfterLogChange();
  const showInLog = useShowInLog();
  return useMutation({
    mutationFn: (draft: ActivityDraft) => logApi.logActivity(personId, draft),
    onSuccess: async (activity) => {
      showInLog(activity);
      await refresh();
    },
  });
}

export function useUpdateActivity() {
  const refresh = useRefreshAfterLogChange();
  const showInLog = useShowInLog();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: ActivityDraft }) =>
      logApi.updateActivity(id, draft),
    onSuccess: async (activity) => {
      showInLog(activity);
      await refresh();
    },
  });
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterLogChange();
  return useMutation({
    mutationFn: logApi.deleteActivity,
    onSuccess: async (activity) => {
      queryClient.setQueryData<Activity[]>(logKeys.activities(activity.personId), (current) =>
        current?.filter((existing) => existing.id !== activity.id),
      );
      await refresh();
    },
  });
}

export function useRestoreActivity() {
  const refresh = useRefreshAfterLogChange();
  const showInLog = useShowInLog();
  return useMutation({
    mutationFn: logApi.restoreActivity,
    onSuccess: async (activity) => {
      showInLog(activity);
      await refresh();
    },
  });
}

export function useIntroduced(personId: string) {
  return useQuery({
    queryKey: logKeys.introduced(personId),
    queryFn: () => logApi.listIntroduced(personId),
  });
}

export function useAsks(personId: string) {
  return useQuery({ queryKey: logKeys.asks(personId), queryFn: () => logApi.listAsks(personId) });
}

export function useSaveAsk(personId: string) {
  const refresh = useRefreshAfterLogChange();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: NetworkAskDraft }) =>
      id ? logApi.updateAsk(id, draft) : logApi.createAsk(personId, draft),
    onSuccess: refresh,
  });
}

export function useDeleteAsk() {
  const refresh = useRefreshAfterLogChange();
  return useMutation({ mutationFn: logApi.deleteAsk, onSuccess: refresh });
}
