import { Hono } from "hono";
import { getCoachLimits, saveCoachLimits } from "../../services/coach-settings.service.js";
import type { ServiceContext } from "../../services/context.js";
import { jsonObject, validated } from "../validate.js";

/** The coach's word limits (Settings → Coach); the coach route reads them for every check. */
export function coachSettingsRoutes(context: ServiceContext) {
  return new Hono()
    .get("/", async (c) => c.json({ settings: await getCoachLimits(context) }))
    .put("/", validated("json", jsonObject), async (c) =>
      c.json({ settings: await saveCoachLimits(context, c.req.valid("json")) }),
    );
}
