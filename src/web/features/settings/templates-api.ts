import type { CoachLimits } from "../../../domain/coach-settings.js";
import type { TemplateDraft } from "../../../domain/template.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

const templates = api.templates;

/** The explorer's own templates (Settings → Templates, the composer's picker). */
export const templatesApi = {
  list: async () => (await unwrap(templates.$get())).templates,
  add: async (draft: TemplateDraft) => (await unwrap(templates.$post({ json: draft }))).template,
  update: async (id: string, draft: TemplateDraft) =>
    (await unwrap(templates[":id"].$put({ ...byId(id), json: draft }))).template,
  remove: async (id: string) => (await unwrap(templates[":id"].$delete(byId(id)))).template,
  /** Brings a deleted template back, for the Undo toast. */
  restore: async (id: string) => (await unwrap(templates[":id"].restore.$post(byId(id)))).template,
};

/** The coach's word limits (Settings → Coach); the composer's word count shows them too. */
export const coachLimitsApi = {
  get: async () => (await unwrap(api.settings.coach.$get())).settings,
  save: async (limits: CoachLimits) =>
    (await unwrap(api.settings.coach.$put({ json: limits }))).settings,
};
