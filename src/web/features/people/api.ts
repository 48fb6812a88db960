import type { PeopleQuery, PersonDraft } from "../../../domain/person.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

/** The people calls of Rapport's HTTP API; every function throws ApiError on failure. */
export const peopleApi = {
  /** One page of the list; `cursor` is the previous page's nextCursor. */
  listPeoplePage: async (query: PeopleQuery, cursor?: string) =>
    unwrap(api.people.$get({ query: { ...query, ...(cursor ? { cursor } : {}) } })),
  /** Names to pick someone from (bounded; `complete` says whether that is everyone). */
  listPeopleNames: async () => unwrap(api.people.names.$get({ query: {} })),
  listPeopleLocations: async () => (await unwrap(api.people.locations.$get())).locations,
  getPerson: async (id: string) => (await unwrap(api.people[":id"].$get(byId(id)))).person,
  createPerson: async (draft: PersonDraft) =>
    (await unwrap(api.people.$post({ json: draft }))).person,
  updatePerson: async (id: string, draft: PersonDraft) =>
    (await unwrap(api.people[":id"].$put({ ...byId(id), json: draft }))).person,
  deletePerson: async (id: string) => (await unwrap(api.people[":id"].$delete(byId(id)))).person,
  restorePerson: async (id: string) =>
    (await unwrap(api.people[":id"].restore.$post(byId(id)))).person,
};
