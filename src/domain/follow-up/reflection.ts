import { z } from "zod";
import { optionalText } from "../text-fields.js";

/** How did I come across? METHOD §6's five Cs, each rated 1 to 5. */
export const fiveCs = [
  "confidence",
  "competence",
  "communication",
  "character",
  "chemistry",
] as const;
export type FiveC = (typeof fiveCs)[number];
export const fiveCLabels: Record<FiveC, string> = {
  confidence: "Confidence",
  competence: "Competence",
  communication: "Communication",
  character: "Character",
  chemistry: "Chemistry",
};

export interface Reflection {
  /** The conversation's "meeting_scheduled" entry. */
  activityId: string;
  /** 1–5, or null when not rated. */
  ratings: Record<FiveC, number | null>;
  note: string | null;
  /** What I would change next time: shown on the next preparation page. */
  changeNext: string | null;
  updatedAt: string;
}

// One number schema, nullable (not a union), so 2.5 or "4" is told "Rate from 1 to 5" too.
const rating = z
  .number({ error: "Rate from 1 to 5" })
  .int({ error: "Rate from 1 to 5" })
  .min(1, { error: "Rate from 1 to 5" })
  .max(5, { error: "Rate from 1 to 5" })
  .nullish()
  .transform((value) => value ?? null);

export const reflectionInputSchema = z.object({
  ratings: z.object({
    confidence: rating,
    competence: rating,
    communication: rating,
    character: rating,
    chemistry: rating,
  }),
  note: optionalText("The note", 5000),
  changeNext: optionalText("What you would change", 5000),
});
export type ReflectionInput = z.output<typeof reflectionInputSchema>;
export type ReflectionDraft = z.input<typeof reflectionInputSchema>;
