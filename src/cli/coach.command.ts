import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { coachOutreach } from "../domain/coach/coach-outreach.js";
import type { Finding } from "../domain/coach/finding.js";
import { lineAt } from "../domain/coach/outreach-text.js";
import { type CoachLimits, defaultCoachLimits } from "../domain/coach-settings.js";
import type { DraftPurpose, OutreachKind } from "../domain/draft-purpose.js";
import type { MentionPermission } from "../domain/network.js";
import { getCoachLimits } from "../services/coach-settings.service.js";
import { withStore } from "./open-context.js";
import { resolveDataFolder, resolveStoreUrl } from "./settings.js";

export interface CoachOptions {
  kind: OutreachKind;
  /** A first touch (default), a thank-you or a confirmation: each is checked for what applies. */
  purpose?: DraftPurpose;
  introducer?: string;
  permission?: MentionPermission;
  /** The data folder whose Settings → Coach limits apply (default: as `rapport serve`). */
  data?: string;
}

/**
 * The limits saved in Settings → Coach. Without a store yet (no DATABASE_URL, no data file)
 * the defaults apply: checking a draft should not create a data folder.
 */
async function savedLimits(dataFlag: string | undefined): Promise<CoachLimits> {
  const url = resolveStoreUrl(resolveDataFolder(dataFlag, process.env), process.env);
  if (url.startsWith("sqlite:") && !existsSync(url.slice("sqlite:".length))) {
    return defaultCoachLimits;
  }
  return withStore(dataFlag, getCoachLimits);
}

const readProblems: Record<string, string> = {
  ENOENT: "there is no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

async function readDraft(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const reason = readProblems[code] ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`cannot read ${file}: ${reason}`);
  }
}

/** "line 3", "lines 3 and 5", "lines 3, 4 and 7": every line a finding points at. */
function linesOf(text: string, finding: Finding): string {
  const lines = [...new Set(finding.places.map((place) => lineAt(text, place.start)))];
  if (lines.length === 1) return `line ${lines[0]}`;
  return `lines ${lines.slice(0, -1).join(", ")} and ${lines[lines.length - 1]}`;
}

/** One line per finding (one per code, naming each line it points at), code first for grep. */
export function formatFindings(text: string, findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) => `${finding.code}: ${finding.message} (${linesOf(text, finding)})`,
  );
}

/** `rapport coach FILE`: advice only, so it exits 0 whether or not there are findings. */
export async function coachCommand(file: string, options: CoachOptions): Promise<void> {
  if (options.permission && !options.introducer) {
    throw new Error("--permission goes with --introducer NAME (whose permission it is)");
  }
  const text = await readDraft(file);
  const introducer = options.introducer
    ? { name: options.introducer, permission: options.permission ?? "not_asked" }
    : null;
  const limits = await savedLimits(options.data);
  const findings = coachOutreach({
    text,
    kind: options.kind,
    purpose: options.purpose ?? "outreach",
    introducer,
    limits,
  });
  const lines = formatFindings(text, findings);
  console.log(lines.length > 0 ? lines.join("\n") : "No findings.");
}
