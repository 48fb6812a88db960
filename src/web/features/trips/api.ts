import type { Person } from "../../../domain/person.js";
import type { Trip, TripDraft } from "../../../domain/trip.js";
import { request } from "../../lib/api.js";

const tripPath = (id: string) => `/api/trips/${encodeURIComponent(id)}`;

/** Trips and who is there: the calls behind the Trips page and the composer's window. */
export const tripsApi = {
  list: () => request<{ upcoming: Trip[]; past: Trip[]; today: string }>("GET", "/api/trips"),
  get: async (id: string) => (await request<{ trip: Trip }>("GET", tripPath(id))).trip,
  create: async (draft: TripDraft) =>
    (await request<{ trip: Trip }>("POST", "/api/trips", draft)).trip,
  update: async (id: string, draft: TripDraft) =>
    (await request<{ trip: Trip }>("PUT", tripPath(id), draft)).trip,
  remove: async (id: string) => (await request<{ trip: Trip }>("DELETE", tripPath(id))).trip,
  restore: async (id: string) =>
    (await request<{ trip: Trip }>("POST", `${tripPath(id)}/restore`)).trip,
  people: async (id: string) =>
    (await request<{ people: Person[] }>("GET", `${tripPath(id)}/people`)).people,
  /** The trip under way or soonest to come that takes the explorer to this person. */
  forPerson: async (personId: string) =>
    (
      await request<{ trip: Trip | null }>(
        "GET",
        `/api/trips/for-person/${encodeURIComponent(personId)}`,
      )
    ).trip,
};
