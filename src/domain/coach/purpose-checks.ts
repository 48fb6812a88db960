import type { DraftPurpose } from "../draft-purpose.js";
import { type FindingCode, findingCodes } from "./finding.js";

/**
 * Checks that only a first request to meet needs (METHOD §3): a thank-you or a confirmation
 * goes to someone who already said yes, so it proposes no window, asks no question, needs
 * not explain its purpose, name an introducer or prove the writer read their work.
 */
const firstTouchOnly: ReadonlySet<FindingCode> = new Set([
  "no_info_purpose",
  "no_question",
  "no_window",
  "introducer_unpermitted",
  "introducer_missing",
  "nothing_specific",
]);

/**
 * A thank-you is mostly "I learned… I will…" by nature; counting sentences about the writer
 * would nag every good one. A confirmation is two or three sentences, below the check's reach.
 */
const notForThankYou: ReadonlySet<FindingCode> = new Set(["self_centered"]);

/**
 * What only a thank-you asks for (METHOD §6): a specific point or piece of advice they gave,
 * the action the explorer will take because of it, and an offer to stay in touch.
 */
const thankYouOnly: ReadonlySet<FindingCode> = new Set([
  "no_specific_point",
  "no_action",
  "no_stay_in_touch",
]);

/**
 * An update ("what came of your advice", METHOD §6's periodic updates) is short and cites
 * their advice; it needs no new action or offer, it is the staying in touch.
 */
const forUpdate: ReadonlySet<FindingCode> = new Set([
  "job_ask",
  "no_greeting_signoff",
  "unfilled_merge",
  "no_specific_point",
]);

/** The finding codes the coach looks for in a draft with this purpose, in the stable order. */
export function checksFor(purpose: DraftPurpose): FindingCode[] {
  switch (purpose) {
    case "outreach":
      return findingCodes.filter((code) => !thankYouOnly.has(code));
    case "thank_you":
      return findingCodes.filter((code) => !firstTouchOnly.has(code) && !notForThankYou.has(code));
    case "confirm":
      return findingCodes.filter((code) => !firstTouchOnly.has(code) && !thankYouOnly.has(code));
    case "update":
      return findingCodes.filter((code) => forUpdate.has(code));
  }
}
