import { z } from "zod";
import { draftPurposes, outreachKinds } from "./draft-purpose.js";
import { mentionPermissions } from "./network.js";

/** What the outreach coach is asked to check: any draft, the explorer's own included. */
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
export type CoachOutreachRequest = z.input<typeof coachOutreachRequestSchema>;
