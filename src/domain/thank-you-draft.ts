import type { Activity, Channel } from "./activity.js";
import { deriveConversations } from "./conversation.js";
import { dueDayPhrase, greetingLine, pastDayPhrase, signOffLines } from "./draft-parts.js";
import type { OutreachKind } from "./draft-purpose.js";
import type { Takeaway } from "./follow-up/takeaway.js";
import type { OutreachDraft } from "./outreach-draft.js";
import type { Person } from "./person.js";
import type { Profile } from "./profile.js";
import {
  actionSentence,
  alreadyDoneSentence,
  pointSentence,
  pointToName,
} from "./takeaway-phrasing.js";

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
  person: Pick<Person, "name"> & Partial<Pick<Person, "profileUrl">>;
  /** The latest conversation held, or null when none is logged yet. */
  conversation: HeldConversation | null;
  /** That conversation's takeaways (METHOD §6), in the order written; none leaves the blanks. */
  takeaways?: readonly Takeaway[];
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
 * The "meeting_scheduled" entry of the latest conversation that happened: whose takeaways
 * a thank-you (and an update without a conversation named) is written from.
 */
export function latestHeldConversationId(log: readonly Activity[], now: Date): string | null {
  const held = deriveConversations(log, now, 30).filter(
    (conversation) => conversation.status === "held",
  );
  held.sort((first, second) => (first.startsAt < second.startsAt ? 1 : -1));
  return held[0]?.activityId ?? null;
}

/** A networking site's name from a profile address, when the person has one there. */
export function networkingSite(profileUrl: string | null | undefined): string | null {
  const host = /^(?:https?:\/\/)?([^/?#\s]+)/i.exec(profileUrl?.trim() ?? "")?.[1]?.toLowerCase();
  if (!host) return null;
  if (/(?:^|\.)linkedin\.com$|^lnkd\.in$/.test(host)) return "LinkedIn";
  if (/(?:^|\.)xing\.com$/.test(host)) return "XING";
  return null;
}

/**
 * The offer to stay in touch: to connect on the networking site where they have a profile
 * (unless this very message goes there), else to keep them posted.
 */
export function stayInTouchSentence(
  kind: OutreachKind,
  person: Partial<Pick<Person, "profileUrl">>,
): string {
  const site = networkingSite(person.profileUrl);
  if (site && kind !== "network_message") {
    return `I'd like to keep you posted on how it goes — may I connect with you on ${site}?`;
  }
  return "I'll let you know how it goes.";
}

/**
 * A thank-you to send within a day of the conversation (METHOD §6): thanks for their time,
 * one thing they said, what the explorer will do next with the advice, and an offer to keep
 * them posted. From the conversation's takeaways when there are some: the point they made
 * (their advice first), the action the explorer took down with its day, and the offer. What
 * the takeaways do not say stays a blank only the explorer can fill, and the coach flags it.
 */
export function draftThankYou(request: ThankYouDraftRequest): OutreachDraft {
  const { conversation, kind } = request;
  const takeaways = request.takeaways ?? [];
  const when = conversation
    ? ` ${pastDayPhrase(conversation.at, request.now, request.timeZone)}`
    : "";
  const thanks = `Thank you for taking the time to ${tookTheTime(conversation?.channel ?? null)}${when}.`;
  const point = pointToName(takeaways);
  const action =
    takeaways.find((takeaway) => takeaway.tag === "action" && !takeaway.actionDoneAt) ??
    takeaways.find((takeaway) => takeaway.tag === "action");
  if (!point && !action) {
    const body = [
      greetingLine(kind, request.person.name),
      `${thanks} What you said about ${saidPlaceholder} has stayed with me.`,
      `Your advice gave me a clear next step: ${nextStepPlaceholder}. I would be glad to keep you posted on how it goes.`,
      "Thank you again for your generosity.",
      signOffLines(kind, request.profile.name),
    ].join("\n\n");
    return { subject: "Thank you for your time and advice", body };
  }
  const pointLine = point
    ? pointSentence(point)
    : `What you said about ${saidPlaceholder} has stayed with me.`;
  const actionLine = action?.actionDoneAt
    ? alreadyDoneSentence(action.text)
    : action
      ? actionSentence(
          action.text,
          action.actionDueOn
            ? dueDayPhrase(action.actionDueOn, request.now, request.timeZone)
            : null,
        )
      : `Your advice gave me a clear next step: ${nextStepPlaceholder}.`;
  const body = [
    greetingLine(kind, request.person.name),
    `${thanks} ${pointLine}`,
    `${actionLine} ${stayInTouchSentence(kind, request.person)}`,
    "Thank you again for your generosity.",
    signOffLines(kind, request.profile.name),
  ].join("\n\n");
  return { subject: "Thank you for your time and advice", body };
}
