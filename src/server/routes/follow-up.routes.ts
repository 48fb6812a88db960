import { Hono } from "hono";
import type { ReflectionDraft } from "../../domain/follow-up/reflection.js";
import type { TakeawayDraft } from "../../domain/follow-up/takeaway.js";
import type { TakeawayPatch } from "../../domain/follow-up/takeaway-patch.js";
import {
  getReflection,
  listReflections,
  saveReflection,
} from "../../services/reflections.service.js";
import {
  addTakeaway,
  deleteTakeaway,
  getTakeawaysView,
  listPersonTakeaways,
  restoreTakeaway,
  updateTakeaway,
} from "../../services/takeaways.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, jsonBody, validated } from "../validate.js";

/**
 * Follow up (METHOD §6): a conversation's takeaways (with undo) and its reflection, a
 * person's takeaways, and every reflection for the trend.
 */
export function followUpRoutes() {
  return new Hono<AppEnv>()
    .get("/conversations/:id/takeaways", validated("param", idParam), async (c) =>
      c.json(await getTakeawaysView(c.var.context, c.req.valid("param").id)),
    )
    .post(
      "/conversations/:id/takeaways",
      validated("param", idParam),
      jsonBody<TakeawayDraft>(),
      async (c) =>
        c.json(
          {
            takeaway: await addTakeaway(
              c.var.context,
              c.req.valid("param").id,
              c.req.valid("json"),
            ),
          },
          201,
        ),
    )
    .patch("/takeaways/:id", validated("param", idParam), jsonBody<TakeawayPatch>(), async (c) =>
      c.json({
        takeaway: await updateTakeaway(c.var.context, c.req.valid("param").id, c.req.valid("json")),
      }),
    )
    .delete("/takeaways/:id", validated("param", idParam), async (c) =>
      c.json({ takeaway: await deleteTakeaway(c.var.context, c.req.valid("param").id) }),
    )
    .post("/takeaways/:id/restore", validated("param", idParam), async (c) =>
      c.json({ takeaway: await restoreTakeaway(c.var.context, c.req.valid("param").id) }),
    )
    .get("/people/:id/takeaways", validated("param", idParam), async (c) =>
      c.json({ takeaways: await listPersonTakeaways(c.var.context, c.req.valid("param").id) }),
    )
    .get("/conversations/:id/reflection", validated("param", idParam), async (c) =>
      c.json({ reflection: await getReflection(c.var.context, c.req.valid("param").id) }),
    )
    .put(
      "/conversations/:id/reflection",
      validated("param", idParam),
      jsonBody<ReflectionDraft>(),
      async (c) =>
        c.json({
          reflection: await saveReflection(
            c.var.context,
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
        }),
    )
    .get("/reflections", async (c) =>
      c.json({ reflections: await listReflections(c.var.context) }),
    );
}
