import type { Root } from "nlcst";
import retextEnglish from "retext-english";
import { type Plugin, unified } from "unified";
import { VFile } from "vfile";
import { questionCheck, windowCheck } from "./ask.check.js";
import { coachSource } from "./check.js";
import {
  type CoachRequest,
  type CoachSettings,
  defaultOutreachLimits,
  type Finding,
  type FindingCode,
  findingCodes,
  isFindingCode,
} from "./finding.js";
import { greetingCheck } from "./greeting.check.js";
import { introducerMissingCheck, introducerUnpermittedCheck } from "./introducer.check.js";
import { jobAskCheck } from "./job-ask.check.js";
import { lengthCheck } from "./length.check.js";
import { mergeFieldsCheck } from "./merge-fields.check.js";
import { purposeCheck } from "./purpose.check.js";
import { checksFor } from "./purpose-checks.js";
import { selfCenteredCheck } from "./self-centered.check.js";
import { specificCheck } from "./specific.check.js";

/** One check per finding code; which of them run depends on the draft's purpose. */
const checks: Record<FindingCode, Plugin<[CoachSettings], Root>> = {
  length: lengthCheck,
  job_ask: jobAskCheck,
  no_info_purpose: purposeCheck,
  no_question: questionCheck,
  no_window: windowCheck,
  introducer_unpermitted: introducerUnpermittedCheck,
  introducer_missing: introducerMissingCheck,
  nothing_specific: specificCheck,
  self_centered: selfCenteredCheck,
  no_greeting_signoff: greetingCheck,
  unfilled_merge: mergeFieldsCheck,
};

type CheckMessage = VFile["messages"][number];

function toFinding(message: CheckMessage): Finding | null {
  if (message.source !== coachSource || !isFindingCode(message.ruleId)) return null;
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : place;
  return {
    code: message.ruleId,
    message: message.reason,
    start: start?.offset ?? 0,
    end: end?.offset ?? start?.offset ?? 0,
  };
}

/**
 * Checks a draft against METHOD §3 (by default a first touch; a thank-you or a confirmation
 * runs only the checks that fit it) and returns advice, each piece with the span it points
 * at, in reading order. Pure: the same text and settings give the same findings.
 */
export function coachOutreach(request: CoachRequest): Finding[] {
  const settings: CoachSettings = {
    kind: request.kind,
    purpose: request.purpose ?? "outreach",
    introducer: request.introducer ?? null,
    limits: { ...defaultOutreachLimits, ...request.limits },
  };
  const processor = unified().use(retextEnglish);
  for (const code of checksFor(settings.purpose)) processor.use(checks[code], settings);
  const file = new VFile(request.text);
  processor.runSync(processor.parse(file), file);
  return file.messages
    .map(toFinding)
    .filter((finding): finding is Finding => finding !== null)
    .sort(
      (left, right) =>
        left.start - right.start ||
        findingCodes.indexOf(left.code) - findingCodes.indexOf(right.code),
    );
}
