import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, type RunningApp, startApp } from "./harness.js";
import { seedEffort } from "./insights-effort-seed.js";
import { mainPages, openDrawn } from "./main-pages.js";

const available = browserAvailable();
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** axe-core's serious and critical findings on the page as it is now, one line per node. */
async function seriousFindings(page: Page, source: string): Promise<string[]> {
  // Evaluated by the test, not loaded as a script: the app's policy refuses inline scripts.
  await page.evaluate(source);
  const result = await page.evaluate(
    () =>
      (
        window as unknown as { axe: { run: () => Promise<AxeResult> } }
      ).axe.run() as Promise<AxeResult>,
  );
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`),
    );
}

describe.skipIf(!available)("accessibility (axe-core)", () => {
  let browser: Browser;
  let app: RunningApp;
  let axe: string;
  let mayaId: string;

  beforeAll(async () => {
    axe = await readFile(axePath, "utf8");
    browser = await launchBrowser();
    app = await startApp();
    mayaId = (await seedEffort(app)).maya.id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const pages = () => mainPages(mayaId);

  it.each([
    { name: "a 1280 px laptop", width: 1280, height: 900 },
    { name: "a 390 px phone", width: 390, height: 844 },
  ])(
    "finds nothing serious or critical on the main pages on $name",
    async (viewport) => {
      const page = await browser.newPage({ viewport });
      const found: Record<string, string[]> = {};
      for (const [path, heading] of pages()) {
        await openDrawn(page, `${app.url}${path}`, heading);
        found[path] = await seriousFindings(page, axe);
      }
      await page.close();
      expect(found).toEqual(Object.fromEntries(pages().map(([path]) => [path, []])));
    },
    120_000,
  );
});
