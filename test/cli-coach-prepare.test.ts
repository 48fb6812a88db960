import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-coach-prepare-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built `rapport coach --purpose …` on a file with a data folder that has no store yet. */
async function coach(purpose: string, text: string) {
  const file = join(folder, `${purpose}-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  return promisify(execFile)(
    process.execPath,
    ["dist/cli/main.js", "coach", file, "--purpose", purpose, "--data", join(folder, "data")],
    { cwd: root, env: { ...process.env, DATABASE_URL: "" } },
  );
}

const message = "This can be answered with a yes or no; ask it openly so they tell you more.";

describe("rapport coach --purpose questions", () => {
  it("prints one line per closed question, code first and its file line last", async () => {
    expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(
      true,
    );
    const { stdout } = await coach(
      "questions",
      [
        "What does a typical week look like?",
        "Do you like your job?",
        "",
        "  2. Could you walk me through how you got here?",
        "Is there room to grow at Acme?",
        "You started in sales, didn't you?",
      ].join("\n"),
    );
    expect(stdout.trimEnd().split("\n")).toEqual([
      `closed_question: ${message} Try: "What do you find most rewarding about your job, and what is hardest?" (line 2)`,
      `closed_question: ${message} Try: "What room is there to grow at Acme?" (line 5)`,
      `closed_question: ${message} Try: "How did you come to start in sales?" (line 6)`,
    ]);
  });

  it("prints nothing for open questions", async () => {
    const { stdout, stderr } = await coach(
      "questions",
      "Could you tell me about your path?\r\nWhat would you do differently?\r\n",
    );
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("No closed questions.");
    // Checking questions does not create a data folder.
    expect(existsSync(join(folder, "data"))).toBe(false);
  });
});

describe("rapport coach --purpose pitch", () => {
  it("prints the spoken time first, then each finding", async () => {
    const { stdout } = await coach(
      "pitch",
      "I'm Ana, a teacher moving into UX research. I hope to work on tools for clinics.",
    );
    expect(stdout.trimEnd().split("\n")).toEqual([
      "spoken: 7 s at 140 words a minute",
      "pitch_too_short: About 7 seconds at 140 words a minute; aim for 30–45: add about 54 words.",
      `pitch_no_learning_goal: It does not say what you hope to learn today; end with it, e.g. "I'd love to hear how you moved into this work."`,
    ]);
  });

  it("prints only the spoken time for a pitch that fits", async () => {
    const filler = Array.from({ length: 75 }, () => "word").join(" ");
    const { stdout } = await coach(
      "pitch",
      `${filler}. I'd love to hear how you moved into research.`,
    );
    expect(stdout.trimEnd()).toBe("spoken: 36 s at 140 words a minute");
  });
});
