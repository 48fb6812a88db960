import { Hono } from "hono";
import { z } from "zod";
import type { TripDraft } from "../../domain/trip.js";
import {
  addTrip,
  deleteTrip,
  getTrip,
  listTrips,
  restoreTrip,
  suggestPeopleForTrip,
  tripForPerson,
  updateTrip,
} from "../../services/trips.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

const personIdParam = z.object({ personId: z.string().min(1).max(100) });

/** Trips: a place and dates; who is there to ask, and the window a draft proposes. */
export function tripsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json(await listTrips(c.var.context)))
    .post("/", jsonBody<TripDraft>(), async (c) =>
      c.json({ trip: await addTrip(c.var.context, c.req.valid("json")) }, 201),
    )
    .get("/for-person/:personId", validated("param", personIdParam), async (c) =>
      c.json({ trip: await tripForPerson(c.var.context, c.req.valid("param").personId) }),
    )
    .get("/:id", validated("param", idParam), async (c) =>
      c.json({ trip: await getTrip(c.var.context, c.req.valid("param").id) }),
    )
    .put("/:id", validated("param", idParam), jsonBody<TripDraft>(), async (c) =>
      c.json({
        trip: await updateTrip(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ trip: await deleteTrip(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ trip: await restoreTrip(c.var.context, c.req.valid("param").id) }),
    )
    .get("/:id/people", validated("param", idParam), async (c) =>
      c.json({ people: await suggestPeopleForTrip(c.var.context, c.req.valid("param").id) }),
    );
}
