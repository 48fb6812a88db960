import { Hono } from "hono";
import type { z } from "zod";
import type { coachLimitsSchema } from "../../domain/coach-settings.js";
import { getCoachLimits, saveCoachLimits } from "../../services/coach-settings.service.js";
import type { AppEnv } from "../request-context.js";
import { jsonBody } from "../validate.js";

/** Settings → Coach saves only what it changes. */
type CoachLimitsChange = Partial<z.input<typeof coachLimitsSchema>>;

/** The coach's word limits (Settings → Coach); the coach route reads them for every check. */
export function coachSettingsRoutes() {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ settings: await getCoachLimits(c.var.context) }))
    .put("/", jsonBody<CoachLimitsChange>(), async (c) =>
      c.json({ settings: await saveCoachLimits(c.var.context, c.req.valid("json")) }),
    );
}
