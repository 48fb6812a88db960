import type { CadenceSettings } from "../../../domain/cadence-settings.js";
import type { Profile, ProfileDraft, Target, TargetKind } from "../../../domain/profile.js";
import { request } from "../../lib/api.js";

const targetPath = (id: string) => `/api/targets/${encodeURIComponent(id)}`;

/** An interest or location as the API takes it; flexibility only matters for locations. */
export interface TargetDraft {
  kind: TargetKind;
  label: string;
  flexibility?: string | null;
}

/** The profile and its interests/locations; every function throws ApiError on failure. */
export const profileApi = {
  getProfile: () => request<{ profile: Profile; targets: Target[] }>("GET", "/api/profile"),
  saveProfile: async (draft: ProfileDraft) =>
    (await request<{ profile: Profile }>("PUT", "/api/profile", draft)).profile,
  finishWelcome: async () =>
    (await request<{ profile: Profile }>("POST", "/api/profile/welcome-done")).profile,
  addTarget: async (draft: TargetDraft) =>
    (await request<{ target: Target }>("POST", "/api/targets", draft)).target,
  updateTarget: async (id: string, draft: TargetDraft) =>
    (await request<{ target: Target }>("PUT", targetPath(id), draft)).target,
  removeTarget: async (id: string) => {
    await request<{ ok: true }>("DELETE", targetPath(id));
  },
};

/** The explorer's interests and locations alone, for tagging and filtering. */
export const targetsApi = {
  listTargets: async () => (await request<{ targets: Target[] }>("GET", "/api/targets")).targets,
};

export const cadenceSettingsApi = {
  get: async () =>
    (await request<{ settings: CadenceSettings }>("GET", "/api/settings/cadence")).settings,
  save: async (draft: CadenceSettings) =>
    (await request<{ settings: CadenceSettings }>("PUT", "/api/settings/cadence", draft)).settings,
};
