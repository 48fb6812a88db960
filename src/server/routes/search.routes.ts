import { Hono } from "hono";
import { searchQuerySchema } from "../../domain/search.js";
import type { ServiceContext } from "../../services/context.js";
import { searchEverything } from "../../services/search.service.js";
import { validated } from "../validate.js";

export function searchRoutes(context: ServiceContext) {
  return new Hono().get("/", validated("query", searchQuerySchema), async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json({ results: await searchEverything(context, q, limit) });
  });
}
