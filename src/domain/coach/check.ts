import type { Root } from "nlcst";
import type { Plugin } from "unified";
import type { CoachSettings, FindingCode } from "./finding.js";
import { lineAt, type OutreachText, readOutreachText, type Span } from "./outreach-text.js";

declare module "vfile" {
  interface DataMap {
    /** The draft split into greeting, body and sign-off, shared by every check. */
    outreach: OutreachText;
    /** The places of each message reported at more than one. */
    places: globalThis.Map<unknown, readonly Span[]>;
  }
}

/** Reports one finding at one place, or at several (the same advice for each). */
export type Report = (message: string, at: Span | readonly Span[]) => void;
export type CheckRun = (outreach: OutreachText, settings: CoachSettings, report: Report) => void;

/** Where the checks' messages come from in a vfile's message list. */
export const coachSource = "rapport-coach";

function pointAt(text: string, offset: number) {
  const line = lineAt(text, offset);
  const column = offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1;
  return { line, column, offset };
}

/**
 * One check as a retext plugin whose messages carry the finding code as their rule id,
 * the way retext linters report.
 */
export function defineCheck(code: FindingCode, run: CheckRun): Plugin<[CoachSettings], Root> {
  return (settings) => (tree, file) => {
    const text = String(file.value);
    file.data.outreach ??= readOutreachText(tree, text);
    run(file.data.outreach, settings, (message, at) => {
      const spans: readonly Span[] = "start" in at ? [at] : at;
      const span = spans[0];
      if (!span) return;
      const reported = file.message(message, {
        place: { start: pointAt(text, span.start), end: pointAt(text, span.end) },
        ruleId: code,
        source: coachSource,
      });
      if (spans.length > 1) {
        file.data.places ??= new Map();
        file.data.places.set(reported, spans);
      }
    });
  };
}

/** Where the explorer introduces themself: after it is the place for "why you" and purpose. */
export function afterFirstSentence(outreach: OutreachText): Span {
  const first = outreach.sentences.find((sentence) => !sentence.inSignOff);
  const at = first?.end ?? outreach.body.start;
  return { start: at, end: at };
}

/** The end of the message proper, just before the sign-off. */
export function endOfBody(outreach: OutreachText): Span {
  return { start: outreach.body.end, end: outreach.body.end };
}
