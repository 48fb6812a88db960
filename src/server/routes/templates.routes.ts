import { Hono } from "hono";
import type { TemplateDraft } from "../../domain/template.js";
import {
  addTemplate,
  deleteTemplate,
  listTemplates,
  restoreTemplate,
  updateTemplate,
} from "../../services/templates.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/** The explorer's own message templates; fields are checked by the domain's schema. */
export function templatesRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ templates: await listTemplates(c.var.context) }))
    .post("/", jsonBody<TemplateDraft>(), async (c) =>
      c.json({ template: await addTemplate(c.var.context, c.req.valid("json")) }, 201),
    )
    .put("/:id", validated("param", idParam), jsonBody<TemplateDraft>(), async (c) =>
      c.json({
        template: await updateTemplate(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/:id", validated("param", idParam), async (c) =>
      c.json({ template: await deleteTemplate(c.var.context, c.req.valid("param").id) }),
    )
    .post("/:id/restore", validated("param", idParam), async (c) =>
      c.json({ template: await restoreTemplate(c.var.context, c.req.valid("param").id) }),
    );
}
