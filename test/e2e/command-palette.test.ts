import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import { readAxe, seriousFindings } from "./axe.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();
const shots = "/tmp/command-palette";

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
const collectViolations = () => {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener("securitypolicyviolation", (event) => {
    seen.push(`${event.violatedDirective} ${event.blockedURI || "inline"}`);
  });
};

describe.skipIf(!available)("the command palette and the keyboard shortcuts", () => {
  let browser: Browser;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  let maya: Person;
  let sam: Person;

  const addPerson = async (draft: PersonDraft) =>
    (await callApi<{ person: Person }>(app, "POST", "/api/people", draft)).person;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp();
    maya = await addPerson({ name: "Maya Chén", title: "UX researcher" });
    sam = await addPerson({ name: "Sam Okafor", title: "Product designer" });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.addInitScript(collectViolations);
  });

  afterEach(async () => {
    await context?.close();
  });

  const palette = () => page.getByRole("dialog", { name: "Commands" });
  const paletteBox = () => palette().getByRole("combobox");
  const options = () => palette().getByRole("option");
  const sheet = () => page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // A string runs in the page, so these tests need no DOM types of their own.
  const focused = () =>
    page.evaluate<string>(
      "(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim()",
    );
  const selected = () => palette().locator('[role="option"][aria-selected="true"]').textContent();

  async function openToday() {
    await page.goto(`${app.url}/today`);
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  }

  async function openPalette() {
    await page.keyboard.press("Control+k");
    await paletteBox().waitFor();
    expect(await focused()).toBe("Type a command or a name");
  }

  it("opens on Ctrl+K; “trips” and Enter go to Trips, whose heading then has focus", async () => {
    // The palette is its own chunk: Today's first load does not fetch it.
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await openToday();
    await page.waitForLoadState("networkidle");
    expect(scripts.filter((path) => path.includes("command-palette"))).toEqual([]);
    await page.screenshot({
      path: `${shots}-header-1280.png`,
      clip: { x: 0, y: 0, width: 1280, height: 200 },
    });

    await openPalette();
    expect(scripts.filter((path) => path.includes("command-palette"))).toHaveLength(1);
    // Nothing typed: every command under its group, the first highlighted.
    expect(
      await palette()
        .getByRole("group")
        .evaluateAll((groups) => groups.length),
    ).toBe(3);
    expect(await selected()).toMatch(/^Go to Today/);
    await page.screenshot({ path: `${shots}-open-1280.png` });

    await page.keyboard.type("trips");
    await expect.poll(() => options().count()).toBe(1);
    expect(await selected()).toMatch(/^Go to Trips/);
    // Its shortcut is shown beside it: g, then r.
    expect(await options().first().locator("kbd").allTextContents()).toEqual(["g", "r"]);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Trips" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/trips");
    expect(await palette().count()).toBe(0);
    await expect.poll(focused).toBe("Trips");
  });

  it("matches words in any order, capitals and accents ignored, and says when nothing matches", async () => {
    await openToday();
    await openPalette();
    await page.keyboard.type("PERSON add");
    await expect.poll(selected).toMatch(/^Add person/);
    await paletteBox().fill("réglages courrier zzqx");
    await palette().getByText("No command matches “réglages courrier zzqx”").waitFor();
    expect(await options().count()).toBe(0);
    // Arrows move round the list: up from the first is the last.
    await paletteBox().fill("go to");
    await expect.poll(selected).toMatch(/^Go to Today/);
    await page.keyboard.press("ArrowDown");
    expect(await selected()).toMatch(/^Go to People/);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await selected()).toMatch(/^Go to Settings/);
  });

  it("“add person” opens the add-person form", async () => {
    await openToday();
    await openPalette();
    await page.keyboard.type("add person");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/people/new");
  });

  it("a person's name opens their page; “Log an entry…” asks for whom and opens their log", async () => {
    await openToday();
    await openPalette();
    // Typed and entered at once: Enter waits for the names instead of running a loose match.
    await page.keyboard.type("maya chen");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Maya Chén" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${maya.id}`);

    await openPalette();
    await page.keyboard.type("log entry");
    await expect.poll(selected).toBe("Log an entry…");
    await page.keyboard.press("Enter");
    await palette().getByRole("combobox", { name: "Log an entry for whom?" }).waitFor();
    await palette().getByText("Type a name").waitFor();
    await page.keyboard.type("okaf");
    await palette()
      .getByRole("option", { name: /^Sam Okafor/ })
      .waitFor();
    expect(await palette().getByRole("group").textContent()).toMatch(/^PeopleSam Okafor/);
    await page.screenshot({ path: `${shots}-pick-1280.png` });
    await page.keyboard.press("Enter");
    await page.waitForURL(`${app.url}/people/${sam.id}#log`);
    await page.getByRole("heading", { level: 1, name: "Sam Okafor" }).waitFor();
    await expect
      .poll(() => page.evaluate<string | undefined>("document.activeElement?.id"))
      .toBe("log-kind");
  });

  it("Escape closes it and puts focus back where it was", async () => {
    await openToday();
    const peopleLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", {
      name: "People",
    });
    await peopleLink.focus();
    await openPalette();
    await page.keyboard.press("Escape");
    expect(await palette().count()).toBe(0);
    expect(await focused()).toBe("People");

    // From the header button: back to the button; Ctrl+K again closes it too.
    await page.getByRole("button", { name: /^Commands/ }).click();
    await paletteBox().waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(focused).toMatch(/^Commands/);
    await openPalette();
    await page.keyboard.press("Control+k");
    expect(await palette().count()).toBe(0);
  });

  it("? opens the sheet of shortcuts, but a ? typed in a text box is only typed", async () => {
    await openToday();
    await page.keyboard.press("?");
    await sheet().waitFor();
    expect(await sheet().getByRole("term").allTextContents()).toContain("g then t");
    await page.screenshot({ path: `${shots}-sheet-1280.png` });
    await page.keyboard.press("Escape");
    expect(await sheet().count()).toBe(0);

    const search = page.getByRole("combobox", { name: "Search everything" });
    await search.click();
    await page.keyboard.type("?");
    expect(await search.inputValue()).toBe("?");
    expect(await sheet().count()).toBe(0);
    // Ctrl+K is no letter: it opens the palette from inside a field too, and Escape comes back.
    await openPalette();
    await page.keyboard.press("Escape");
    expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe(
      "global-search",
    );
    await search.fill("");

    // The palette's "Keyboard shortcuts" opens the sheet in its place.
    await page.locator("body").click({ position: { x: 700, y: 600 } });
    await openPalette();
    await page.keyboard.type("keyboard");
    await page.keyboard.press("Enter");
    await sheet().waitFor();
    expect(await palette().count()).toBe(0);
  });

  it("g then a letter goes to a page, / to the search, n p adds a person; all can be turned off", async () => {
    await openToday();
    await page.keyboard.press("g");
    await page.keyboard.press("p");
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await page.keyboard.press("g");
    await page.keyboard.press("o");
    await page.getByRole("heading", { level: 1, name: "Organizations" }).waitFor();
    await page.keyboard.press("/");
    expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe(
      "global-search",
    );
    await page.keyboard.press("Escape");
    await page.locator("body").click({ position: { x: 700, y: 600 } });
    await page.keyboard.press("n");
    await page.keyboard.press("p");
    await page.getByRole("heading", { level: 1, name: "Add a person" }).waitFor();

    // People keeps "/" for its own filter.
    await page.goto(`${app.url}/people`);
    await page.getByRole("table").getByText("Sam Okafor").waitFor();
    await page.keyboard.press("/");
    expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe(
      "people-filter-text",
    );
    await page.locator("body").click({ position: { x: 700, y: 700 } });

    await page.keyboard.press("?");
    await sheet()
      .getByRole("checkbox", { name: /Use one-key shortcuts/ })
      .uncheck();
    await page.keyboard.press("Escape");
    await page.keyboard.press("g");
    await page.keyboard.press("t");
    await page.keyboard.press("?");
    expect(await sheet().count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe("/people");
    // The palette still opens, and the choice lasts on this device.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await page.keyboard.press("?");
    expect(await sheet().count()).toBe(0);
    await openPalette();
  });

  it("on a 390 px phone the header button opens it, and a tap runs a command", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openToday();
    await page.screenshot({
      path: `${shots}-header-390.png`,
      clip: { x: 0, y: 0, width: 390, height: 200 },
    });
    await page.getByRole("button", { name: "Commands" }).click();
    await paletteBox().waitFor();
    await page.screenshot({ path: `${shots}-open-390.png` });
    await page.keyboard.type("ma");
    await palette()
      .getByRole("option", { name: /^Maya Chén/ })
      .waitFor();
    await page.screenshot({ path: `${shots}-names-390.png` });
    // No Esc key on a phone: the close button says Close.
    await palette().getByRole("button", { name: "Close", exact: true }).waitFor();
    const overflow = await page.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBe(0);
    await paletteBox().fill("trips");
    await palette()
      .getByRole("option", { name: /^Go to Trips/ })
      .click();
    await page.getByRole("heading", { level: 1, name: "Trips" }).waitFor();
  });

  it("has nothing serious or critical for axe-core and keeps the policy, open with names and as the sheet", async () => {
    const axe = await readAxe();
    await openToday();
    await page.waitForLoadState("networkidle");
    await openPalette();
    await page.keyboard.type("ma");
    await palette()
      .getByRole("option", { name: /^Maya Chén/ })
      .waitFor();
    await page.screenshot({ path: `${shots}-names-1280.png` });
    expect(await seriousFindings(page, axe)).toEqual([]);
    // Nothing matches: an empty list and the sentence saying so.
    await paletteBox().fill("zzqx");
    await palette().getByText("No command matches “zzqx”").waitFor();
    expect(await seriousFindings(page, axe)).toEqual([]);
    await palette().getByRole("button", { name: "Esc to close" }).waitFor();
    await page.keyboard.press("Escape");
    await page.keyboard.press("?");
    await sheet().waitFor();
    expect(await seriousFindings(page, axe)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}-sheet-390.png`, fullPage: true });
    expect(await seriousFindings(page, axe)).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
});
