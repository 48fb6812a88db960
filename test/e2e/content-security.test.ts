import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, type RunningApp, startApp } from "./harness.js";
import { seedEffort } from "./insights-effort-seed.js";
import { mainPages, openDrawn } from "./main-pages.js";

const available = browserAvailable();

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
const collectViolations = () => {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener("securitypolicyviolation", (event) => {
    seen.push(`${event.violatedDirective} ${event.blockedURI || "inline"}`);
  });
};

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe.skipIf(!available)("the Content-Security-Policy", () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  let mayaId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp();
    const people = await seedEffort(app);
    mayaId = people.maya.id;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(collectViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const pages = () => mainPages(mayaId);

  it("is sent with every page, and the app's main pages break none of it", async () => {
    const broken: Record<string, string[]> = {};
    for (const [path, heading] of pages()) {
      const response = await openDrawn(page, `${app.url}${path}`, heading);
      expect(
        response?.headers()["content-security-policy"]?.startsWith("default-src 'self';"),
      ).toBe(true);
      const seen = await violations(page);
      if (seen.length > 0) broken[`${path}`] = seen;
    }
    expect(broken).toEqual({});
  });

  it("holds while deleting someone with Undo (a toast, a scroll lock), as first users did", async () => {
    await page.goto(`${app.url}/people/${mayaId}`);
    await page.getByRole("heading", { level: 1, name: "Maya Chen" }).waitFor();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const toast = page.getByTestId("toast");
    await toast.getByText("Deleted Maya Chen").waitFor();
    await toast.getByRole("button", { name: "Undo" }).click();
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
  });

  it("is enforced: an inline script is refused and reported", async () => {
    await page.goto(`${app.url}/today`);
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true;";
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toEqual(["script-src-elem inline"]);
  });
});
