import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-coach-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built `rapport coach` on a draft with a data folder that has no store yet. */
async function coach(text: string, ...flags: string[]): Promise<string> {
  const file = join(folder, `draft-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["dist/cli/main.js", "coach", file, "--data", join(folder, "data"), ...flags],
    { cwd: root, env: { ...process.env, DATABASE_URL: "" } },
  );
  return stdout;
}

const thankYou = `Dear Ms Chen,

Thank you for taking the time to talk with me yesterday. Your advice to start with the county's open data stayed with me, and I will sign up for their course this month.

I will keep you posted on how it goes.

Best regards,
Alex`;

// Real child processes (the built CLI) run beside the other test files on 2 cores: under that
// load they take two to three times as long as alone, so this bounds a hang, not the speed.
const realProcessTimeout = 60_000;

describe("rapport coach", () => {
  it(
    "prints one finding per line, code first, and checks each purpose for what applies",
    async () => {
      expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(
        true,
      );
      const asFirstTouch = await coach(thankYou);
      expect(asFirstTouch).toMatch(/^no_window: /m);
      expect(asFirstTouch).toMatch(/^no_question: /m);

      const asThankYou = await coach(thankYou, "--purpose", "thank_you");
      expect(asThankYou).toBe("");

      const askingForAJob = await coach(
        "Hello Maya,\n\nDo you have any openings for me? I am looking for a job.\n\nBest,\nAlex",
        "--purpose",
        "thank_you",
      );
      expect(askingForAJob).toMatch(/^job_ask: /m);

      // Four job words in four sentences on three lines are one finding naming each line.
      const fourAsks = await coach(
        "Hello Maya,\n\nAre you hiring?\nDo you have openings? Any internships?\nI am looking for a job.\n\nBest,\nAlex",
        "--purpose",
        "thank_you",
      );
      const jobLines = fourAsks.split("\n").filter((line) => line.startsWith("job_ask: "));
      expect(jobLines).toEqual([
        `job_ask: 4 sentences ("hiring", "openings", "internships" and "job") make this read as a request for a job, and busy people turn those down. Ask for information and advice instead — e.g. "I'm not asking about openings; I'd value your advice." (lines 3, 4 and 5)`,
      ]);
      // Checking a draft does not create a data folder.
      expect(existsSync(join(folder, "data"))).toBe(false);
    },
    realProcessTimeout,
  );
});
