import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Person } from "../../src/domain/person.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("the people list a page at a time in a real browser", () => {
  let browser: Browser;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    app = await startApp();
    // 62 people: a first page of 50, then 12 more; twelve of them work at Zeta.
    for (let index = 0; index < 62; index += 1) {
      const number = String(index).padStart(2, "0");
      await callApi<{ person: Person }>(app, "POST", "/api/people", {
        name: `Person ${number}`,
        organizationName: index % 5 === 0 ? "Zeta" : "",
      });
    }
  });

  afterEach(async () => {
    await context?.close();
    await app?.stop();
  });

  const rows = () => page.locator("table tbody tr");
  const status = () => page.getByRole("status").filter({ hasText: /people/ });

  it("shows the first 50 with the count, then the rest from the keyboard; sorting starts again", async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(`${app.url}/people`);
    await status().filter({ hasText: "Showing 50 of 62 people" }).waitFor();
    expect(await rows().count()).toBe(50);
    expect(await rows().first().textContent()).toContain("Person 00");
    expect(await rows().last().textContent()).toContain("Person 49");

    const more = page.getByRole("button", { name: "Show more" });
    await more.focus();
    await page.keyboard.press("Enter");
    await status()
      .filter({ hasText: /^62 people$/ })
      .waitFor();
    expect(await rows().count()).toBe(62);
    expect(await rows().last().textContent()).toContain("Person 61");
    expect(await more.count()).toBe(0);

    // A new order is a new list: the first page again, newest names first.
    await page.getByRole("button", { name: "Name" }).click();
    await status().filter({ hasText: "Showing 50 of 62 people" }).waitFor();
    expect(await rows().count()).toBe(50);
    expect(await rows().first().textContent()).toContain("Person 61");

    // A filter counts only who matches, on one page.
    await page.getByPlaceholder("Name, title, notes…").fill("zeta");
    await status().filter({ hasText: "13 people match" }).waitFor();
    expect(await rows().count()).toBe(13);
    expect(await page.getByRole("button", { name: "Show more" }).count()).toBe(0);
  });

  it("keeps Show more within a phone's width", async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await page.goto(`${app.url}/people`);
    await status().filter({ hasText: "Showing 50 of 62 people" }).waitFor();
    const more = page.getByRole("button", { name: "Show more" });
    const box = await more.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await more.click();
    await status()
      .filter({ hasText: /^62 people$/ })
      .waitFor();
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
      390,
    );
  });
});
