import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CadenceSettings } from "../../src/domain/cadence-settings.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("the first run takes the browser's time zone", () => {
  let browser: Browser;
  let app: RunningApp | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    await app?.stop();
  });

  async function openIn(timezoneId: string, options: { welcomed: boolean }): Promise<Page> {
    app = await startApp({ welcomed: options.welcomed });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId });
    return context.newPage();
  }
  const savedZone = async (running: RunningApp) =>
    (await callApi<{ settings: CadenceSettings }>(running, "GET", "/api/settings/cadence")).settings
      .timeZone;

  it("sets the zone from the browser on the welcome page, says so, and Settings shows it", async () => {
    const page = await openIn("Europe/Paris", { welcomed: false });
    const running = app as RunningApp;
    expect(await savedZone(running)).toBe("UTC");
    await page.goto(`${running.url}/`);
    await page.getByRole("heading", { level: 1, name: "Welcome to Rapport" }).waitFor();
    const notice = page.getByTestId("time-zone-notice");
    await notice.getByText("We set your time zone to Europe/Paris from this browser").waitFor();
    expect(await notice.textContent()).toBe(
      "We set your time zone to Europe/Paris from this browser; change it in Settings.",
    );
    expect(await savedZone(running)).toBe("Europe/Paris");

    await notice.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await expect.poll(() => page.getByLabel("Your time zone").inputValue()).toBe("Europe/Paris");
  });

  it("leaves the zone alone once the welcome is done", async () => {
    const page = await openIn("America/New_York", { welcomed: true });
    const running = app as RunningApp;
    await page.goto(`${running.url}/settings`);
    await expect.poll(() => page.getByLabel("Your time zone").inputValue()).toBe("UTC");
    expect(await savedZone(running)).toBe("UTC");
  });
});
