import { Hono } from "hono";
import { peopleQuerySchema } from "../../domain/person.js";
import type { ServiceContext } from "../../services/context.js";
import {
  createPerson,
  deletePerson,
  getPerson,
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
    );
}
