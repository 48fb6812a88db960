import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

// The "phone" is a fresh browser context on the LAN listener; in tests that listener binds
// 127.0.0.2 (loopback on Linux), never a real network address.
const androidChrome =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

describe.skipIf(!available)("pairing a phone over the LAN, in a real browser", () => {
  let browser: Browser;
  let app: RunningApp | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await app?.stop();
    app = undefined;
  });

  async function context(options: Parameters<Browser["newContext"]>[0]) {
    const made = await browser.newContext({ timezoneId: "UTC", locale: "en-US", ...options });
    contexts.push(made);
    return made.newPage();
  }

  it("pairs a 390 px phone with the link, lands on Today, and is cut off once revoked", async () => {
    app = await startApp({ args: ["--lan", "--lan-address", "127.0.0.2"] });
    const { lanOrigin } = await callApi<{ lanOrigin: string }>(app, "GET", "/api/devices");
    expect(lanOrigin).toBe(app.url.replace("127.0.0.1", "127.0.0.2"));

    const laptop = await context({ viewport: { width: 1280, height: 900 } });
    await laptop.goto(`${app.url}/settings#devices`);
    const section = laptop.locator("section#devices");
    await section.getByRole("heading", { name: "Phones and tablets" }).waitFor();
    await section.getByText(lanOrigin, { exact: true }).waitFor();
    await section.getByText("No phone or tablet is paired.").waitFor();
    await section.getByRole("button", { name: "Pair a phone" }).click();
    const link = (await section.getByTestId("pairing-url").textContent()) ?? "";
    expect(link).toMatch(new RegExp(`^${lanOrigin}/pair/[A-Za-z0-9_-]{43}$`));
    const qr = section.getByRole("img", { name: "QR code of the pairing link" });
    await qr.waitFor();
    expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await section.screenshot({ path: "/tmp/lan-settings-laptop-link.png" });

    const phone = await context({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      userAgent: androidChrome,
    });
    // Before pairing, the LAN listener shows only how to pair.
    await phone.goto(`${lanOrigin}/today`);
    await phone.getByRole("heading", { level: 1, name: "Pair this device first" }).waitFor();

    await phone.goto(link);
    await phone.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    expect(new URL(phone.url()).pathname).toBe("/today");

    // The laptop sees the new phone without reloading, and the link is put away.
    await section.getByRole("status").getByText("Paired: Chrome on Android.").waitFor();
    await section
      .getByRole("list", { name: "Paired devices" })
      .getByText("Chrome on Android")
      .waitFor();
    expect(await section.getByTestId("pairing-url").count()).toBe(0);
    await section.screenshot({ path: "/tmp/lan-settings-laptop.png" });

    // The same link a second time, in another fresh context, is refused.
    const stranger = await context({ viewport: { width: 390, height: 844 } });
    await stranger.goto(link);
    await stranger
      .getByRole("heading", { level: 1, name: "This pairing link does not work" })
      .waitFor();
    await stranger.getByText("This pairing link has already been used").waitFor();

    // On the phone, Settings marks it "This device", with no Revoke of its own.
    await phone.goto(`${lanOrigin}/settings#devices`);
    const phoneSection = phone.locator("section#devices");
    await phoneSection.getByText("This device").waitFor();
    expect(await phoneSection.getByRole("button", { name: /^Revoke/ }).count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await phoneSection.screenshot({ path: "/tmp/lan-settings-phone.png" });

    // Revoked from the computer, with a confirmation.
    await section.getByRole("button", { name: "Revoke Chrome on Android" }).click();
    const dialog = laptop.getByRole("dialog", { name: "Revoke Chrome on Android?" });
    await dialog.getByRole("button", { name: "Revoke" }).click();
    await section
      .getByRole("status")
      .getByText("Chrome on Android can no longer open Rapport.")
      .waitFor();
    await section.getByText("No phone or tablet is paired.").waitFor();

    // The phone's next request is refused, and the open app reloads into the server's page.
    await phoneSection.getByRole("button", { name: "Pair a phone" }).click();
    await phone.getByRole("heading", { level: 1, name: "Pair this device again" }).waitFor();
    await phone.getByText("Settings → Phones and tablets").waitFor();
    await phone.screenshot({ path: "/tmp/lan-pair-again-phone.png" });
  });

  it("says how to turn LAN serving on when Rapport serves this computer only", async () => {
    app = await startApp();
    for (const [width, name] of [
      [1280, "laptop"],
      [390, "phone"],
    ] as const) {
      const page = await context({ viewport: { width, height: 900 } });
      await page.goto(`${app.url}/settings#devices`);
      const section = page.locator("section#devices");
      await section.getByTestId("lan-off").waitFor();
      expect(await section.getByTestId("lan-off").textContent()).toBe(
        "Rapport is open on this computer only. To use it from your phone on the same Wi-Fi, stop Rapport and start it again with rapport serve --lan (or npm start -- --lan), then pair your phone here.",
      );
      expect(await section.getByRole("button", { name: "Pair a phone" }).count()).toBe(0);
      await section.screenshot({ path: `/tmp/lan-settings-off-${name}.png` });
    }
  });
});
