import type { Activity, Channel } from "./activity.js";
import {
  calendarDaysFrom,
  clockTime,
  greetingLine,
  myPhoneField,
  signOffLines,
  weekdayDate,
} from "./draft-parts.js";
import { parenthetical, tidyFragment } from "./draft-phrasing.js";
import type { OutreachKind } from "./draft-purpose.js";
import type { OutreachDraft } from "./outreach-draft.js";
import type { Person } from "./person.js";
import type { Profile } from "./profile.js";

/** Stand in for what the log does not say yet; the coach flags each one left in the draft. */
export const whenPlaceholder = "[the day and time]";
export const wherePlaceholder = "[where we are meeting]";
export const linkPlaceholder = "[the link to the call]";

/** METHOD §3 and Settings: a conversation lasts 30 minutes unless the log says otherwise. */
export const defaultConversationMinutes = 30;

/** The conversation to confirm, as the log's "Conversation scheduled" entry has it. */
export interface ScheduledConversation {
  startsAt: string;
  durationMinutes: number | null;
  channel: Channel | null;
  /** The address, or the phone number or video link for a remote conversation. */
  place: string | null;
}

/** A log entry that schedules a conversation; length and place are optional on older entries. */
type SchedulingEntry = Pick<Activity, "kind" | "occurredAt" | "scheduledFor" | "channel"> & {
  durationMinutes?: number | null;
  place?: string | null;
};

/** The person's latest scheduling (the last one logged wins, as in the cadence), or null. */
export function latestScheduled(log: readonly SchedulingEntry[]): ScheduledConversation | null {
  let latest: SchedulingEntry | null = null;
  for (const entry of log) {
    if (entry.kind !== "meeting_scheduled" || !entry.scheduledFor) continue;
    if (!latest || entry.occurredAt >= latest.occurredAt) latest = entry;
  }
  if (!latest?.scheduledFor) return null;
  return {
    startsAt: latest.scheduledFor,
    durationMinutes: latest.durationMinutes ?? null,
    channel: latest.channel,
    // Set mid-sentence: its own full stop and any unpartnered bracket would break the sentence.
    place: tidyFragment(latest.place ?? "") || null,
  };
}

export interface ConfirmDraftRequest {
  kind: OutreachKind;
  profile: Pick<Profile, "name" | "phone">;
  person: Pick<Person, "name">;
  conversation: ScheduledConversation | null;
  now: Date;
  /** The explorer's time zone: the date and time are written in it, with its name. */
  timeZone: string;
}

/** "tomorrow, Tuesday 4 March, at 3:00 PM UTC", in the explorer's time zone. */
export function whenPhrase(
  conversation: ScheduledConversation,
  now: Date,
  timeZone: string,
): string {
  const { startsAt } = conversation;
  const days = calendarDaysFrom(now, startsAt, timeZone);
  const date = weekdayDate(startsAt, timeZone);
  const time = clockTime(startsAt, timeZone);
  if (days === 0) return `today, ${date}, at ${time}`;
  if (days === 1) return `tomorrow, ${date}, at ${time}`;
  return `on ${date} at ${time}`;
}

/** How and where: "at Café Milano", "by phone (I will call 410 555 0100)", "by video at …". */
export function wherePhrase(conversation: ScheduledConversation): string {
  const place = conversation.place ? tidyFragment(conversation.place) || null : null;
  switch (conversation.channel) {
    case "in_person":
      return `at ${place ?? wherePlaceholder}`;
    case "phone":
      return place ? `by phone (${parenthetical(place)})` : "by phone";
    case "video":
      return `by video at ${place ?? linkPlaceholder}`;
    case "email":
      return "by e-mail";
    case "letter":
    case "networking_site":
    case null:
      return place ? `at ${place}` : `at ${wherePlaceholder}`;
  }
}

/**
 * The confirmation sent the day before (METHOD §3 and the cadence): the date and time in
 * the explorer's zone, the length, the mode and place or link, and the explorer's phone
 * number in case anything changes ({{my_phone}}, flagged by the coach, when none is saved).
 */
export function draftConfirmation(request: ConfirmDraftRequest): OutreachDraft {
  const { conversation, kind } = request;
  const minutes = conversation?.durationMinutes ?? defaultConversationMinutes;
  const details = conversation
    ? `${whenPhrase(conversation, request.now, request.timeZone)}, for ${minutes} minutes, ${wherePhrase(conversation)}`
    : `on ${whenPlaceholder}, for ${minutes} minutes, at ${wherePlaceholder}`;
  const phone = request.profile.phone?.trim() || myPhoneField;
  const body = [
    greetingLine(kind, request.person.name),
    `I am writing to confirm our conversation ${details}.`,
    `My phone number is ${phone} in case anything changes. I look forward to ${
      conversation?.channel === "in_person" ? "seeing you" : "talking with you"
    }.`,
    signOffLines(kind, request.profile.name),
  ].join("\n\n");
  return { subject: "Confirming our conversation", body };
}
