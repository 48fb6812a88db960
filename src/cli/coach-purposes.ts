import type { DraftPurpose } from "../domain/draft-purpose.js";

/**
 * `rapport coach --purpose`: beside the drafts' purposes, a list of questions (one a line) or
 * an elevator pitch. Apart from coach.command.ts so the option is built without loading the
 * grammar.
 */
export const preparePurposes = ["questions", "pitch"] as const;
export type CoachPurpose = DraftPurpose | (typeof preparePurposes)[number];
