import { Hono } from "hono";
import {
  coachOutreachRequestSchema,
  coachPitchRequestSchema,
  coachQuestionsRequestSchema,
} from "../../domain/coach-request.js";
import { getCoachLimits } from "../../services/coach-settings.service.js";
import { getPrepareSettings } from "../../services/prepare-settings.service.js";
import type { AppEnv } from "../request-context.js";
import { validated } from "../validate.js";

/** The coach for any draft, question list or pitch, the user's own included; nothing is stored. */
export function coachRoutes() {
  return new Hono<AppEnv>()
    .post("/outreach", validated("json", coachOutreachRequestSchema), async (c) => {
      // Loaded on first use: its English grammar (compromise) takes ~0.4 s to load, which
      // every start of the app would otherwise pay.
      const { coachOutreach } = await import("../../domain/coach/coach-outreach.js");
      // The word limits are the explorer's own (Settings → Coach).
      const limits = await getCoachLimits(c.var.context);
      return c.json({ findings: coachOutreach({ ...c.req.valid("json"), limits }) });
    })
    .post("/questions", validated("json", coachQuestionsRequestSchema), async (c) => {
      // The yes/no check reads the grammar too: loaded on first use, as above.
      const { coachQuestions } = await import("../../domain/coach/closed-question.check.js");
      return c.json({ findings: coachQuestions(c.req.valid("json").questions) });
    })
    .post("/pitch", validated("json", coachPitchRequestSchema), async (c) => {
      const { coachPitch } = await import("../../domain/coach/pitch-coach.js");
      // The speaking rate and the target are the explorer's own (Settings → Prepare).
      const settings = await getPrepareSettings(c.var.context);
      return c.json(coachPitch(c.req.valid("json").text, settings));
    });
}
