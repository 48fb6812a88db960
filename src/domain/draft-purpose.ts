/**
 * What a draft is and what it is for (METHOD §3 and §6). The coach, the drafts, the
 * templates, the composer and the CLI all key on these; the coach is one reader of them,
 * not their home.
 */

/** The three kinds of first touch METHOD §3 names. */
export const outreachKinds = ["email", "letter", "network_message"] as const;
export type OutreachKind = (typeof outreachKinds)[number];

export const outreachKindLabels: Record<OutreachKind, string> = {
  email: "e-mail",
  letter: "letter",
  network_message: "message",
};

export function isOutreachKind(value: unknown): value is OutreachKind {
  return outreachKinds.some((kind) => kind === value);
}

/**
 * What a draft is for: the first request to meet, the thank-you after a conversation, the
 * confirmation the day before, or an update later ("what came of your advice"). Each
 * purpose runs only the coach checks that make sense for it.
 */
export const draftPurposes = ["outreach", "thank_you", "confirm", "update"] as const;
export type DraftPurpose = (typeof draftPurposes)[number];

export function isDraftPurpose(value: unknown): value is DraftPurpose {
  return draftPurposes.some((purpose) => purpose === value);
}
