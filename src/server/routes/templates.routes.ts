import { Hono } from "hono";
import type { ServiceContext } from "../../services/context.js";
import {
  addTemplate,
  deleteTemplate,
  listTemplates,
  restoreTemplate,
  updateTemplate,
} from "../../services/templates.service.js";
import { idParam, jsonObject, validated } from "../validate.js";

/** The explorer's own message templates; fields are checked by the domain's schema. */
export function templatesRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json({ templates: await listTemplates(context) }))
    .post("/", validated("json", jsonObject), async (c) =>
      c.json({ template: await addTemplate(context, c.req.valid("json")) }, 201),
    )
    .put("/:id", validated("param", idParam), validated("json", jsonObject), async (c) =>
      c.json({
        template: await updateTemplate(context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ template: await deleteTemplate(context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ template: await restoreTemplate(context, c.req.valid("param").id) }),
    );
}
