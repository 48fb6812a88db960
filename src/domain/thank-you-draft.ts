import type { Activity, Channel } from "./activity.js";
import { greetingLine, pastDayPhrase, signOffLines } from "./draft-parts.js";
import type { OutreachKind } from "./draft-purpose.js";
import type { OutreachDraft } from "./outreach-draft.js";
import type { Person } from "./person.js";
import type { Profile } from "./profile.js";

/** What only the explorer remembers; the coach flags each one left in the draft. */
export const saidPlaceholder = "[one thing they said that stayed with you]";
export const nextStepPlaceholder = "[what you will do next with their advice]";

/** The conversation being thanked for. */
export interface HeldConversation {
  at: string;
  channel: Channel | null;
}

export interface ThankYouDraftRequest {
  kind: OutreachKind;
  profile: Pick<Profile, "name">;
  person: Pick<Person, "name">;
  /** The latest conversation held, or null when none is logged yet. */
  conversation: HeldConversation | null;
  now: Date;
  /** The explorer's time zone, for "yesterday" and "today". */
  timeZone: string;
}

/** The latest conversation in a person's log (any order), for the thank-you to refer to. */
export function latestConversation(
  log: readonly Pick<Activity, "kind" | "occurredAt" | "channel">[],
): HeldConversation | null {
  let latest: (typeof log)[number] | null = null;
  for (const entry of log) {
    if (entry.kind !== "conversation_held") continue;
    if (!latest || entry.occurredAt > latest.occurredAt) latest = entry;
  }
  return latest ? { at: latest.occurredAt, channel: latest.channel } : null;
}

function tookTheTime(channel: Channel | null): string {
  switch (channel) {
    case "in_person":
      return "meet with me";
    case "phone":
      return "speak with me";
    case "email":
    case "letter":
    case "networking_site":
      return "answer my questions";
    case "video":
    case null:
      return "talk with me";
  }
}

/**
 * A thank-you to send within a day of the conversation (METHOD §6): thanks for their time,
 * one thing they said, what the explorer will do next with the advice, and an offer to keep
 * them posted. The specifics are placeholders only the explorer can fill.
 */
export function draftThankYou(request: ThankYouDraftRequest): OutreachDraft {
  const { conversation, kind } = request;
  const when = conversation
    ? ` ${pastDayPhrase(conversation.at, request.now, request.timeZone)}`
    : "";
  const body = [
    greetingLine(kind, request.person.name),
    `Thank you for taking the time to ${tookTheTime(conversation?.channel ?? null)}${when}. What you said about ${saidPlaceholder} has stayed with me.`,
    `Your advice gave me a clear next step: ${nextStepPlaceholder}. I would be glad to keep you posted on how it goes.`,
    "Thank you again for your generosity.",
    signOffLines(kind, request.profile.name),
  ].join("\n\n");
  return { subject: "Thank you for your time and advice", body };
}
