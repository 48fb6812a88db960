import { mkdir } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfHasText } from "../pdf-text.js";
import { readAxe, seriousFindings } from "./axe.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";
import { seedEffort } from "./insights-effort-seed.js";
import { mainPages, openDrawn } from "./main-pages.js";

const available = browserAvailable();
const shots = "/tmp/theme-shots";

// The page's background (slate-50) as Chromium computes it in each theme (styles.css).
const darkPage = "oklch(0.16 0.03 264)";
const lightPage = "oklch(0.984 0.003 247.858)";
// The text of a person's details (slate-900) on paper: the light theme's, even on a dark system.
const lightText = "oklch(0.208 0.042 265.755)";

/** What the page looks like: body's and main's backgrounds, and the colour scheme of <html>. */
function surfaces(page: Page) {
  return page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    html: getComputedStyle(document.documentElement).backgroundColor,
    scheme: getComputedStyle(document.documentElement).colorScheme,
  }));
}

const slug = (path: string) =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, "person")
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "");

describe.skipIf(!available)("themes: dark from the system, the switch in Settings, print", () => {
  let browser: Browser;
  let app: RunningApp;
  let axe: string;
  let mayaId: string;
  const contexts: BrowserContext[] = [];

  async function openPage(options: {
    colorScheme: "light" | "dark";
    width?: number;
    height?: number;
  }) {
    const context = await browser.newContext({
      colorScheme: options.colorScheme,
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      // The app's service worker would answer some reloads from its cache; not under test here.
      serviceWorkers: "block",
    });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    axe = await readAxe();
    browser = await launchBrowser();
    app = await startApp();
    const { maya } = await seedEffort(app);
    mayaId = maya.id;
    await callApi(app, "PUT", `/api/people/${mayaId}`, {
      name: "Maya Chen",
      organizationName: "Hopkins",
      source: "alumni",
      location: "Baltimore",
      email: "maya@example.org",
      profileUrl: "https://www.linkedin.com/in/maya-chen-example",
      notes: "Leads the clinical informatics team; ask about the nurse-led dashboards.",
    });
    await callApi(app, "POST", "/api/research-notes", {
      personId: mayaId,
      notedOn: "2026-08-28",
      body: "Spoke at **HIMSS** about [nurse-led analytics](https://example.org/talk).",
    });
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.stop();
  });

  it.each([
    { name: "a 1280 px laptop", width: 1280, height: 900 },
    { name: "a 390 px phone", width: 390, height: 844 },
  ])(
    "with the system dark, every main page is dark and axe finds nothing serious on $name",
    async ({ width, height }) => {
      const page = await openPage({ colorScheme: "dark", width, height });
      const pages = mainPages(mayaId);
      const seen: Record<string, unknown> = {};
      const found: Record<string, string[]> = {};
      for (const [path, heading] of pages) {
        await openDrawn(page, `${app.url}${path}`, heading);
        seen[path] = await surfaces(page);
        found[path] = await seriousFindings(page, axe);
        await page.screenshot({ path: `${shots}/dark-${width}-${slug(path)}.png`, fullPage: true });
      }
      const dark = { body: darkPage, html: darkPage, scheme: "dark" };
      expect(seen).toEqual(Object.fromEntries(pages.map(([path]) => [path, dark])));
      expect(found).toEqual(Object.fromEntries(pages.map(([path]) => [path, []])));
    },
    180_000,
  );

  it("Light in Settings overrides a dark system, survives a reload, and System gives it back", async () => {
    const page = await openPage({ colorScheme: "dark" });
    await openDrawn(page, `${app.url}/settings#appearance`, "Settings");
    const theme = page.getByRole("group", { name: "Theme" });
    expect(await theme.getByRole("radio", { name: "System" }).isChecked()).toBe(true);

    await theme.getByRole("radio", { name: "Light" }).check();
    expect(await surfaces(page)).toEqual({ body: lightPage, html: lightPage, scheme: "light" });
    await page.screenshot({ path: `${shots}/settings-light-on-dark-system.png` });

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    expect(await theme.getByRole("radio", { name: "Light" }).isChecked()).toBe(true);
    expect(await surfaces(page)).toEqual({ body: lightPage, html: lightPage, scheme: "light" });
    await openDrawn(page, `${app.url}/today`, "Today");
    expect(await surfaces(page)).toEqual({ body: lightPage, html: lightPage, scheme: "light" });

    await openDrawn(page, `${app.url}/settings#appearance`, "Settings");
    await theme.getByRole("radio", { name: "System" }).check();
    expect(await surfaces(page)).toEqual({ body: darkPage, html: darkPage, scheme: "dark" });
    expect(await page.evaluate(() => localStorage.getItem("rapport-theme"))).toBeNull();
  });

  it("Dark in Settings works under a light system, and holds after a reload", async () => {
    const page = await openPage({ colorScheme: "light" });
    await openDrawn(page, `${app.url}/settings#appearance`, "Settings");
    expect(await surfaces(page)).toEqual({ body: lightPage, html: lightPage, scheme: "light" });

    await page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "Dark" }).check();
    expect(await surfaces(page)).toEqual({ body: darkPage, html: darkPage, scheme: "dark" });
    await page.screenshot({ path: `${shots}/settings-dark-on-light-system.png` });

    await openDrawn(page, `${app.url}/people/${mayaId}`, "Maya Chen");
    expect(await surfaces(page)).toEqual({ body: darkPage, html: darkPage, scheme: "dark" });
    // Before the app's scripts run, /theme.js has already set the theme: no light flash.
    await page.reload({ waitUntil: "commit" });
    await page.waitForSelector("body");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  });

  it("prints a person's page on white: details, notes, log and research, no navigation or buttons", async () => {
    // A dark system and a phone-sized window: paper is still white, and nothing is cut off.
    const page = await openPage({ colorScheme: "dark", width: 390, height: 844 });
    await openDrawn(page, `${app.url}/people/${mayaId}`, "Maya Chen");
    await page.getByText("Spoke at").waitFor();
    const toasts = page.getByRole("region", { name: "Notifications" });
    expect(await toasts.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });

    const shown = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll(
          (elements) =>
            elements.filter((element) => (element as HTMLElement).checkVisibility()).length,
        );
    expect({
      navigation: await shown("nav"),
      buttons: await shown("button"),
      searchBoxes: await shown("input, textarea, select"),
      skipLink: await page.getByRole("link", { name: "Skip to content" }).isVisible(),
      toasts: await toasts.isVisible(),
      writeTo: await page.getByRole("link", { name: "Write to Maya Chen" }).isVisible(),
      name: await page.getByRole("heading", { level: 1, name: "Maya Chen" }).isVisible(),
      log: await page
        .getByRole("list", { name: "Log for Maya Chen, newest first" })
        .getByText("Conversation held")
        .isVisible(),
      notes: await page.getByText("ask about the nurse-led dashboards").isVisible(),
      research: await page.getByText("Spoke at").isVisible(),
      email: await page.getByText("maya@example.org").isVisible(),
    }).toEqual({
      navigation: 0,
      buttons: 0,
      searchBoxes: 0,
      skipLink: false,
      toasts: false,
      writeTo: false,
      name: true,
      log: true,
      notes: true,
      research: true,
      email: true,
    });
    expect(await surfaces(page)).toEqual({
      body: "rgb(255, 255, 255)",
      html: "rgb(255, 255, 255)",
      scheme: "light",
    });
    // Links read as text: the colour of the text around them, not underlined.
    const link = await page.getByRole("link", { name: "maya@example.org" }).evaluate((element) => ({
      colour: getComputedStyle(element).color,
      decoration: getComputedStyle(element).textDecorationLine,
      around: element.parentElement ? getComputedStyle(element.parentElement).color : "",
    }));
    expect(link).toEqual({ colour: link.around, decoration: "none", around: lightText });

    const pdf = new Uint8Array(await page.pdf({ format: "A4", tagged: true }));
    await page.emulateMedia({ media: "screen" });
    expect({
      name: pdfHasText(pdf, "Maya Chen"),
      notes: pdfHasText(pdf, "ask about the nurse-led dashboards."),
      research: pdfHasText(pdf, "nurse-led analytics"),
      location: pdfHasText(pdf, "Baltimore"),
      writeTo: pdfHasText(pdf, "Write to Maya Chen"),
      delete: pdfHasText(pdf, "Delete"),
      search: pdfHasText(pdf, "Search"),
    }).toEqual({
      name: true,
      notes: true,
      research: true,
      location: true,
      writeTo: false,
      delete: false,
      search: false,
    });
  });
});
