import type { ReflectionDraft } from "../../../domain/follow-up/reflection.js";
import type { TakeawayDraft } from "../../../domain/follow-up/takeaway.js";
import type { TakeawayPatch } from "../../../domain/follow-up/takeaway-patch.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

/** Follow up's calls: a conversation, its takeaways (with undo), its reflection, the trend. */
export const followUpApi = {
  conversation: async (id: string) =>
    (await unwrap(api.conversations[":id"].$get(byId(id)))).conversation,
  takeaways: (activityId: string) =>
    unwrap(api.conversations[":id"].takeaways.$get(byId(activityId))),
  addTakeaway: async (activityId: string, draft: TakeawayDraft) =>
    (await unwrap(api.conversations[":id"].takeaways.$post({ ...byId(activityId), json: draft })))
      .takeaway,
  updateTakeaway: async (id: string, patch: TakeawayPatch) =>
    (await unwrap(api.takeaways[":id"].$patch({ ...byId(id), json: patch }))).takeaway,
  removeTakeaway: async (id: string) =>
    (await unwrap(api.takeaways[":id"].$delete(byId(id)))).takeaway,
  restoreTakeaway: async (id: string) =>
    (await unwrap(api.takeaways[":id"].restore.$post(byId(id)))).takeaway,
  reflection: (activityId: string) =>
    unwrap(api.conversations[":id"].reflection.$get(byId(activityId))),
  saveReflection: async (activityId: string, draft: ReflectionDraft) =>
    (await unwrap(api.conversations[":id"].reflection.$put({ ...byId(activityId), json: draft })))
      .reflection,
  reflections: async () => (await unwrap(api.reflections.$get())).reflections,
  /** What was noted in conduct mode: the notes pad and the planned questions' one-line notes. */
  conductNotes: (activityId: string) =>
    unwrap(api.conversations[":id"].conduct.$get(byId(activityId))),
};
