import type { PeopleQuery, Person, PersonDraft } from "../../../domain/person.js";
import { queryString, request } from "../../lib/api.js";

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/** The people calls of Rapport's HTTP API; every function throws ApiError on failure. */
export const peopleApi = {
  listPeople: async (query: PeopleQuery) =>
    (await request<{ people: Person[] }>("GET", `/api/people${queryString({ ...query })}`)).people,
  listPeopleLocations: async () =>
    (await request<{ locations: string[] }>("GET", "/api/people/locations")).locations,
  getPerson: async (id: string) =>
    (await request<{ person: Person }>("GET", personPath(id))).person,
  createPerson: async (draft: PersonDraft) =>
    (await request<{ person: Person }>("POST", "/api/people", draft)).person,
  updatePerson: async (id: string, draft: PersonDraft) =>
    (await request<{ person: Person }>("PUT", personPath(id), draft)).person,
  deletePerson: async (id: string) =>
    (await request<{ person: Person }>("DELETE", personPath(id))).person,
  restorePerson: async (id: string) =>
    (await request<{ person: Person }>("POST", `${personPath(id)}/restore`)).person,
};
