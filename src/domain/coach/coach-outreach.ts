import type { Root } from "nlcst";
import retextEnglish from "retext-english";
import { type Plugin, unified } from "unified";
import { VFile } from "vfile";
import { actionCheck } from "./action.check.js";
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
import { specificPointCheck } from "./specific-point.check.js";
import { stayInTouchCheck } from "./stay-in-touch.check.js";

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
  no_specific_point: specificPointCheck,
  no_action: actionCheck,
  no_stay_in_touch: stayInTouchCheck,
};

type CheckMessage = VFile["messages"][number];

function toFinding(message: CheckMessage, file: VFile): Finding | null {
  if (message.source !== coachSource || !isFindingCode(message.ruleId)) return null;
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : place;
  const first = { start: start?.offset ?? 0, end: end?.offset ?? start?.offset ?? 0 };
  const places = file.data.places?.get(message) ?? [first];
  return { code: message.ruleId, message: message.reason, ...first, places: [...places] };
}

/**
 * One finding per code: a check that reported the same code more than once (a missing
 * greeting and a missing sign-off) becomes one finding with each place and each message.
 */
function groupByCode(findings: readonly Finding[]): Finding[] {
  const byCode = new Map<FindingCode, Finding>();
  for (const finding of findings) {
    const group = byCode.get(finding.code);
    if (!group) {
      byCode.set(finding.code, { ...finding, places: [...finding.places] });
      continue;
    }
    group.places.push(...finding.places);
    if (!group.message.includes(finding.message)) group.message += ` ${finding.message}`;
  }
  return [...byCode.values()].map((finding) => {
    const places = finding.places.sort((left, right) => left.start - right.start);
    const first = places[0] ?? { start: finding.start, end: finding.end };
    return { ...finding, start: first.start, end: first.end, places };
  });
}

/**
 * Checks a draft against METHOD §3 (by default a first touch; a thank-you or a confirmation
 * runs only the checks that fit it) and returns advice, one finding per code with every
 * place it points at, in reading order of the first place. Pure: the same text and settings give the same findings.
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
  const findings = file.messages
    .map((message) => toFinding(message, file))
    .filter((finding): finding is Finding => finding !== null);
  return groupByCode(findings).sort(
    (left, right) =>
      left.start - right.start ||
      findingCodes.indexOf(left.code) - findingCodes.indexOf(right.code),
  );
}
