import { Hono } from "hono";
import { coachOutreachRequestSchema } from "../../domain/coach-request.js";
import { getCoachLimits } from "../../services/coach-settings.service.js";
import type { AppEnv } from "../request-context.js";
import { validated } from "../validate.js";

/** The outreach coach for any draft, the user's own included; nothing is stored. */
export function coachRoutes() {
  return new Hono<AppEnv>().post(
    "/outreach",
    validated("json", coachOutreachRequestSchema),
    async (c) => {
      // Loaded on first use: its English grammar (compromise) takes ~0.4 s to load, which
      // every start of the app would otherwise pay.
      const { coachOutreach } = await import("../../domain/coach/coach-outreach.js");
      // The word limits are the explorer's own (Settings → Coach).
      const limits = await getCoachLimits(c.var.context);
      return c.json({ findings: coachOutreach({ ...c.req.valid("json"), limits }) });
    },
  );
}
