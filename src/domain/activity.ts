import { z } from "zod";
import { clientId, instant, optionalText } from "./text-fields.js";

/** Everything that can be logged about a person (METHOD §3, "the log"). */
export const activityKinds = [
  "letter_sent",
  "email_sent",
  "network_message_sent",
  "call",
  "reply_received",
  "declined",
  "snafu",
  "meeting_scheduled",
  "conversation_held",
  "conversation_cancelled",
  "thank_you_sent",
  "update_sent",
  "note",
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const activityKindLabels: Record<ActivityKind, string> = {
  letter_sent: "Letter sent",
  email_sent: "Email sent",
  network_message_sent: "Networking-site message sent",
  call: "Call",
  reply_received: "Reply received",
  declined: "Declined",
  snafu: "Snafu",
  meeting_scheduled: "Conversation scheduled",
  conversation_held: "Conversation held",
  conversation_cancelled: "Conversation cancelled",
  thank_you_sent: "Thank-you sent",
  update_sent: "Update sent",
  note: "Note",
};

export const callOutcomes = ["answered", "no_answer", "voicemail", "message_left"] as const;
export type CallOutcome = (typeof callOutcomes)[number];
export const callOutcomeLabels: Record<CallOutcome, string> = {
  answered: "Answered",
  no_answer: "No answer",
  voicemail: "Voicemail left",
  message_left: "Message left with someone",
};

export const declineOutcomes = ["no", "maybe_later", "try_someone_else"] as const;
export type DeclineOutcome = (typeof declineOutcomes)[number];
export const declineOutcomeLabels: Record<DeclineOutcome, string> = {
  no: "No",
  maybe_later: "Not now, maybe later",
  try_someone_else: "No, but try someone else",
};

/**
 * Why a scheduled conversation did not happen (METHOD §5–§6: "Did it happen?"). Its own
 * log kind, so a cancellation is never mistaken for a decline: the offer to reschedule
 * follows from it.
 */
export const cancellationOutcomes = ["cancelled_by_them", "cancelled_by_me", "no_show"] as const;
export type CancellationOutcome = (typeof cancellationOutcomes)[number];
export const cancellationOutcomeLabels: Record<CancellationOutcome, string> = {
  cancelled_by_them: "They cancelled",
  cancelled_by_me: "I cancelled",
  no_show: "They did not come",
};

export const channels = [
  "letter",
  "email",
  "networking_site",
  "phone",
  "in_person",
  "video",
] as const;
export type Channel = (typeof channels)[number];

/** How a conversation happens (METHOD §3, "Modes"); stored as the entry's channel. */
export const conversationModes = [
  "in_person",
  "phone",
  "video",
  "email",
] as const satisfies readonly Channel[];
export type ConversationMode = (typeof conversationModes)[number];
export const conversationModeLabels: Record<ConversationMode, string> = {
  in_person: "In person",
  phone: "Phone",
  video: "Video",
  email: "By e-mail",
};

/** A conversation's length is at least a quick call and at most an afternoon. */
export const conversationLengthLimits = { min: 5, max: 240 } as const;

export type ActivityOutcome = CallOutcome | DeclineOutcome | CancellationOutcome;

/** One entry in a person's log. */
export interface Activity {
  id: string;
  personId: string;
  kind: ActivityKind;
  /** When it happened (UTC instant). */
  occurredAt: string;
  channel: Channel | null;
  outcome: ActivityOutcome | null;
  /** For a message left with someone else: who took it. */
  withName: string | null;
  /** For "try someone else": the person they suggested, once recorded. */
  suggestedPersonId: string | null;
  /** For a scheduled conversation: when it will happen. */
  scheduledFor: string | null;
  /** For a scheduled conversation: how long, in minutes; for a held one, how long it really took. */
  durationMinutes: number | null;
  /** For a scheduled conversation: an address or a video link. */
  place: string | null;
  /** Free text: what was said, the snafu, the note. */
  detail: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The channel a kind implies, so the user does not have to say "email" twice. */
export function impliedChannel(kind: ActivityKind): Channel | null {
  switch (kind) {
    case "letter_sent":
      return "letter";
    case "email_sent":
      return "email";
    case "network_message_sent":
      return "networking_site";
    case "call":
      return "phone";
    case "reply_received":
    case "declined":
    case "snafu":
    case "meeting_scheduled":
    case "conversation_held":
    case "conversation_cancelled":
    case "thank_you_sent":
    case "update_sent":
    case "note":
      return null;
  }
}

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
