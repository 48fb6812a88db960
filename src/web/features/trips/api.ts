import type { TripDraft } from "../../../domain/trip.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

const trips = api.trips;

/** Trips and who is there: the calls behind the Trips page and the composer's window. */
export const tripsApi = {
  list: () => unwrap(trips.$get()),
  get: async (id: string) => (await unwrap(trips[":id"].$get(byId(id)))).trip,
  create: async (draft: TripDraft) => (await unwrap(trips.$post({ json: draft }))).trip,
  update: async (id: string, draft: TripDraft) =>
    (await unwrap(trips[":id"].$put({ ...byId(id), json: draft }))).trip,
  remove: async (id: string) => (await unwrap(trips[":id"].$delete(byId(id)))).trip,
  restore: async (id: string) => (await unwrap(trips[":id"].restore.$post(byId(id)))).trip,
  people: async (id: string) => (await unwrap(trips[":id"].people.$get(byId(id)))).people,
  /** The trip under way or soonest to come that takes the explorer to this person. */
  forPerson: async (personId: string) =>
    (
      await unwrap(
        trips["for-person"][":personId"].$get({
          param: { personId: encodeURIComponent(personId) },
        }),
      )
    ).trip,
};
