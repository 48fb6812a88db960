import { z } from "zod";
import { defaultOutreachLimits, type OutreachLimits } from "./coach/finding.js";

/** The coach's word limits: the explorer's saved values over METHOD's defaults. */
export type CoachLimits = OutreachLimits;

/** 150 words for an e-mail, about one page for a letter, a short note on a networking site. */
export const defaultCoachLimits: CoachLimits = defaultOutreachLimits;

const words = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number of words` })
    // Below this the six parts of a first touch (METHOD §3) cannot fit at all.
    .min(20, { error: `${label} must be at least 20 words` })
    .max(2000, { error: `${label} must be at most 2,000 words` });

export const coachLimitsSchema = z.object({
  emailWords: words("The e-mail limit"),
  letterWords: words("The letter limit"),
  networkMessageWords: words("The message limit"),
});

/** Saved limits over the defaults; anything saved that no longer validates gives the defaults. */
export function coachLimitsFrom(saved: unknown): CoachLimits {
  const merged = {
    ...defaultCoachLimits,
    ...(typeof saved === "object" && saved !== null ? saved : {}),
  };
  const checked = coachLimitsSchema.safeParse(merged);
  return checked.success ? checked.data : defaultCoachLimits;
}
