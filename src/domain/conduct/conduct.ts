import { z } from "zod";
import { mentionPermissions } from "../network.js";
import { clientId, instant, optionalText, requiredText } from "../text-fields.js";

/**
 * Conduct mode (METHOD §5): one conversation run from a phone. A conversation is its
 * "meeting_scheduled" entry (`activityId`); its questions are the preparation's plan.
 */

/** A planned question during the conversation: asked, or answered without my asking. */
export const questionMarks = ["asked", "answered"] as const;
export type QuestionMark = (typeof questionMarks)[number];

export interface ConductSession {
  activityId: string;
  startedAt: string;
  endedAt: string | null;
  /** The explorer asked permission to take notes. */
  notesPermission: boolean;
  updatedAt: string;
}

/** One line of the free notes pad. */
export interface ConductNote {
  id: string;
  activityId: string;
  body: string;
  notedAt: string;
  createdAt: string;
}

export const conductLimits = { note: 5000, questionNote: 500, notesPerConversation: 1000 } as const;

/** Tick a planned question (or clear it: null) and its one-line note. */
export const questionMarkInputSchema = z.object({
  asked: z
    .union([z.null(), z.enum(questionMarks, { error: "Choose asked or answered" })])
    .optional(),
  note: optionalText("The note", conductLimits.questionNote),
});
export type QuestionMarkInput = z.output<typeof questionMarkInputSchema>;

/** A note of the pad, with the client's id so an offline replay writes it once. */
export const conductNoteInputSchema = z.object({
  id: clientId(),
  body: requiredText("The note", conductLimits.note),
  /** When it was typed on the device (it may arrive later, from the outbox). */
  notedAt: instant("when the note was taken").optional(),
});
export type ConductNoteInput = z.output<typeof conductNoteInputSchema>;

/** "+ person": a name said in the conversation, introduced by the contact. */
export const capturedPersonInputSchema = z.object({
  id: clientId(),
  name: requiredText("Their name", 200),
  /** "May I mention you?": asked of the contact about this introduction. */
  mentionPermission: z.enum(mentionPermissions).optional().default("not_asked"),
  note: optionalText("What they said about them", 2000),
});
export type CapturedPersonInput = z.output<typeof capturedPersonInputSchema>;

/** Ending: the real length, from the session's start to its end (editable). */
export const endConversationInputSchema = z.object({
  endedAt: instant("when it ended").optional(),
  durationMinutes: z
    .number({ error: "Enter the length in minutes" })
    .int({ error: "Enter the length in whole minutes" })
    .min(1, { error: "It lasted at least a minute" })
    .max(240, { error: "It lasted at most 240 minutes" })
    .optional(),
});
export type EndConversationInput = z.output<typeof endConversationInputSchema>;
