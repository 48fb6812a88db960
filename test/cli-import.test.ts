import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The built CLI, as a user runs it (`npm test` builds first).
const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-import-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runImport(file: string) {
  expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(true);
  return spawnSync(
    process.execPath,
    ["dist/cli/main.js", "import", file, "--data", join(folder, "data")],
    { cwd: root, env: { ...process.env, DATABASE_URL: "" }, encoding: "utf8" },
  );
}

// Zip bombs through the CLI are in test/heavy/hostile-imports.mjs (npm run test:heavy).
describe("rapport import refuses what it cannot read, in words", () => {
  it("refuses a file of gigabytes before reading it", () => {
    const file = join(folder, "huge.csv");
    writeFileSync(file, "");
    // Sparse: three gigabytes on paper, nothing on disk.
    truncateSync(file, 3 * 1024 * 1024 * 1024);
    const result = runImport(file);
    expect(result.stderr).toBe(
      "rapport: This file is larger than 50 MB, the most Rapport imports at once: split it and import the parts.\n",
    );
    expect(result.status).toBe(1);
  });
});

describe("rapport import reports warnings", () => {
  it("prints the warning for a row kept without its malformed email", () => {
    const file = join(folder, "Connections.csv");
    writeFileSync(
      file,
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nDev,Patel,,dev@patel,Acme,,\n",
    );
    const result = runImport(file);
    expect(result.stdout).toBe(
      [
        "LinkedIn connections file: 1 new, 0 merged, 0 already up to date, 0 rejected.",
        "  warning, row 2 (Dev Patel): “dev@patel” is not a valid email address, so it is kept in the notes: correct it on Dev Patel's page",
        "Imported 1 person.",
        "",
      ].join("\n"),
    );
    expect(result.status).toBe(0);
  });
});
