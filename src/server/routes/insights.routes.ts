import { Hono } from "hono";
import { insightsQuerySchema } from "../../domain/insights/insights-query.js";
import {
  getCompare,
  getEffort,
  getInsightsOptions,
  getNetwork,
  getThemes,
} from "../../services/insights.service.js";
import type { AppEnv } from "../request-context.js";
import { validated } from "../validate.js";

/**
 * Insights (METHOD §7), one route per section of the page so each loads on its own: what
 * the filters offer, effort and yield, themes, compare and the referral network. Every
 * section takes the same filter (interest, location, from, to).
 */
export function insightsRoutes() {
  return new Hono<AppEnv>()
    .get("/options", async (c) => c.json(await getInsightsOptions(c.var.context)))
    .get("/effort", validated("query", insightsQuerySchema), async (c) =>
      c.json(await getEffort(c.var.context, c.req.valid("query"))),
    )
    .get("/themes", validated("query", insightsQuerySchema), async (c) =>
      c.json(await getThemes(c.var.context, c.req.valid("query"))),
    )
    .get("/compare", validated("query", insightsQuerySchema), async (c) =>
      c.json(await getCompare(c.var.context, c.req.valid("query"))),
    )
    .get("/network", validated("query", insightsQuerySchema), async (c) =>
      c.json(await getNetwork(c.var.context, c.req.valid("query"))),
    );
}
