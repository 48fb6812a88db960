import type { ActivityDraft, NewActivityDraft } from "../../../domain/activity.js";
import type { NetworkAskDraft } from "../../../domain/network.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

const person = api.people[":id"];
const activity = api.activities[":id"];
const ask = api["network-asks"][":id"];

/** The log, referrals and network asks: the API calls behind those parts of a person page. */
export const logApi = {
  listActivities: async (personId: string) =>
    (await unwrap(person.activities.$get(byId(personId)))).activities,
  /** Without `occurredAt` the server stamps the entry with its own now. */
  logActivity: async (personId: string, draft: NewActivityDraft) =>
    (await unwrap(person.activities.$post({ ...byId(personId), json: draft }))).activity,
  updateActivity: async (id: string, draft: ActivityDraft) =>
    (await unwrap(activity.$put({ ...byId(id), json: draft }))).activity,
  deleteActivity: async (id: string) => (await unwrap(activity.$delete(byId(id)))).activity,
  restoreActivity: async (id: string) => (await unwrap(activity.restore.$post(byId(id)))).activity,

  listIntroduced: async (personId: string) =>
    (await unwrap(person.introduced.$get(byId(personId)))).people,
  listAsks: async (personId: string) => (await unwrap(person.asks.$get(byId(personId)))).asks,
  createAsk: async (personId: string, draft: NetworkAskDraft) =>
    (await unwrap(person.asks.$post({ ...byId(personId), json: draft }))).ask,
  updateAsk: async (id: string, draft: NetworkAskDraft) =>
    (await unwrap(ask.$put({ ...byId(id), json: draft }))).ask,
  deleteAsk: async (id: string) => (await unwrap(ask.$delete(byId(id)))).ask,
};
