import type { CoachLimits } from "../../../domain/coach-settings.js";
import type { Template, TemplateDraft } from "../../../domain/template.js";
import { request } from "../../lib/api.js";

/** The explorer's own templates (Settings → Templates, the composer's picker). */
export const templatesApi = {
  list: async () => (await request<{ templates: Template[] }>("GET", "/api/templates")).templates,
  add: async (draft: TemplateDraft) =>
    (await request<{ template: Template }>("POST", "/api/templates", draft)).template,
  update: async (id: string, draft: TemplateDraft) =>
    (
      await request<{ template: Template }>(
        "PUT",
        `/api/templates/${encodeURIComponent(id)}`,
        draft,
      )
    ).template,
  remove: async (id: string) =>
    (await request<{ template: Template }>("DELETE", `/api/templates/${encodeURIComponent(id)}`))
      .template,
  /** Brings a deleted template back, for the Undo toast. */
  restore: async (id: string) =>
    (
      await request<{ template: Template }>(
        "POST",
        `/api/templates/${encodeURIComponent(id)}/restore`,
      )
    ).template,
};

/** The coach's word limits (Settings → Coach); the composer's word count shows them too. */
export const coachLimitsApi = {
  get: async () =>
    (await request<{ settings: CoachLimits }>("GET", "/api/settings/coach")).settings,
  save: async (limits: CoachLimits) =>
    (await request<{ settings: CoachLimits }>("PUT", "/api/settings/coach", limits)).settings,
};
