import type { MentionPermission } from "../network.js";

/** Stable codes: the API, the CLI and the UI key on these, so never rename one. */
export const findingCodes = [
  "length",
  "job_ask",
  "no_info_purpose",
  "no_question",
  "no_window",
  "introducer_unpermitted",
  "introducer_missing",
  "nothing_specific",
  "self_centered",
  "no_greeting_signoff",
  "unfilled_merge",
] as const;
export type FindingCode = (typeof findingCodes)[number];

export function isFindingCode(value: unknown): value is FindingCode {
  return findingCodes.some((code) => code === value);
}

/** Where in the draft a finding points: character offsets, end exclusive. */
export interface FindingPlace {
  start: number;
  end: number;
}

/**
 * One piece of advice about a draft, one per code: four job words are one finding with four
 * places. `start`/`end` are the first place (what callers before places selected).
 */
export interface Finding {
  code: FindingCode;
  message: string;
  start: number;
  end: number;
  /** Every place it points at, in reading order; at least one. */
  places: FindingPlace[];
}

/** The three kinds of first touch METHOD §3 names. */
export const outreachKinds = ["email", "letter", "network_message"] as const;
export type OutreachKind = (typeof outreachKinds)[number];

export const outreachKindLabels: Record<OutreachKind, string> = {
  email: "e-mail",
  letter: "letter",
  network_message: "message",
};

export interface Introducer {
  name: string;
  permission: MentionPermission;
}

export interface OutreachLimits {
  emailWords: number;
  letterWords: number;
  networkMessageWords: number;
}

/** Settings defaults: 150 words for e-mail, about one page for a letter. */
export const defaultOutreachLimits: OutreachLimits = {
  emailWords: 150,
  letterWords: 400,
  // Networking sites show messages in a narrow pane; a short note gets read.
  networkMessageWords: 100,
};

/** What fits one phone screen without scrolling, roughly. */
export const phoneScreenWords = 120;

/**
 * What a draft is for: the first request to meet, the thank-you after a conversation, or
 * the confirmation the day before. Each purpose runs only the checks that make sense for it.
 */
export const draftPurposes = ["outreach", "thank_you", "confirm"] as const;
export type DraftPurpose = (typeof draftPurposes)[number];

export function isDraftPurpose(value: unknown): value is DraftPurpose {
  return draftPurposes.some((purpose) => purpose === value);
}

export interface CoachRequest {
  text: string;
  kind: OutreachKind;
  /** "outreach" when absent, so callers from before purposes keep their findings. */
  purpose?: DraftPurpose;
  introducer?: Introducer | null;
  limits?: Partial<OutreachLimits>;
}

/** A request with defaults applied, as every check receives it. */
export interface CoachSettings {
  kind: OutreachKind;
  purpose: DraftPurpose;
  introducer: Introducer | null;
  limits: OutreachLimits;
}

export function wordLimitFor(settings: CoachSettings): number {
  switch (settings.kind) {
    case "email":
      return settings.limits.emailWords;
    case "letter":
      return settings.limits.letterWords;
    case "network_message":
      return settings.limits.networkMessageWords;
  }
}
