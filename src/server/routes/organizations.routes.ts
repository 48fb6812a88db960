import { Hono } from "hono";
import type { ServiceContext } from "../../services/context.js";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  restoreOrganization,
  updateOrganization,
} from "../../services/organizations.service.js";
import { idParam, jsonObject, validated } from "../validate.js";

export function organizationsRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json({ organizations: await listOrganizations(context) }))
    .post("/", validated("json", jsonObject), async (c) =>
      c.json({ organization: await createOrganization(context, c.req.valid("json")) }, 201),
    )
    .get("/:id", validated("param", idParam), async (c) =>
      c.json(await getOrganization(context, c.req.valid("param").id)),
    )
    .put("/:id", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json({
        organization: await updateOrganization(
          context,
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ organization: await deleteOrganization(context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ organization: await restoreOrganization(context, c.req.valid("param").id) }),
    );
}
