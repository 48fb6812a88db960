import { z } from "zod";
import type { ActivityDraft } from "./activity.js";

/**
 * Scheduling a conversation logs a `meeting_scheduled` entry, so its fields are the log
 * entry's (checked by activityInputSchema: the time, a length of 5–240 minutes, a mode,
 * a place); only whom it is with is asked for here, before anything is logged.
 */
export const conversationScheduleSchema = z.object({
  personId: z.string({ error: "Choose the person" }).min(1).max(100),
});

/** What the schedule dialog sends; a length left out takes the settings' default. */
export type ConversationScheduleDraft = z.input<typeof conversationScheduleSchema> &
  Pick<ActivityDraft, "id" | "scheduledFor" | "durationMinutes" | "channel" | "place" | "detail">;

/** A new time for the same conversation; its length, mode and place stay. */
export type ConversationRescheduleDraft = { scheduledFor: string };

/**
 * "It happened": when it started and how long it really took, both optional (the
 * scheduled start and the booked length); checked as the log entry's fields.
 */
export type ConversationHeldDraft = Partial<Pick<ActivityDraft, "occurredAt" | "durationMinutes">>;

/** It did not happen: who cancelled, or that they did not come (a cancellation outcome). */
export type ConversationCancelledDraft = { outcome: string };
