import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "./harness.js";

const available = browserAvailable();
const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const builds = join(repoRoot, "test-results", "app-update");
const olderBuild = join(builds, "older");
const newerBuild = join(builds, "newer");

/**
 * A second build of the same sources whose every file differs (a banner marks it): what the
 * browser meets after `npm run build` and a restart of `npm start`.
 */
async function makeBuilds() {
  await rm(builds, { recursive: true, force: true });
  await cp(join(repoRoot, "dist"), olderBuild, { recursive: true });
  await cp(join(repoRoot, "dist"), newerBuild, { recursive: true });
  const script = `
    import { build } from "vite";
    await build({
      configFile: "vite.config.ts",
      mode: "production",
      logLevel: "error",
      build: {
        outDir: ${JSON.stringify(join(newerBuild, "web"))},
        rolldownOptions: { output: { banner: 'globalThis.__rapportBuild = "newer";' } },
      },
    });`;
  // Vitest runs with NODE_ENV=test, which would build the app as not production (no worker).
  await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: "production" },
  });
}

function freePort(): Promise<number> {
  return new Promise((found) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => found(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** One build served on a fixed port (the origin, and so the service worker, stay the same). */
async function serve(build: string, port: number, dataDir: string) {
  const child = spawn(
    process.execPath,
    [join(build, "cli", "main.js"), "serve", "--port", String(port), "--data", dataDir],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`Server did not start:\n${output}`)), 20_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Rapport is running at")) {
        clearTimeout(timer);
        ready();
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
  });
  return child;
}

function stop(child: ChildProcess | undefined): Promise<void> {
  return new Promise((done) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}

describe.skipIf(!available)("A new build of Rapport and its service worker", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: ChildProcess | undefined;
  let dataDir: string;
  let url: string;
  let port: number;

  beforeAll(async () => {
    browser = await launchBrowser();
    await makeBuilds();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await rm(builds, { recursive: true, force: true });
  });
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "rapport-e2e-update-"));
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = await serve(olderBuild, port, dataDir);
    await fetch(`${url}/api/profile/welcome-done`, { method: "POST", headers: { Origin: url } });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Counts the service worker taking charge, in every page of this context.
    await context.addInitScript(() => {
      const counted = window as unknown as { controllerChanges: number };
      counted.controllerChanges = 0;
      navigator.serviceWorker?.addEventListener("controllerchange", () => {
        counted.controllerChanges += 1;
      });
    });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  });

  const heading = (name: string) => page.getByRole("heading", { level: 1, name }).waitFor();
  const build = () =>
    page.evaluate(() => (globalThis as { __rapportBuild?: string }).__rapportBuild ?? "older");
  const sameDocument = () =>
    page.evaluate(() => (window as { stillHere?: boolean }).stillHere === true);
  const markDocument = () =>
    page.evaluate(() => {
      (window as { stillHere?: boolean }).stillHere = true;
    });

  async function restartWithNewerBuild() {
    await stop(server);
    server = await serve(newerBuild, port, dataDir);
  }

  it("shows the new build on the first page opened after a restart, without reloading it", async () => {
    await page.goto(`${url}/today`);
    await heading("Today");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await build()).toBe("older");

    await restartWithNewerBuild();
    await page.goto(`${url}/today`);
    await heading("Today");
    expect(await build()).toBe("newer");
    await markDocument();
    // The new worker takes charge of this page (it is already the new build): no reload.
    await page.waitForFunction(
      () => (window as unknown as { controllerChanges: number }).controllerChanges === 1,
    );
    await page.waitForLoadState("networkidle");
    expect(await sameDocument()).toBe(true);
    expect(await build()).toBe("newer");
  });

  it("never reloads a conduct page: the update waits, then applies when the explorer leaves it", async () => {
    await page.goto(`${url}/today`);
    await heading("Today");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Into the conduct page within the app, as a link there would go.
    await page.evaluate(() => {
      window.history.pushState(null, "", "/conversations/some-conversation/conduct");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await page.waitForURL("**/conduct");
    await markDocument();

    await restartWithNewerBuild();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page
      .getByText("A new version of Rapport is ready. It applies when you leave this page.")
      .waitFor();
    expect(await sameDocument()).toBe(true);
    expect(await build()).toBe("older");

    // Leaving it (the back button) applies the update: this older page reloads as the new build.
    await page.goBack();
    await page.waitForFunction(
      () => (globalThis as { __rapportBuild?: string }).__rapportBuild === "newer",
    );
    await heading("Today");
    expect(await sameDocument()).toBe(false);
  });
});
