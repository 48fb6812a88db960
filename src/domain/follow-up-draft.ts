import type { Activity, ActivityDraft, ActivityKind, Channel } from "./activity.js";
import { draftConfirmation, latestScheduled } from "./confirm-draft.js";
import type { DraftPurpose, OutreachKind } from "./draft-purpose.js";
import type { Takeaway } from "./follow-up/takeaway.js";
import { draftFromOwnTemplate, followUpMergeValues } from "./follow-up-templates.js";
import type { OutreachDraft } from "./outreach-draft.js";
import type { Person } from "./person.js";
import type { Profile } from "./profile.js";
import type { Template } from "./template.js";
import { draftThankYou, latestConversation } from "./thank-you-draft.js";
import { draftUpdate } from "./update-draft.js";

/** What a thank-you or confirmation is drafted from besides the person and the profile. */
export interface FollowUpContext {
  /** The person's log, in any order. */
  log: readonly Activity[];
  /** The explorer's time zone, for "yesterday" and "tomorrow at 3:00 PM". */
  timeZone: string;
  /**
   * The takeaways of the conversation the draft is about (a thank-you: the latest held one;
   * an update: the one named, else the latest held one), in the order written.
   */
  takeaways?: readonly Takeaway[];
}

/** When the conversation the takeaways belong to started (its scheduled entry), if logged. */
function conversationStart(
  log: readonly Activity[],
  takeaways: readonly Takeaway[],
): string | null {
  const activityId = takeaways[0]?.activityId;
  const entry = log.find((candidate) => candidate.id === activityId);
  return entry?.scheduledFor ?? null;
}

/**
 * The thank-you or confirmation Rapport proposes, from the log as it stands at `now`: from
 * the explorer's own template for this purpose when one is chosen, else Rapport's own words.
 */
export function draftFollowUp(
  purpose: Exclude<DraftPurpose, "outreach">,
  kind: OutreachKind,
  profile: Profile,
  person: Person,
  context: FollowUpContext,
  now: Date,
  own: Template | null = null,
): OutreachDraft {
  const common = { kind, profile, person, now, timeZone: context.timeZone };
  const held = latestConversation(context.log);
  const scheduled = latestScheduled(context.log);
  const takeaways = context.takeaways ?? [];
  const drafted =
    purpose === "thank_you"
      ? draftThankYou({ ...common, conversation: held, takeaways })
      : purpose === "update"
        ? draftUpdate({
            ...common,
            takeaways,
            conversationAt: conversationStart(context.log, takeaways) ?? held?.at ?? null,
          })
        : draftConfirmation({ ...common, conversation: scheduled });
  if (own?.purpose !== purpose) return drafted;
  const values = followUpMergeValues({ ...common, purpose, held, scheduled });
  return draftFromOwnTemplate(own, values, drafted.subject);
}

/** The log entry a first touch of each kind is. */
export const sentActivityKind: Record<OutreachKind, ActivityKind> = {
  email: "email_sent",
  letter: "letter_sent",
  network_message: "network_message_sent",
};

const sentChannels: Record<OutreachKind, Channel> = {
  email: "email",
  letter: "letter",
  network_message: "networking_site",
};

/** What a sent draft is in the log: a first touch, a thank-you, a confirmation or an update. */
export function sentEntry(
  purpose: DraftPurpose,
  kind: OutreachKind,
  text: string,
): Omit<ActivityDraft, "occurredAt"> {
  switch (purpose) {
    case "outreach":
      return { kind: sentActivityKind[kind], detail: text };
    case "thank_you":
      return { kind: "thank_you_sent", channel: sentChannels[kind], detail: text };
    case "confirm":
      // Any touch from the day before counts as the confirmation in the cadence.
      return { kind: sentActivityKind[kind], detail: `Confirmation\n\n${text}` };
    case "update":
      return { kind: "update_sent", channel: sentChannels[kind], detail: text };
  }
}
