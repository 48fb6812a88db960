import { Hono } from "hono";
import { z } from "zod";
import { draftPurposes, outreachKinds } from "../../domain/draft-purpose.js";
import { mentionPermissions } from "../../domain/network.js";
import { getCoachLimits } from "../../services/coach-settings.service.js";
import type { ServiceContext } from "../../services/context.js";
import { validated } from "../validate.js";

export const coachOutreachRequestSchema = z.object({
  // Far beyond any letter; a bound keeps one request from tying up the parser.
  text: z.string({ error: "Send the draft's text" }).max(50_000, {
    error: "The draft is too long to check (50,000 characters at most)",
  }),
  kind: z.enum(outreachKinds, { error: "Choose email, letter or network_message" }),
  // Optional so callers from before purposes keep getting every first-touch check.
  purpose: z
    .enum(draftPurposes, { error: "Choose outreach, thank_you or confirm" })
    .default("outreach"),
  introducer: z
    .object({
      name: z.string().trim().min(1, { error: "Give the introducer's name" }).max(200),
      permission: z.enum(mentionPermissions, { error: "Choose yes, no or not_asked" }),
    })
    .nullish(),
});

/** The outreach coach for any draft, the user's own included; nothing is stored. */
export function coachRoutes(context: ServiceContext) {
  return new Hono().post("/outreach", validated("json", coachOutreachRequestSchema), async (c) => {
    // Loaded on first use: its English grammar (compromise) takes ~0.4 s to load, which
    // every start of the app would otherwise pay.
    const { coachOutreach } = await import("../../domain/coach/coach-outreach.js");
    // The word limits are the explorer's own (Settings → Coach).
    const limits = await getCoachLimits(context);
    return c.json({ findings: coachOutreach({ ...c.req.valid("json"), limits }) });
  });
}
