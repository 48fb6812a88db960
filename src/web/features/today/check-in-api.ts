import type { CheckInDraft } from "../../../domain/insights/check-in.js";
import { api, unwrap } from "../../lib/api-client.js";

const byInstant = (checkedAt: string) => ({ param: { checkedAt: encodeURIComponent(checkedAt) } });

/** The "still excited?" calls: the cadence and ratings, a new check-in, its undo and restore. */
export const checkInsApi = {
  get: () => unwrap(api["check-ins"].$get()),
  save: async (draft: CheckInDraft) =>
    (await unwrap(api["check-ins"].$post({ json: draft }))).checkIn,
  remove: (checkedAt: string) =>
    unwrap(api["check-ins"][":checkedAt"].$delete(byInstant(checkedAt))),
  restore: (checkedAt: string) =>
    unwrap(api["check-ins"][":checkedAt"].restore.$post(byInstant(checkedAt))),
};
