import { existsSync } from "node:fs";
import { coachQuestions } from "../domain/coach/closed-question.check.js";
import { coachOutreach } from "../domain/coach/coach-outreach.js";
import type { Finding } from "../domain/coach/finding.js";
import { lineAt } from "../domain/coach/outreach-text.js";
import { coachPitch } from "../domain/coach/pitch-coach.js";
import { type CoachLimits, defaultCoachLimits } from "../domain/coach-settings.js";
import type { OutreachKind } from "../domain/draft-purpose.js";
import type { MentionPermission } from "../domain/network.js";
import {
  defaultPrepareSettings,
  type PrepareSettings,
} from "../domain/prepare/prepare-settings.js";
import { getCoachLimits } from "../services/coach-settings.service.js";
import { getPrepareSettings } from "../services/prepare-settings.service.js";
import type { CoachPurpose } from "./coach-purposes.js";
import { readInputFile } from "./input-file.js";
import { withStore } from "./open-context.js";
import { resolveDataFolder, resolveStoreUrl } from "./settings.js";
import { UsageError } from "./usage-error.js";

export interface CoachOptions {
  kind: OutreachKind;
  /**
   * A first touch (default), a thank-you, a confirmation or an update: each is checked for what applies;
   * or "questions" (the yes/no check) or "pitch" (its spoken time and findings).
   */
  purpose?: CoachPurpose;
  introducer?: string;
  permission?: MentionPermission;
  /** One JSON object (see CoachJson) instead of lines. */
  json?: boolean;
  /** The data folder whose Settings → Coach limits apply (default: as `rapport serve`). */
  data?: string;
}

/**
 * The limits saved in Settings → Coach. Without a store yet (no DATABASE_URL, no data file)
 * the defaults apply: checking a draft should not create a data folder.
 */
async function savedLimits(dataFlag: string | undefined): Promise<CoachLimits> {
  if (!hasStore(dataFlag)) return defaultCoachLimits;
  return withStore(dataFlag, getCoachLimits);
}

function hasStore(dataFlag: string | undefined): boolean {
  const url = resolveStoreUrl(resolveDataFolder(dataFlag, process.env), process.env);
  return !(url.startsWith("sqlite:") && !existsSync(url.slice("sqlite:".length)));
}

/** Settings → Prepare's speaking rate and pitch target, or the defaults without a store. */
async function savedPrepareSettings(dataFlag: string | undefined): Promise<PrepareSettings> {
  if (!hasStore(dataFlag)) return defaultPrepareSettings;
  return withStore(dataFlag, getPrepareSettings);
}

async function readDraft(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString("utf8");
  }
  const bytes = await readInputFile(file, "the draft as a text file (or - to read standard input)");
  return new TextDecoder().decode(bytes);
}

/** Every line a finding points at, in order, each once. */
function findingLines(text: string, finding: Finding): number[] {
  return [...new Set(finding.places.map((place) => lineAt(text, place.start)))];
}

/** "line 3", "lines 3 and 5", "lines 3, 4 and 7": every line a finding points at. */
function linesOf(text: string, finding: Finding): string {
  const lines = findingLines(text, finding);
  if (lines.length === 1) return `line ${lines[0]}`;
  return `lines ${lines.slice(0, -1).join(", ")} and ${lines[lines.length - 1]}`;
}

/** One line per finding (one per code, naming each line it points at), code first for grep. */
export function formatFindings(text: string, findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) => `${finding.code}: ${finding.message} (${linesOf(text, finding)})`,
  );
}

/** The closed questions, each with its rewrite and the file's own line (blank lines counted). */
function questionFindings(text: string) {
  const lines = text.split(/\r?\n/);
  const asked = lines
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim().length > 0);
  return coachQuestions(asked.map(({ line }) => line)).map((finding) => ({
    code: finding.code,
    message: finding.message,
    rewrite: finding.rewrite,
    line: asked[finding.index]?.number ?? null,
  }));
}

/**
 * One line per closed question, code first and its line last: `closed_question: … Try:
 * "…" (line 4)`. Blank lines are skipped but still counted, so N is the file's own line.
 */
export function formatQuestionFindings(text: string): string[] {
  return questionFindings(text).map(
    (finding) =>
      `${finding.code}: ${finding.message} Try: "${finding.rewrite}" (line ${finding.line})`,
  );
}

/** `spoken: 38 s at 140 words a minute`, then one line per finding, code first. */
export function formatPitch(text: string, settings: PrepareSettings): string[] {
  const coaching = coachPitch(text, settings);
  return [
    `spoken: ${coaching.spokenSeconds} s at ${coaching.wordsPerMinute} words a minute`,
    ...coaching.findings.map((finding) => `${finding.code}: ${finding.message}`),
  ];
}

/**
 * `rapport coach --json`: the findings the lines show, as one object on standard output
 * (with no findings too: `findings` is then empty and nothing goes to standard error).
 * `purpose` says which of the three shapes it is: questions carry their rewrite and line,
 * a pitch its spoken time, a draft each finding's lines.
 */
export type CoachJson =
  | {
      purpose: "questions";
      findings: { code: string; message: string; rewrite: string; line: number | null }[];
    }
  | {
      purpose: "pitch";
      spokenSeconds: number;
      wordsPerMinute: number;
      words: number;
      target: { min: number; max: number };
      findings: { code: string; message: string }[];
    }
  | {
      purpose: Exclude<CoachPurpose, "questions" | "pitch">;
      kind: OutreachKind;
      findings: { code: string; message: string; lines: number[] }[];
    };

const printJson = (json: CoachJson) => console.log(JSON.stringify(json, null, 2));

/** `rapport coach FILE`: advice only, so it exits 0 whether or not there are findings. */
export async function coachCommand(file: string, options: CoachOptions): Promise<void> {
  if (options.purpose === "questions") {
    const text = await readDraft(file);
    if (options.json) return printJson({ purpose: "questions", findings: questionFindings(text) });
    const lines = formatQuestionFindings(text);
    // Nothing on standard output for open questions; the all-clear goes to standard error.
    if (lines.length > 0) console.log(lines.join("\n"));
    else console.error("No closed questions.");
    return;
  }
  if (options.purpose === "pitch") {
    const text = await readDraft(file);
    const settings = await savedPrepareSettings(options.data);
    if (options.json) {
      const { spokenSeconds, wordsPerMinute, words, target, findings } = coachPitch(text, settings);
      return printJson({
        purpose: "pitch",
        spokenSeconds,
        wordsPerMinute,
        words,
        target: { min: target.min, max: target.max },
        findings: findings.map(({ code, message }) => ({ code, message })),
      });
    }
    console.log(formatPitch(text, settings).join("\n"));
    return;
  }
  if (options.permission && !options.introducer) {
    throw new UsageError(
      "coach",
      "--permission goes with --introducer NAME (whose permission it is).",
    );
  }
  const text = await readDraft(file);
  const introducer = options.introducer
    ? { name: options.introducer, permission: options.permission ?? "not_asked" }
    : null;
  const limits = await savedLimits(options.data);
  const purpose = options.purpose ?? "outreach";
  const findings = coachOutreach({ text, kind: options.kind, purpose, introducer, limits });
  if (options.json) {
    return printJson({
      purpose,
      kind: options.kind,
      findings: findings.map((finding) => ({
        code: finding.code,
        message: finding.message,
        lines: findingLines(text, finding),
      })),
    });
  }
  const lines = formatFindings(text, findings);
  if (purpose === "thank_you" || purpose === "update") {
    // A follow-up prints its findings and nothing else; the all-clear goes to standard error.
    if (lines.length > 0) console.log(lines.join("\n"));
    else console.error("No findings.");
    return;
  }
  console.log(lines.length > 0 ? lines.join("\n") : "No findings.");
}
