import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Profile, ProfileDraft, Target } from "../../../domain/profile.js";
import { organizationsApi } from "../organizations/index.js";
import { peopleApi } from "../people/index.js";
import { cadenceSettingsApi, profileApi, type TargetDraft, targetsApi } from "./api.js";

export const settingsQueryKeys = {
  /** The profile and the interests/locations come in one answer. */
  profile: ["profile"] as const,
  targets: ["targets"] as const,
  /** Reminders, the time zone and a conversation's default length. */
  cadence: ["settings", "cadence"] as const,
};

/** The cadence settings: when reminders fire, and the time zone dates are written in. */
export function useCadenceSettings(enabled = true) {
  return useQuery({
    queryKey: settingsQueryKeys.cadence,
    queryFn: cadenceSettingsApi.get,
    enabled,
  });
}

type ProfileAnswer = { profile: Profile; targets: Target[] };

export function useProfile() {
  return useQuery({ queryKey: settingsQueryKeys.profile, queryFn: profileApi.getProfile });
}

/** People and organizations count tags, so a changed target refreshes them too. */
function useInvalidateTargets() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [settingsQueryKeys.profile, settingsQueryKeys.targets, ["people"], ["organizations"]].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

function useSetProfile() {
  const queryClient = useQueryClient();
  return (profile: Profile) =>
    queryClient.setQueryData<ProfileAnswer>(settingsQueryKeys.profile, (current) =>
      current ? { ...current, profile } : current,
    );
}

export function useSaveProfile() {
  const setProfile = useSetProfile();
  return useMutation({
    mutationFn: (draft: ProfileDraft) => profileApi.saveProfile(draft),
    onSuccess: setProfile,
  });
}

export function useFinishWelcome() {
  const setProfile = useSetProfile();
  return useMutation({ mutationFn: profileApi.finishWelcome, onSuccess: setProfile });
}

export function useAddTarget() {
  const invalidate = useInvalidateTargets();
  return useMutation({
    mutationFn: (draft: TargetDraft) => profileApi.addTarget(draft),
    onSuccess: invalidate,
  });
}

export function useUpdateTarget() {
  const invalidate = useInvalidateTargets();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: TargetDraft }) =>
      profileApi.updateTarget(id, draft),
    onSuccess: invalidate,
  });
}

export function useRemoveTarget() {
  const invalidate = useInvalidateTargets();
  return useMutation({ mutationFn: profileApi.removeTarget, onSuccess: invalidate });
}

/** How many people and organizations carry a tag, for the removal question. */
export function useTargetUsage(targetId: string | null) {
  return useQuery({
    queryKey: ["people", "target-usage", targetId],
    enabled: targetId !== null,
    queryFn: async () => {
      const id = targetId ?? "";
      const [people, organizations] = await Promise.all([
        peopleApi.listPeople({ targetIds: [id] }),
        organizationsApi.listOrganizations(),
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
    queryKey: settingsQueryKeys.targets,
    queryFn: targetsApi.listTargets,
    staleTime: 30_000,
  });
}
