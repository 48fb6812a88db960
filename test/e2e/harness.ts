import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether the browser tests can run here. In CI a missing browser is a failure, never a
 * quiet skip; on a developer's machine the tests are skipped with a loud warning.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message =
    `BROWSER TESTS NOT RUN: Chromium not found at ${chromiumPath}; ` +
    "install Debian's chromium or set CHROMIUM_PATH";
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n${"!".repeat(80)}\n${message}\n${"!".repeat(80)}\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface RunningApp {
  url: string;
  dataDir: string;
  /** Stops the server and removes the data folder if this app owns it (see startApp). */
  stop: (options?: { keepData?: boolean }) => Promise<void>;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once("exit", () => done());
  });
}

/**
 * Starts the built server (`dist/cli/main.js`) on a free port. Pass `dataDir` to reuse a
 * folder (to restart on the same data); otherwise a fresh temporary one is made. The folder
 * is removed on stop if it was made here or `removeDataOnStop` is set. The first-run
 * welcome is marked done unless `welcomed: false`, so pages open straight away.
 */
export async function startApp(
  options: {
    dataDir?: string;
    removeDataOnStop?: boolean;
    welcomed?: boolean;
    /** Extra environment for the server, e.g. `{ RAPPORT_TEST_CLOCK: "1" }`. */
    env?: Record<string, string>;
    /** Extra arguments for `rapport serve`, e.g. `["--lan", "--lan-address", "127.0.0.2"]`. */
    args?: string[];
  } = {},
): Promise<RunningApp> {
  const ownsDir = options.removeDataOnStop ?? options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "rapport-e2e-")));
  const child = spawn(
    process.execPath,
    ["dist/cli/main.js", "serve", "--port", "0", "--data", dataDir, ...(options.args ?? [])],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env } },
  );

  let output = "";
  const url = await new Promise<string>((found, fail) => {
    const timer = setTimeout(() => {
      fail(new Error(`Server did not start within 20 s. Output:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Rapport is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        found(match[1].replace(/\/$/, ""));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Server exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });

  if (options.welcomed !== false) {
    const response = await fetch(`${url}/api/profile/welcome-done`, {
      method: "POST",
      headers: { Origin: url },
    });
    if (!response.ok) {
      child.kill("SIGTERM");
      throw new Error(`Could not skip the welcome: ${response.status}`);
    }
  }

  return {
    url,
    dataDir,
    stop: async ({ keepData = false } = {}) => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        process.kill(child.pid, "SIGTERM");
      }
      await waitForExit(child);
      if (ownsDir && !keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the API as the app's own page would (same Origin), for arranging test data. */
export async function callApi<T>(app: RunningApp, method: string, path: string, body?: unknown) {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: { Origin: app.url, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}
