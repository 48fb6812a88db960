import { z } from "zod";
import { clientId, instant, optionalText, requiredText } from "./text-fields.js";

/** May the introducer be named in outreach? (METHOD §2: ask the introducer first.) */
export const mentionPermissions = ["yes", "no", "not_asked"] as const;
export type MentionPermission = (typeof mentionPermissions)[number];
export const mentionPermissionLabels: Record<MentionPermission, string> = {
  yes: "Yes, I may mention them",
  no: "No, don't mention them",
  not_asked: "Not asked yet",
};

/** "Do you know a speech therapist who works with children?", asked of someone. */
export interface NetworkAsk {
  id: string;
  /** Whom the explorer asked. */
  personId: string;
  askedAt: string;
  question: string;
  /** What came of it, in the explorer's words. */
  outcome: string | null;
  /** People suggested in answer, recorded with this ask as their origin. */
  suggestedPersonIds: string[];
  createdAt: string;
  updatedAt: string;
}

export const networkAskInputSchema = z.object({
  id: clientId(),
  askedAt: instant("when you asked"),
  question: requiredText("What you asked", 1000),
  outcome: optionalText("What came of it", 5000),
  /** Names suggested in answer: each becomes a person referred by the one asked. */
  suggestedNames: z
    .array(z.string().trim().max(200, { error: "Each name must be at most 200 characters" }))
    .max(50)
    .optional()
    .transform((names) => (names ?? []).filter(Boolean)),
});
export type NetworkAskInput = z.output<typeof networkAskInputSchema>;
export type NetworkAskDraft = z.input<typeof networkAskInputSchema>;
