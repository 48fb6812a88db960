import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-package-"));
const app = join(folder, "app");
let tarball = "";
let packed: string[] = [];

/**
 * The package as someone gets it from `npm pack` (what `npm publish` sends): packed from the
 * build `npm test` has just made (the `prepack` script builds when packing by hand), then
 * installed into an empty folder with its production dependencies only.
 */
beforeAll(async () => {
  expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build` first").toBe(true);
  // --ignore-scripts: prepack would build a second time; the build is fresh already.
  const { stdout } = await run(
    "npm",
    ["pack", "--ignore-scripts", "--json", "--pack-destination", folder],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  const [report] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(folder, report?.filename ?? "");
  packed = (report?.files ?? []).map((file) => file.path);
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "trying-rapport", private: true }),
  );
  // From npm's cache where it can (CI's `npm ci` filled it). Install scripts are skipped and
  // the SQLite addon `npm ci` compiled is copied in: compiling it again takes two minutes
  // here and tests node-gyp, not this package.
  await run(
    "npm",
    ["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", tarball],
    { cwd: app, maxBuffer: 64 * 1024 * 1024 },
  );
  const addon = "node_modules/better-sqlite3/build/Release/better_sqlite3.node";
  mkdirSync(join(app, "node_modules/better-sqlite3/build/Release"), { recursive: true });
  copyFileSync(join(root, addon), join(app, addon));
}, 240_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Starts the installed `rapport serve` on a free port; resolves with its address. */
function serve(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    join(app, "node_modules/.bin/rapport"),
    ["serve", "--port", "0", "--data", join(folder, "data")],
    { cwd: app, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: "" } },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no address in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

describe("the npm package", () => {
  it("ships the built app and the launcher, and no sources or tests", () => {
    expect(packed).toContain("bin/rapport.js");
    expect(packed).toContain("dist/cli/main.js");
    expect(packed).toContain("dist/web/index.html");
    expect(packed).toContain("dist/store/migrations/index.js");
    expect(packed).toContain("package.json");
    expect(packed).toContain("README.md");
    expect(packed.filter((path) => /^(src|test|bench|docs)\//.test(path))).toEqual([]);
    expect(packed.filter((path) => path.endsWith(".test.js"))).toEqual([]);
  });

  it("installs the rapport command, which knows its version", async () => {
    const { stdout } = await run(join(app, "node_modules/.bin/rapport"), ["--version"], {
      cwd: app,
    });
    const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
      version: string;
    };
    expect(stdout).toBe(`${version}\n`);
  });

  it("installs into an empty folder and serves the app's page and API", async () => {
    const { url, child } = await serve();
    try {
      const page = await fetch(`${url}/today`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await page.text()).toContain('<div id="root"></div>');
      const profile = await fetch(`${url}/api/profile`);
      expect(profile.status).toBe(200);
      expect(((await profile.json()) as { profile: { name: unknown } }).profile.name).toBeNull();
    } finally {
      child.kill("SIGTERM");
    }
  });
});
