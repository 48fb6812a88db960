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
    .enum(draftPurposes, { error: "Choose outreach, thank_you, confirm or update" })
    .default("outreach"),
  introducer: z
    .object({
      name: z.string().trim().min(1, { error: "Give the introducer's name" }).max(200),
      permission: z.enum(mentionPermissions, { error: "Choose yes, no or not_asked" }),
    })
    .nullish(),
});
export type CoachOutreachRequest = z.input<typeof coachOutreachRequestSchema>;

/** What the yes/no check is asked: the questions of one plan or bank, in order. */
export const coachQuestionsRequestSchema = z.object({
  questions: z
    .array(
      z.string({ error: "Each question must be text" }).max(500, {
        error: "A question is too long to check (500 characters at most)",
      }),
      { error: "Send the questions as a list of texts" },
    )
    .max(100, { error: "Too many questions to check at once (100 at most)" }),
});
export type CoachQuestionsRequest = z.input<typeof coachQuestionsRequestSchema>;

/** What the pitch coach is asked: the pitch as one text (its three parts assembled). */
export const coachPitchRequestSchema = z.object({
  text: z.string({ error: "Send the pitch's text" }).max(10_000, {
    error: "The pitch is too long to check (10,000 characters at most)",
  }),
});
export type CoachPitchRequest = z.input<typeof coachPitchRequestSchema>;
