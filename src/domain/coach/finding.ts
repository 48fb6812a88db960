import type { DraftPurpose, OutreachKind } from "../draft-purpose.js";
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
  // A thank-you (METHOD §6): the point they made, what the explorer will do, staying in touch.
  "no_specific_point",
  "no_action",
  "no_stay_in_touch",
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
