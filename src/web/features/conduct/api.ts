import { api, byId, unwrap } from "../../lib/api-client.js";

/** The conduct page's one read; its writes go through the outbox (conduct-changes.ts). */
export const conductApi = {
  conduct: (activityId: string) => unwrap(api.conversations[":id"].conduct.$get(byId(activityId))),
};
