import { z } from "zod";
import type { OutreachKind } from "./draft-purpose.js";
import { builtInFollowUpTemplates } from "./follow-up-templates.js";
import { builtInTemplates, fillTemplate, mergeFields } from "./outreach-draft.js";
import type { Profile } from "./profile.js";
import { clientId, optionalText } from "./text-fields.js";
import { pluralForm } from "./wording/plural.js";

/** What a template is for: the three first touches, a thank-you, a confirmation and an update. */
export const templatePurposes = [
  "email",
  "letter",
  "network_message",
  "thank_you",
  "confirm",
  "update",
] as const;
export type TemplatePurpose = (typeof templatePurposes)[number];

export const templatePurposeLabels: Record<TemplatePurpose, string> = {
  email: "First e-mail",
  letter: "First letter",
  network_message: "Networking-site message",
  thank_you: "Thank-you",
  confirm: "Confirmation",
  update: "Update",
};

/**
 * Every merge field a user's template may use: the first-touch fields, and those a
 * thank-you or a confirmation fills (the explorer's phone, when and where they meet).
 * The one list the validation, the editor's buttons and the preview share.
 */
export const templateMergeFields = [
  ...new Set([...mergeFields, "my_phone", "when", "place"] as const),
] as const;
export type TemplateMergeField = (typeof templateMergeFields)[number];

export const mergeFieldLabels: Record<TemplateMergeField, string> = {
  first_name: "First name",
  full_name: "Full name",
  formal_name: "Formal name (Dr. Chen)",
  organization: "Organization",
  title: "Job title",
  introducer: "Who introduced you",
  my_name: "My name",
  my_role: "My school or role",
  field: "Field",
  window: "When (window)",
  length: "How long",
  status: "Where I am (sentence)",
  why_you: "Why them (sentence)",
  connection: "Introduction (sentence)",
  my_phone: "My phone",
  when: "Meeting time",
  place: "Meeting place",
};

/** A template the explorer wrote and saved. */
export interface Template {
  id: string;
  name: string;
  purpose: TemplatePurpose;
  subject: string | null;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const placeholderPattern = /\{\{([^{}]*)\}\}/g;

function isMergeField(name: string): boolean {
  return templateMergeFields.some((field) => field === name);
}

/** Names inside `{{…}}` that are not merge fields (as written), in order, once each. */
export function unknownMergeFields(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(placeholderPattern)) {
    const name = (match[1] ?? "").trim();
    // fillTemplate reads names case-insensitively, so {{First_Name}} is fine.
    if (!isMergeField(name.toLowerCase())) unknown.add(name);
  }
  return [...unknown];
}

/** The message for a text with unknown merge fields, naming them and listing the valid ones. */
export function unknownMergeFieldMessage(unknown: readonly string[]): string {
  const named = unknown.map((name) => `{{${name}}}`).join(", ");
  const valid = templateMergeFields.map((field) => `{{${field}}}`).join(", ");
  return `${pluralForm(unknown.length, { one: "Unknown merge field", other: "Unknown merge fields" })} ${named}. Use one of: ${valid}.`;
}

function checkMergeFields(text: string | null, context: z.RefinementCtx) {
  if (!text) return;
  const unknown = unknownMergeFields(text);
  if (unknown.length > 0)
    context.addIssue({ code: "custom", message: unknownMergeFieldMessage(unknown) });
  // "{{first_name" without its closing braces would be sent to the person as it is.
  else if (text.replace(placeholderPattern, "").includes("{{")) {
    context.addIssue({
      code: "custom",
      message:
        "A merge field is not closed: write it as {{first_name}}, with two braces each side.",
    });
  }
}

export const templateInputSchema = z.object({
  id: clientId(),
  name: z
    .string({ error: "Enter a name" })
    .trim()
    .min(1, { error: "Enter a name" })
    .max(100, { error: "Name is too long (at most 100 characters)" }),
  purpose: z.enum(templatePurposes, { error: "Choose what the template is for" }),
  subject: optionalText("Subject", 200).superRefine(checkMergeFields),
  body: z
    .string({ error: "Write the template's text" })
    .max(20_000, { error: "The text is too long (at most 20,000 characters)" })
    .refine((body) => body.trim().length > 0, { error: "Write the template's text" })
    .superRefine(checkMergeFields),
});
export type TemplateInput = z.output<typeof templateInputSchema>;
export type TemplateDraft = z.input<typeof templateInputSchema>;

function isOutreachKind(purpose: TemplatePurpose): purpose is OutreachKind {
  return purpose === "email" || purpose === "letter" || purpose === "network_message";
}

/** The built-in text to start a template from. */
export function builtInTemplateFor(purpose: TemplatePurpose): string {
  return isOutreachKind(purpose) ? builtInTemplates[purpose] : builtInFollowUpTemplates[purpose];
}

/** Values for the editor's preview: a made-up person, and the explorer as they are. */
export function sampleMergeValues(
  profile: Pick<Profile, "name" | "schoolOrRole" | "phone">,
): Record<TemplateMergeField, string> {
  const myName = profile.name ?? "Jordan Lee";
  return {
    first_name: "Maya",
    full_name: "Maya Chen",
    formal_name: "Maya Chen",
    organization: "Hopkins Digital Health",
    title: "UX researcher",
    introducer: "Sam Ortiz",
    my_name: myName,
    my_role: profile.schoolOrRole ?? "senior at Towson University",
    field: "UX research",
    window: "between 10 and 15 October",
    length: "20 minutes",
    status: "I'm graduating soon and looking into UX research",
    why_you: "We both studied at Towson University.",
    connection: "Sam Ortiz suggested I get in touch with you.",
    my_phone: profile.phone ?? "(410) 555-0123",
    when: "on Tuesday 14 October at 10:00 AM",
    place: "at Café Lumen, 12 Charles Street",
  };
}

/** The template as the sample person would receive it. */
export function previewTemplate(
  text: string,
  profile: Pick<Profile, "name" | "schoolOrRole" | "phone">,
): string {
  return fillTemplate(text, sampleMergeValues(profile));
}
