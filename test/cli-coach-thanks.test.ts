import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-coach-thanks-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built `rapport coach --purpose …` on a letter, with a data folder that has no store yet. */
async function coach(purpose: string, text: string) {
  const file = join(folder, `letter-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  return promisify(execFile)(
    process.execPath,
    ["dist/cli/main.js", "coach", file, "--purpose", purpose, "--data", join(folder, "data")],
    { cwd: root, env: { ...process.env, DATABASE_URL: "" } },
  );
}

// Real child processes on 2 shared cores: this bounds a hang, not the speed.
const realProcessTimeout = 60_000;

const praiseOnly = `Hi Sam,

Thank you so much for your time. I learned a lot, and your advice was great.

Have a great week!

Best,
Alex`;

const complete = `Dear Ms. Chen,

Thank you for meeting with me yesterday. Your advice to start with a portfolio review stayed with me.

This week I'll book one with the AIGA chapter. I'll let you know how it goes.

Best regards,
Alex`;

describe("rapport coach --purpose thank_you and update", () => {
  it(
    "prints one line per missing part, code first and its line last, and nothing for a clean letter",
    async () => {
      expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(
        true,
      );
      const flagged = await coach("thank_you", praiseOnly);
      expect(flagged.stdout.trim().split("\n")).toEqual([
        `no_specific_point: Name one thing they said or advised, e.g. "Your advice to start with a portfolio review…" or "When you said agencies hire juniors in spring…". "I learned a lot" or "thanks for the great advice" would fit anyone. (line 3)`,
        `no_action: Say what you will do because of their advice, with a day to it, e.g. "This week I'll sign up for the UX meetup you mentioned." It shows their time made a difference. (line 5)`,
        `no_stay_in_touch: Offer to stay in touch, e.g. "I'll let you know how it goes" or "May I connect with you on LinkedIn?" — a thank-you is where the next conversation starts. (line 5)`,
      ]);

      const clean = await coach("thank_you", complete);
      expect(clean.stdout).toBe("");
      expect(clean.stderr.trim()).toBe("No findings.");

      // An update only has to cite the advice.
      const update = await coach(
        "update",
        "Hello Sam,\n\nA quick update: you suggested I start with a portfolio review, and I did.\n\nBest,\nAlex",
      );
      expect(update.stdout).toBe("");
      const vague = await coach(
        "update",
        "Hello Sam,\n\nA quick update: all is well.\n\nBest,\nAlex",
      );
      expect(vague.stdout).toMatch(
        /^no_specific_point: Cite the advice you are writing about, .* \(line 3\)\n$/,
      );
      expect(existsSync(join(folder, "data"))).toBe(false);
    },
    realProcessTimeout,
  );
});
