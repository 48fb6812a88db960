import type { CallOutcomeDraft } from "../../../domain/call-outcome.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

/**
 * A call's outcome: logged under the person called, at the server's now (the browser
 * sends no time), and taken back by its log entry's id with whatever it brought in.
 */
export const callApi = {
  logOutcome: (personId: string, draft: CallOutcomeDraft) =>
    unwrap(api.people[":id"]["call-outcomes"].$post({ ...byId(personId), json: draft })),
  undoOutcome: (activityId: string) =>
    unwrap(api["call-outcomes"][":id"].$delete(byId(activityId))),
};
