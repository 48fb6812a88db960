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

/** The finding codes the coach looks for in a draft with this purpose, in the stable order. */
export function checksFor(purpose: DraftPurpose): FindingCode[] {
  switch (purpose) {
    case "outreach":
      return [...findingCodes];
    case "thank_you":
      return findingCodes.filter((code) => !firstTouchOnly.has(code) && !notForThankYou.has(code));
    case "confirm":
      return findingCodes.filter((code) => !firstTouchOnly.has(code));
  }
}
