import { Hono } from "hono";
import { peopleQuerySchema } from "../../domain/person.js";
import { listActivities, logActivity } from "../../services/activities.service.js";
import type { ServiceContext } from "../../services/context.js";
import { listNetworkAsks, recordNetworkAsk } from "../../services/network-asks.service.js";
import {
  createPerson,
  deletePerson,
  getPerson,
  listIntroducedBy,
  listPeople,
  listPeopleLocations,
  restorePerson,
  updatePerson,
} from "../../services/people.service.js";
import { idParam, jsonObject, validated } from "../validate.js";

export function peopleRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", validated("query", peopleQuerySchema), async (c) =>
      c.json({ people: await listPeople(context, c.req.valid("query")) }),
    )
    .get("/locations", async (c) => c.json({ locations: await listPeopleLocations(context) }))
    .post("/", validated("json", jsonObject), async (c) =>
      c.json({ person: await createPerson(context, c.req.valid("json")) }, 201),
    )
    .get("/:id", validated("param", idParam), async (c) =>
      c.json({ person: await getPerson(context, c.req.valid("param").id) }),
    )
    .put("/:id", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json({ person: await updatePerson(context, c.req.valid("param").id, c.req.valid("json")) }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ person: await deletePerson(context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ person: await restorePerson(context, c.req.valid("param").id) }),
    )
    .get("/:id/activities", validated("param", idParam), async (c) =>
      c.json({ activities: await listActivities(context, c.req.valid("param").id) }),
    )
    .post(
      "/:id/activities",
      validated("param", idParam),
      validated("json", jsonObject),
      async (c) =>
        c.json(
          { activity: await logActivity(context, c.req.valid("param").id, c.req.valid("json")) },
          201,
        ),
    )
    .get("/:id/introduced", validated("param", idParam), async (c) =>
      c.json({ people: await listIntroducedBy(context, c.req.valid("param").id) }),
    )
    .get("/:id/asks", validated("param", idParam), async (c) =>
      c.json({ asks: await listNetworkAsks(context, c.req.valid("param").id) }),
    )
    .post("/:id/asks", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json(
        { ask: await recordNetworkAsk(context, c.req.valid("param").id, c.req.valid("json")) },
        201,
      ),
    );
}
