import { Hono } from "hono";
import { searchQuerySchema } from "../../domain/search.js";
import { searchEverything } from "../../services/search.service.js";
import type { AppEnv } from "../request-context.js";
import { validated } from "../validate.js";

export function searchRoutes() {
  return new Hono<AppEnv>().get("/", validated("query", searchQuerySchema), async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json({ results: await searchEverything(c.var.context, q, limit) });
  });
}
