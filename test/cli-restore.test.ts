import { execFile } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-restore-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built `rapport` with its own data folder; the exit code and both outputs. */
async function rapport(data: string, ...args: string[]) {
  return promisify(execFile)(
    process.execPath,
    ["dist/cli/main.js", ...args, "--data", join(folder, data)],
    { cwd: root, env: { ...process.env, DATABASE_URL: "" } },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

const backupOf = async (data: string) => {
  const file = join(folder, `${data}.json`);
  expect((await rapport(data, "backup", file)).code).toBe(0);
  return JSON.parse(readFileSync(file, "utf8"));
};

describe("rapport restore", () => {
  it("refuses a bad backup with one line a problem, exit 1, and writes nothing", async () => {
    expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(
      true,
    );
    const backup = await backupOf("empty");
    backup.tables.activities = [
      {
        id: "a1",
        person_id: "nobody",
        kind: "meeting_scheduled",
        occurred_at: "not a date",
        channel: null,
        outcome: null,
        with_name: null,
        suggested_person_id: null,
        scheduled_for: "2026-99-99",
        duration_minutes: 1e15,
        place: null,
        detail: null,
        created_at: "yesterday",
        updated_at: "2026-11-20T09:00:00.000Z",
        deleted_at: null,
      },
    ];
    const file = join(folder, "broken.json");
    writeFileSync(file, JSON.stringify(backup));
    const refused = await rapport("target", "restore", file);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toEqual([
      "rapport: This backup has 4 problems; nothing was restored. Fix them and restore again.",
      "  activities row 1 (id a1), created_at: Enter when it was created as a date and time",
      "  activities row 1 (id a1), occurred_at: Enter when it happened as a date and time",
      "  activities row 1 (id a1), scheduled_for: Enter when the conversation is as a date and time",
      "  activities row 1 (id a1), duration_minutes: A conversation lasts at most 240 minutes",
    ]);
    const after = await backupOf("target");
    expect(Object.values(after.tables).flat()).toEqual([]);
  });

  it("names the size limit and a file that is not JSON", async () => {
    const huge = join(folder, "huge.json");
    writeFileSync(huge, "");
    truncateSync(huge, 101 * 1024 * 1024);
    expect((await rapport("target", "restore", huge)).stderr.trim()).toBe(
      "rapport: This file is 101 MB; Rapport restores backups of at most 100 MB.",
    );
    const text = join(folder, "notes.txt");
    writeFileSync(text, "not json");
    expect((await rapport("target", "restore", text)).stderr.trim()).toMatch(
      /^rapport: Cannot read .*notes\.txt as a backup: .*\. Give the JSON file "rapport backup" wrote\.$/,
    );
  });
});
