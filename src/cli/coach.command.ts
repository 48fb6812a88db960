import { readFile } from "node:fs/promises";
import { coachOutreach } from "../domain/coach/coach-outreach.js";
import type { Finding, OutreachKind } from "../domain/coach/finding.js";
import { lineAt } from "../domain/coach/outreach-text.js";
import type { MentionPermission } from "../domain/network.js";

export interface CoachOptions {
  kind: OutreachKind;
  introducer?: string;
  permission?: MentionPermission;
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

/** One line per finding, code first so scripts can grep for it. */
export function formatFindings(text: string, findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) => `${finding.code}: ${finding.message} (line ${lineAt(text, finding.start)})`,
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
  const findings = coachOutreach({ text, kind: options.kind, introducer });
  const lines = formatFindings(text, findings);
  console.log(lines.length > 0 ? lines.join("\n") : "No findings.");
}
