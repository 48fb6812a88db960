import { Hono } from "hono";
import { z } from "zod";
import { draftTakeaways } from "../../services/follow-up-drafts.service.js";
import type { AppEnv } from "../request-context.js";
import { idParam, validated } from "../validate.js";

const takeawaysQuery = z.object({
  conversation: z.string().min(1).max(100).optional(),
});

/** What the composer drafts a thank-you or an update from, besides the log (METHOD §6). */
export function draftsRoutes() {
  return new Hono<AppEnv>().get(
    "/people/:id/takeaways",
    validated("param", idParam),
    validated("query", takeawaysQuery),
    async (c) =>
      c.json(
        await draftTakeaways(
          c.var.context,
          c.req.valid("param").id,
          c.req.valid("query").conversation ?? null,
        ),
      ),
  );
}
