// What can be logged about a person and how it is named: no schema here, so a page that only
// shows kinds, outcomes or modes loads no zod (activity.ts, which re-exports all of this, has the schema).

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
