import {
  defaultConversationMinutes,
  type ScheduledConversation,
  whenPhrase,
  whenPlaceholder,
  wherePhrase,
} from "./confirm-draft.js";
import { pastDayPhrase } from "./draft-parts.js";
import { fillTemplate, type OutreachDraft } from "./outreach-draft.js";
import type { Person } from "./person.js";
import { firstName, formalName } from "./person-name.js";
import type { Profile } from "./profile.js";
import { type HeldConversation, nextStepPlaceholder, saidPlaceholder } from "./thank-you-draft.js";
import { adviceToCitePlaceholder, whatCameOfItPlaceholder } from "./update-draft.js";

export type FollowUpPurpose = "thank_you" | "confirm" | "update";

/**
 * The built-in thank-you and confirmation as templates, to start the explorer's own from.
 * Same words as the drafts Rapport writes; the bracketed parts only the explorer can fill.
 */
export const builtInFollowUpTemplates: Record<FollowUpPurpose, string> = {
  thank_you: `Hello {{first_name}},

Thank you for taking the time to talk with me {{when}}. What you said about ${saidPlaceholder} has stayed with me.

Your advice gave me a clear next step: ${nextStepPlaceholder}. I would be glad to keep you posted on how it goes.

Thank you again for your generosity.

Best regards,
{{my_name}}`,
  update: `Hello {{first_name}},

I wanted to tell you what came of your advice. When we spoke {{when}}, you suggested ${adviceToCitePlaceholder}.

${whatCameOfItPlaceholder}.

Thank you again — it made a real difference, and I will keep you posted.

Best regards,
{{my_name}}`,
  confirm: `Hello {{first_name}},

I am writing to confirm our conversation {{when}}, for {{length}}, {{place}}.

My phone number is {{my_phone}} in case anything changes. I look forward to talking with you.

Best regards,
{{my_name}}`,
};

export interface FollowUpMergeRequest {
  purpose: FollowUpPurpose;
  profile: Pick<Profile, "name" | "schoolOrRole" | "phone">;
  person: Pick<Person, "name" | "title" | "organizationName">;
  /** For a thank-you: the conversation held. */
  held: HeldConversation | null;
  /** For a confirmation: the conversation to come. */
  scheduled: ScheduledConversation | null;
  now: Date;
  timeZone: string;
}

/**
 * What an explorer's own thank-you or confirmation template is filled with. A value the
 * log or profile does not have stays `{{field}}`, so the coach points at it.
 */
export function followUpMergeValues(request: FollowUpMergeRequest): Record<string, string> {
  const { profile, person, now, timeZone } = request;
  const values: Record<string, string> = {
    first_name: firstName(person.name),
    full_name: person.name.trim(),
    formal_name: formalName(person.name),
  };
  if (person.organizationName) values.organization = person.organizationName;
  if (person.title) values.title = person.title;
  if (profile.name) values.my_name = profile.name;
  if (profile.schoolOrRole) values.my_role = profile.schoolOrRole;
  if (profile.phone?.trim()) values.my_phone = profile.phone.trim();
  if (request.purpose === "thank_you" || request.purpose === "update") {
    if (request.held) values.when = pastDayPhrase(request.held.at, now, timeZone);
    return values;
  }
  const scheduled = request.scheduled;
  const minutes = scheduled?.durationMinutes ?? defaultConversationMinutes;
  values.length = `${minutes} minutes`;
  values.when = scheduled ? whenPhrase(scheduled, now, timeZone) : `on ${whenPlaceholder}`;
  if (scheduled) values.place = wherePhrase(scheduled);
  return values;
}

/** The explorer's own template, filled; its subject too when it has one. */
export function draftFromOwnTemplate(
  template: { subject: string | null; body: string },
  values: Readonly<Record<string, string>>,
  fallbackSubject: string,
): OutreachDraft {
  return {
    subject: template.subject ? fillTemplate(template.subject, values) : fallbackSubject,
    body: fillTemplate(template.body, values)
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
  };
}
