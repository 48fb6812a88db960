import { Hono } from "hono";
import type { OrganizationDraft } from "../../domain/organization.js";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  restoreOrganization,
  updateOrganization,
} from "../../services/organizations.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

export function organizationsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ organizations: await listOrganizations(c.var.context) }))
    .post("/", jsonBody<OrganizationDraft>(), async (c) =>
      c.json({ organization: await createOrganization(c.var.context, c.req.valid("json")) }, 201),
    )
    .get("/:id", validated("param", idParam), async (c) =>
      c.json(await getOrganization(c.var.context, c.req.valid("param").id)),
    )
    .put("/:id", validated("param", idParam), jsonBody<OrganizationDraft>(), async (c) =>
      c.json({
        organization: await updateOrganization(
          c.var.context,
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ organization: await deleteOrganization(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ organization: await restoreOrganization(c.var.context, c.req.valid("param").id) }),
    );
}
