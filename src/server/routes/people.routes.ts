import { Hono } from "hono";
import type { NewActivityDraft } from "../../domain/activity.js";
import type { NetworkAskDraft } from "../../domain/network.js";
import { peopleNamesQuerySchema, peoplePageQuerySchema } from "../../domain/people-page.js";
import type { PersonDraft } from "../../domain/person.js";
import { listActivities, logActivity } from "../../services/activities.service.js";
import { listNetworkAsks, recordNetworkAsk } from "../../services/network-asks.service.js";
import {
  createPerson,
  deletePerson,
  getPerson,
  listIntroducedBy,
  listPeopleLocations,
  listPeopleNames,
  listPeoplePage,
  restorePerson,
  updatePerson,
} from "../../services/people.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

export function peopleRoutes() {
  return new Hono<AppEnv>()
    .get("/", validated("query", peoplePageQuerySchema), async (c) =>
      c.json(await listPeoplePage(c.var.context, c.req.valid("query"))),
    )
    .get("/locations", async (c) => c.json({ locations: await listPeopleLocations(c.var.context) }))
    .get("/names", validated("query", peopleNamesQuerySchema), async (c) =>
      c.json(await listPeopleNames(c.var.context, c.req.valid("query"))),
    )
    .post("/", jsonBody<PersonDraft>(), async (c) =>
      c.json({ person: await createPerson(c.var.context, c.req.valid("json")) }, 201),
    )
    .get("/:id", validated("param", idParam), async (c) =>
      c.json({ person: await getPerson(c.var.context, c.req.valid("param").id) }),
    )
    .put("/:id", validated("param", idParam), jsonBody<PersonDraft>(), async (c) =>
      c.json({
        person: await updatePerson(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ person: await deletePerson(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ person: await restorePerson(c.var.context, c.req.valid("param").id) }),
    )
    .get("/:id/activities", validated("param", idParam), async (c) =>
      c.json({ activities: await listActivities(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/activities", validated("param", idParam), jsonBody<NewActivityDraft>(), async (c) =>
      c.json(
        {
          activity: await logActivity(c.var.context, c.req.valid("param").id, c.req.valid("json")),
        },
        201,
      ),
    )
    .get("/:id/introduced", validated("param", idParam), async (c) =>
      c.json({ people: await listIntroducedBy(c.var.context, c.req.valid("param").id) }),
    )
    .get("/:id/asks", validated("param", idParam), async (c) =>
      c.json({ asks: await listNetworkAsks(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/asks", validated("param", idParam), jsonBody<NetworkAskDraft>(), async (c) =>
      c.json(
        {
          ask: await recordNetworkAsk(c.var.context, c.req.valid("param").id, c.req.valid("json")),
        },
        201,
      ),
    );
}
