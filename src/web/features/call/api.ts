import type { Activity } from "../../../domain/activity.js";
import type { CallOutcomeDraft } from "../../../domain/call-outcome.js";
import type { Person } from "../../../domain/person.js";
import { request } from "../../lib/api.js";

/**
 * A call's outcome: logged under the person called, at the server's now (the browser
 * sends no time), and taken back by its log entry's id with whatever it brought in.
 */
export const callApi = {
  logOutcome: (personId: string, draft: CallOutcomeDraft) =>
    request<{ activity: Activity; suggestedPerson: Person | null }>(
      "POST",
      `/api/people/${encodeURIComponent(personId)}/call-outcomes`,
      draft,
    ),
  undoOutcome: (activityId: string) =>
    request<{ activity: Activity; removedPersonId: string | null }>(
      "DELETE",
      `/api/call-outcomes/${encodeURIComponent(activityId)}`,
    ),
};
