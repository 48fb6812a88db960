import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Person } from "../../src/domain/person.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();
const hour = 60 * 60 * 1000;

/**
 * Issue 11's offline half: the installable app, and the conversations of the next 48 hours
 * kept on the device. The browser's real clock decides what is "the next 48 hours", so the
 * conversations are booked from the real now (no test clock here).
 */
describe.skipIf(!available)("Rapport offline", () => {
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
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
    await app?.stop();
  });

  async function book(name: string, organizationName: string, startsIn: number) {
    const { person } = await callApi<{ person: Person }>(app, "POST", "/api/people", {
      name,
      organizationName,
    });
    const { conversation } = await callApi<{ conversation: { activityId: string } }>(
      app,
      "POST",
      "/api/conversations",
      {
        personId: person.id,
        scheduledFor: new Date(Date.now() + startsIn).toISOString(),
        durationMinutes: 30,
        channel: "in_person",
      },
    );
    return { person, activityId: conversation.activityId };
  }

  const heading = (name: string) => page.getByRole("heading", { level: 1, name }).waitFor();

  it("keeps the next 48 hours' conversations: preparation and brief open offline, one 3 days away says it is not saved, one moved away leaves the device", async () => {
    const soon = await book("Maya Chen", "Hopkins Children's", 5 * hour);
    const later = await book("Omar Haddad", "City Planning", 72 * hour);
    await callApi(app, "PATCH", `/api/conversations/${soon.activityId}/preparation`, {
      objective: "Learn how the clinic hires new graduates, by Friday",
    });
    await callApi(app, "POST", `/api/conversations/${soon.activityId}/plan`, {
      text: "How did you come to run a children's clinic?",
      group: "person",
    });
    await callApi(app, "POST", "/api/research-notes", {
      personId: soon.person.id,
      body: "Gave a talk on early screening at the 2025 ASHA convention.",
    });

    // Online: the service worker takes charge and the keep-on-device step marks what it kept.
    await page.goto(`${app.url}/conversations`);
    await heading("Conversations");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const row = (activityId: string) => page.locator(`[data-conversation="${activityId}"]`);
    await row(soon.activityId).getByText("Available offline").waitFor();
    expect(await row(later.activityId).getByText("Available offline").count()).toBe(0);

    await context.setOffline(true);
    await page.goto(`${app.url}/conversations/${soon.activityId}/prepare`);
    await heading("Prepare: Maya Chen");
    await page.getByText("Offline — showing what was saved on this device").waitFor();
    expect(await page.getByRole("textbox", { name: "Objective" }).inputValue()).toBe(
      "Learn how the clinic hires new graduates, by Friday",
    );
    await page.getByText("How did you come to run a children's clinic?").first().waitFor();
    await page.getByText("Gave a talk on early screening at the 2025 ASHA convention.").waitFor();
    await page.getByText("Available offline").first().waitFor();

    await page.goto(`${app.url}/conversations/${soon.activityId}/brief`);
    await heading("Maya Chen");
    await page.getByText("Learn how the clinic hires new graduates, by Friday").waitFor();
    await page.getByText("How did you come to run a children's clinic?").waitFor();

    // Three days away: never kept, and the page says so instead of staying blank.
    await page.goto(`${app.url}/conversations/${later.activityId}/prepare`);
    await page.getByText("Not saved on this device").waitFor();
    await page.getByText("You are offline, and this was not kept on this device.").waitFor();
    await page.goto(`${app.url}/conversations/${later.activityId}/brief`);
    await page.getByText("Not saved on this device").waitFor();

    // Back online, the same page loads from the server by itself and the banner goes.
    await context.setOffline(false);
    await heading("Omar Haddad");
    expect(await page.getByText("Offline — showing what was saved on this device").count()).toBe(0);

    // Moved four days away, Maya's conversation leaves the device at the next keep-on-device
    // run (this page load); another one tomorrow is kept meanwhile.
    const tomorrow = await book("Lena Fischer", "Bosch", 20 * hour);
    await callApi(app, "POST", `/api/conversations/${soon.activityId}/reschedule`, {
      scheduledFor: new Date(Date.now() + 96 * hour).toISOString(),
    });
    await page.goto(`${app.url}/conversations`);
    await row(tomorrow.activityId).getByText("Available offline").waitFor();
    await row(soon.activityId).getByText("Available offline").waitFor({ state: "detached" });
    await context.setOffline(true);
    await page.goto(`${app.url}/conversations/${soon.activityId}/brief`);
    await page.getByText("Not saved on this device").waitFor();
    await page.goto(`${app.url}/conversations/${tomorrow.activityId}/brief`);
    await heading("Lena Fischer");
  });

  it("serves a web manifest with the app's icons, linked from the page", async () => {
    await page.goto(`${app.url}/today`);
    await heading("Today");
    const link = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(link).toBe("/manifest.webmanifest");
    const response = await fetch(`${app.url}${link}`);
    expect(response.headers.get("content-type")).toBe("application/manifest+json");
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: "Rapport",
      short_name: "Rapport",
      start_url: "/",
      display: "standalone",
      theme_color: "#0f766e",
    });
    expect(manifest.icons).toEqual([
      { src: "/pwa-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/pwa-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/pwa-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ]);
    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    for (const src of [...manifest.icons.map((icon) => icon.src), appleIcon]) {
      const icon = await fetch(`${app.url}${src}`);
      expect(icon.status).toBe(200);
      expect(icon.headers.get("content-type")).toBe("image/png");
    }
  });
});
