import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
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

  it("refuses a zip whose Connections.csv unpacks past the limit", () => {
    const file = join(folder, "bomb.zip");
    const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    const csv = strToU8(header + "Ada,Lovelace,,,Acme,Engineer,12 Mar 2024\n".repeat(1_400_000));
    const zip = zipSync({ "Connections.csv": csv }, { level: 9 });
    // Declare a small size, as a hostile zip would, so only counting the bytes stops it.
    new DataView(zip.buffer).setUint32(22, 1000, true);
    writeFileSync(file, zip);
    const result = runImport(file);
    expect(result.stderr).toBe(
      "rapport: Connections.csv in this zip is larger than 50 MB once unpacked, the most Rapport reads from one file: a real LinkedIn export is far smaller, so download it again, or split Connections.csv and import the parts.\n",
    );
    expect(result.status).toBe(1);
  });
});
