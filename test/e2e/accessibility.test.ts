import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAxe, seriousFindings } from "./axe.js";
import { browserAvailable, launchBrowser, type RunningApp, startApp } from "./harness.js";
import { seedEffort } from "./insights-effort-seed.js";
import { mainPages, openDrawn } from "./main-pages.js";

const available = browserAvailable();

describe.skipIf(!available)("accessibility (axe-core)", () => {
  let browser: Browser;
  let app: RunningApp;
  let axe: string;
  let mayaId: string;

  beforeAll(async () => {
    axe = await readAxe();
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
