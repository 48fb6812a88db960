import type { CadenceSettings } from "../../../domain/cadence-settings.js";
import type { ProfileDraft, TargetDraft } from "../../../domain/profile.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

/** The profile and its interests/locations; every function throws ApiError on failure. */
export const profileApi = {
  getProfile: () => unwrap(api.profile.$get()),
  saveProfile: async (draft: ProfileDraft) =>
    (await unwrap(api.profile.$put({ json: draft }))).profile,
  finishWelcome: async () => (await unwrap(api.profile["welcome-done"].$post())).profile,
  addTarget: async (draft: TargetDraft) =>
    (await unwrap(api.targets.$post({ json: draft }))).target,
  updateTarget: async (id: string, draft: TargetDraft) =>
    (await unwrap(api.targets[":id"].$put({ ...byId(id), json: draft }))).target,
  removeTarget: async (id: string) => {
    await unwrap(api.targets[":id"].$delete(byId(id)));
  },
};

/** The explorer's interests and locations alone, for tagging and filtering. */
export const targetsApi = {
  listTargets: async () => (await unwrap(api.targets.$get())).targets,
};

export const cadenceSettingsApi = {
  get: async () => (await unwrap(api.settings.cadence.$get())).settings,
  save: async (draft: CadenceSettings) =>
    (await unwrap(api.settings.cadence.$put({ json: draft }))).settings,
};
