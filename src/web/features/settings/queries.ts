import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProfileDraft, TargetDraft } from "../../../domain/profile.js";
import { api, unwrap } from "../../lib/api-client.js";
import { afterProfileSaved, afterTargetsChange, queryKeys } from "../../lib/invalidation.js";
import { cadenceSettingsApi, profileApi, targetsApi } from "./api.js";

/** The cadence settings: when reminders fire, and the time zone dates are written in. */
export function useCadenceSettings(enabled = true) {
  return useQuery({
    queryKey: queryKeys.cadence,
    queryFn: cadenceSettingsApi.get,
    enabled,
  });
}

const profileQuery = { queryKey: queryKeys.profile, queryFn: profileApi.getProfile };

export function useProfile() {
  return useQuery(profileQuery);
}

/**
 * Asked for by the app's root route on navigation, ahead of the page's own reads: every page
 * waits for it (the welcome gate), so it should not queue behind a slower one.
 */
export function prefetchProfile(client: QueryClient): void {
  void client.prefetchQuery(profileQuery);
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: ProfileDraft) => profileApi.saveProfile(draft),
    onSuccess: (profile) => afterProfileSaved(queryClient, profile),
  });
}

export function useFinishWelcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: profileApi.finishWelcome,
    onSuccess: (profile) => afterProfileSaved(queryClient, profile),
  });
}

export function useAddTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: TargetDraft) => profileApi.addTarget(draft),
    onSuccess: () => afterTargetsChange(queryClient),
  });
}

export function useUpdateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: TargetDraft }) =>
      profileApi.updateTarget(id, draft),
    onSuccess: () => afterTargetsChange(queryClient),
  });
}

export function useRemoveTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: profileApi.removeTarget,
    onSuccess: () => afterTargetsChange(queryClient),
  });
}

/** How many people and organizations carry a tag, for the removal question. */
export function useTargetUsage(targetId: string | null) {
  return useQuery({
    queryKey: queryKeys.targetUsage(targetId),
    enabled: targetId !== null,
    queryFn: async () => {
      const id = targetId ?? "";
      // Straight through the client, not the people feature: people's pages use these hooks.
      const [{ people }, { organizations }] = await Promise.all([
        unwrap(api.people.$get({ query: { targetIds: [id] } })),
        unwrap(api.organizations.$get()),
      ]);
      return {
        people: people.length,
        organizations: organizations.filter((organization) => organization.targetIds.includes(id))
          .length,
      };
    },
  });
}

/** The explorer's interests and locations, for tagging and filtering. */
export function useTargets() {
  return useQuery({
    queryKey: queryKeys.targets,
    queryFn: targetsApi.listTargets,
    staleTime: 30_000,
  });
}
