import { z } from "zod";
import {
  activityKinds,
  callOutcomes,
  cancellationOutcomes,
  channels,
  conversationLengthLimits,
  conversationModes,
  declineOutcomes,
  impliedChannel,
} from "./activity-kinds.js";
import { clientId, instant, optionalText } from "./text-fields.js";

export * from "./activity-kinds.js";

/** What a user submits for a log entry; rules that depend on the kind are checked below. */
export const activityInputSchema = z
  .object({
    id: clientId(),
    kind: z.enum(activityKinds, { error: "Choose what happened from the list" }),
    occurredAt: instant("when it happened"),
    channel: z
      .union([z.literal(""), z.enum(channels)], { error: "Choose a channel from the list" })
      .nullish()
      .transform((channel) => channel || null),
    outcome: z
      .union(
        [
          z.literal(""),
          z.enum(callOutcomes),
          z.enum(declineOutcomes),
          z.enum(cancellationOutcomes),
        ],
        {
          error: "Choose an outcome from the list",
        },
      )
      .nullish()
      .transform((outcome) => outcome || null),
    withName: optionalText("Name", 200),
    suggestedPersonId: optionalText("Suggested person", 100),
    /** A new person they suggested: created, introduced by this one, in the same step. */
    suggestedName: optionalText("Their name", 200),
    scheduledFor: z
      .union([z.literal(""), instant("when the conversation is")], {
        error: "Enter when the conversation is as a date and time",
      })
      .nullish()
      .transform((scheduledFor) => scheduledFor || null),
    durationMinutes: z
      .union(
        [
          z.literal(""),
          z.coerce
            .number({ error: "Enter the length in minutes" })
            .int({ error: "Enter the length in whole minutes" })
            .min(conversationLengthLimits.min, {
              error: `A conversation lasts at least ${conversationLengthLimits.min} minutes`,
            })
            .max(conversationLengthLimits.max, {
              error: `A conversation lasts at most ${conversationLengthLimits.max} minutes`,
            }),
        ],
        { error: "Enter the length in minutes" },
      )
      .nullish()
      .transform((minutes) => (minutes === "" ? null : (minutes ?? null))),
    place: optionalText("Place or link", 500),
    detail: optionalText("Details", 20000),
  })
  .superRefine((activity, context) => {
    const outcome = activity.outcome;
    if (activity.kind === "call" && !callOutcomes.some((allowed) => allowed === outcome)) {
      context.addIssue({ code: "custom", path: ["outcome"], message: "Choose how the call went" });
    }
    if (activity.kind === "declined" && !declineOutcomes.some((allowed) => allowed === outcome)) {
      context.addIssue({ code: "custom", path: ["outcome"], message: "Choose what they said" });
    }
    if (
      activity.kind === "conversation_cancelled" &&
      !cancellationOutcomes.some((allowed) => allowed === outcome)
    ) {
      context.addIssue({
        code: "custom",
        path: ["outcome"],
        message: "Choose who cancelled, or that they did not come",
      });
    }
    const outcomesOfKind: Record<string, readonly string[]> = {
      call: callOutcomes,
      declined: declineOutcomes,
      conversation_cancelled: cancellationOutcomes,
    };
    const allowedOutcomes = outcomesOfKind[activity.kind];
    if (!allowedOutcomes && outcome !== null) {
      context.addIssue({
        code: "custom",
        path: ["outcome"],
        message: "Only calls, declines and cancellations have an outcome",
      });
    }
    if (activity.kind === "call" && outcome === "message_left" && !activity.withName) {
      context.addIssue({
        code: "custom",
        path: ["withName"],
        message: "Enter who took the message",
      });
    }
    if (
      activity.suggestedName &&
      !(activity.kind === "declined" && outcome === "try_someone_else")
    ) {
      context.addIssue({
        code: "custom",
        path: ["suggestedName"],
        message: 'Only a "try someone else" answer suggests a person',
      });
    }
    if (activity.kind === "meeting_scheduled" && !activity.scheduledFor) {
      context.addIssue({
        code: "custom",
        path: ["scheduledFor"],
        message: "Enter when the conversation is",
      });
    }
    if (activity.kind !== "meeting_scheduled") {
      // A held conversation may say how long it really took (conduct mode's end).
      if (activity.durationMinutes !== null && activity.kind !== "conversation_held") {
        context.addIssue({
          code: "custom",
          path: ["durationMinutes"],
          message: "Only a conversation has a length",
        });
      }
      if (activity.place !== null) {
        context.addIssue({
          code: "custom",
          path: ["place"],
          message: "Only a scheduled conversation has a place",
        });
      }
    } else if (activity.channel && !conversationModes.some((mode) => mode === activity.channel)) {
      context.addIssue({
        code: "custom",
        path: ["channel"],
        message: "Choose in person, phone, video or e-mail",
      });
    }
    if ((activity.kind === "snafu" || activity.kind === "note") && !activity.detail) {
      context.addIssue({ code: "custom", path: ["detail"], message: "Write what happened" });
    }
  })
  .transform((activity) => ({
    ...activity,
    channel: activity.channel ?? impliedChannel(activity.kind),
  }));
export type ActivityInput = z.output<typeof activityInputSchema>;
export type ActivityDraft = z.input<typeof activityInputSchema>;
/** A new entry: without `occurredAt` the server stamps it with its own clock. */
export type NewActivityDraft = Omit<ActivityDraft, "occurredAt"> &
  Partial<Pick<ActivityDraft, "occurredAt">>;
