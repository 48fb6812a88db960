import { Hono } from "hono";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.js";
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
import { idParam, jsonObject, validated } from "../validate.js";

const personIdParam = z.object({ personId: z.string().min(1).max(100) });

/** Trips: a place and dates; who is there to ask, and the window a draft proposes. */
export function tripsRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json(await listTrips(context)))
    .post("/", validated("json", jsonObject), async (c) =>
      c.json({ trip: await addTrip(context, c.req.valid("json")) }, 201),
    )
    .get("/for-person/:personId", validated("param", personIdParam), async (c) =>
      c.json({ trip: await tripForPerson(context, c.req.valid("param").personId) }),
    )
    .get("/:id", validated("param", idParam), async (c) =>
      c.json({ trip: await getTrip(context, c.req.valid("param").id) }),
    )
    .put("/:id", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json({ trip: await updateTrip(context, c.req.valid("param").id, c.req.valid("json")) }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ trip: await deleteTrip(context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ trip: await restoreTrip(context, c.req.valid("param").id) }),
    )
    .get("/:id/people", validated("param", idParam), async (c) =>
      c.json({ people: await suggestPeopleForTrip(context, c.req.valid("param").id) }),
    );
}
