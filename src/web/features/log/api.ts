import type { Activity, ActivityDraft } from "../../../domain/activity.js";
import type { NetworkAsk, NetworkAskDraft } from "../../../domain/network.js";
import type { Person } from "../../../domain/person.js";
import { request } from "../../lib/api.js";

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;
const activityPath = (id: string) => `/api/activities/${encodeURIComponent(id)}`;
const askPath = (id: string) => `/api/network-asks/${encodeURIComponent(id)}`;

/** The log, referrals and network asks: the API calls behind those parts of a person page. */
export const logApi = {
  listActivities: async (personId: string) =>
    (await request<{ activities: Activity[] }>("GET", `${personPath(personId)}/activities`))
      .activities,
  logActivity: async (personId: string, draft: ActivityDraft) =>
    (await request<{ activity: Activity }>("POST", `${personPath(personId)}/activities`, draft))
      .activity,
  updateActivity: async (id: string, draft: ActivityDraft) =>
    (await request<{ activity: Activity }>("PUT", activityPath(id), draft)).activity,
  deleteActivity: async (id: string) =>
    (await request<{ activity: Activity }>("DELETE", activityPath(id))).activity,
  restoreActivity: async (id: string) =>
    (await request<{ activity: Activity }>("POST", `${activityPath(id)}/restore`)).activity,

  listIntroduced: async (personId: string) =>
    (await request<{ people: Person[] }>("GET", `${personPath(personId)}/introduced`)).people,
  listAsks: async (personId: string) =>
    (await request<{ asks: NetworkAsk[] }>("GET", `${personPath(personId)}/asks`)).asks,
  createAsk: async (personId: string, draft: NetworkAskDraft) =>
    (await request<{ ask: NetworkAsk }>("POST", `${personPath(personId)}/asks`, draft)).ask,
  updateAsk: async (id: string, draft: NetworkAskDraft) =>
    (await request<{ ask: NetworkAsk }>("PUT", askPath(id), draft)).ask,
  deleteAsk: async (id: string) => (await request<{ ask: NetworkAsk }>("DELETE", askPath(id))).ask,
};
