import { z } from "zod";
import type { ConversationMode } from "../activity.js";
import type { ConversationStatus } from "../conversation.js";
import type { MentionPermission } from "../network.js";
import type { QuestionGroup } from "../prepare/preparation.js";
import type { PrepareSettings } from "../prepare/prepare-settings.js";
import { instant } from "../text-fields.js";
import {
  type ConductNote,
  type ConductSession,
  capturedPersonInputSchema,
  type QuestionMark,
} from "./conduct.js";

/**
 * Conduct mode's page in one read (GET /api/conversations/:id/conduct): everything it needs
 * to run the conversation with no connection, so a device can keep it.
 */
export interface ConductView {
  conversation: {
    activityId: string;
    personId: string;
    personName: string;
    organizationName: string | null;
    startsAt: string;
    endsAt: string;
    durationMinutes: number;
    mode: ConversationMode | null;
    place: string | null;
    placeLink: string | null;
    status: ConversationStatus;
  };
  objective: string | null;
  /** The plan in priority order, with the ticks and notes made during the conversation. */
  questions: ConductQuestion[];
  /** The pitch as said (the organization's, else the default) and its spoken seconds. */
  pitch: { text: string; spokenSeconds: number } | null;
  settings: Pick<PrepareSettings, "minutesPerAnswer" | "openingMinutes" | "windDownMinutes">;
  session: ConductSession | null;
  /** The notes pad, in the order taken. */
  notes: ConductNote[];
  /** People named during this conversation ("+ person"), introduced by the contact. */
  capturedPeople: CapturedPerson[];
  /** The server's clock when read. */
  readAt: string;
}

export interface ConductQuestion {
  id: string;
  text: string;
  group: QuestionGroup;
  spare: boolean;
  asked: QuestionMark | null;
  note: string | null;
}

export interface CapturedPerson {
  id: string;
  name: string;
  mentionPermission: MentionPermission;
}

/** The network ask "+ person" logs with each name. */
export const captureQuestion = "Who else should I talk to?";

/** Starting: when, on the device (the outbox may send it later). */
export const startConversationInputSchema = z.object({
  startedAt: instant("when it started").optional(),
});
export type StartConversationInput = z.output<typeof startConversationInputSchema>;

export const notesPermissionInputSchema = z.object({
  granted: z.boolean({ error: "Say whether they agreed" }),
});
export type NotesPermissionInput = z.output<typeof notesPermissionInputSchema>;

/** "+ person", with when the name was said on the device (it may arrive later). */
export const capturePersonInputSchema = capturedPersonInputSchema.extend({
  capturedAt: instant("when the name was said").optional(),
});
export type CapturePersonInput = z.input<typeof capturePersonInputSchema>;
