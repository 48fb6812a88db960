import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";
import { seedEffort } from "./insights-effort-seed.js";

const available = browserAvailable();

const viewports = [
  { name: "a 1280 px laptop", label: "laptop", width: 1280, height: 900 },
  { name: "a 390 px phone", label: "phone", width: 390, height: 844 },
];

/** A table's body rows (named by its caption), each as its cells' text. */
function tableRows(page: Page, caption: string) {
  return page
    .getByRole("table", { name: caption })
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.children, (cell) => (cell.textContent ?? "").trim().replace(/\s+/g, " ")),
      ),
    );
}

async function downloaded(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await readFile(await download.path(), "utf8"),
  };
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.skipIf(!available)("Insights: effort and yield, and the referral network", () => {
  let browser: Browser;
  let app: RunningApp;
  let context: BrowserContext | undefined;
  let page: Page;
  let people: Awaited<ReturnType<typeof seedEffort>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp();
    // The tests only read: one app and one seeded log serve them all.
    people = await seedEffort(app);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  const open = async (width: number, height: number, section: "effort" | "network") => {
    await context?.close();
    context = await browser.newContext({ viewport: { width, height } });
    page = await context.newPage();
    await page.goto(`${app.url}/insights?section=${section}`);
  };

  it("counts the funnel, the answer times, the breakdowns and the introductions, and downloads them as CSV", async () => {
    await open(1280, 900, "effort");
    await page.getByRole("table", { name: "The funnel" }).waitFor();
    expect(await tableRows(page, "The funnel")).toEqual([
      ["Identified", "6", "–"],
      ["Contacted", "5", "83%"],
      ["Replied", "4", "80%"],
      ["Scheduled", "3", "75%"],
      ["Met", "2", "67%"],
      ["Thanked", "2", "100%"],
      ["Keeping in touch", "1", "50%"],
    ]);
    await page.getByText("80% of those contacted replied").waitFor();

    // First answers after 0 (an answered call), 2, 4 and 6 days; Sam never answered.
    expect(await page.getByTestId("answer-time").textContent()).toBe(
      "Half answered within 3 days; most between 1.5 and 4.5 days.",
    );

    expect(await tableRows(page, "By source")).toEqual([
      ["Referral", "3", "3", "100%", "33%", "4"],
      ["Alumni", "1", "1", "100%", "100%", "2"],
      ["Cold (no connection)", "1", "1", "0%", "0%", "–"],
      ["Friend", "1", "0", "–", "–", "–"],
    ]);
    await page.getByRole("radio", { name: "Introduced or cold" }).check();
    expect(await tableRows(page, "By introduced or cold")).toEqual([
      ["Found without an introduction", "3", "2", "50%", "50%", "2"],
      ["Introduced by someone", "3", "3", "100%", "33%", "4"],
    ]);
    const byIntroduction = await downloaded(page, "Download CSV: By introduced or cold");
    expect(byIntroduction.name).toBe("by-introduced.csv");
    expect(byIntroduction.text).toBe(
      "\ufeffIntroduced or cold,People,Contacted,Replied (%),Met (%),Median days to answer\r\n" +
        "Found without an introduction,3,2,50,50,2\r\n" +
        "Introduced by someone,3,3,100,33,4",
    );
    await page.getByRole("radio", { name: "Organization" }).check();
    expect((await tableRows(page, "By organization")).map((row) => row[0])).toEqual([
      "Hopkins",
      "CivicWorks",
      "Johns Hopkins APL",
      "T. Rowe Price",
      "Not recorded",
    ]);

    const funnel = await downloaded(page, "Download CSV: The funnel");
    expect(funnel.name).toBe("funnel.csv");
    expect(funnel.text).toBe(
      "\ufeffStep,People,From the step before (%)\r\n" +
        "Identified,6,\r\nContacted,5,83\r\nReplied,4,80\r\nScheduled,3,75\r\n" +
        "Met,2,67\r\nThanked,2,100\r\nKeeping in touch,1,50",
    );

    // Maya introduced Lee and Ana, Lee introduced Priya: 3 introductions from 2 people met.
    expect(await tableRows(page, "Who introduced you")).toEqual([
      ["Maya Chen", "2"],
      ["Lee Park", "1"],
    ]);
    await page.getByText("1.5", { exact: true }).waitFor();

    expect(await tableRows(page, "Log entries per week")).toEqual([
      ["Sep 28, 2026", "1"],
      ["Sep 21, 2026", "2"],
      ["Sep 14, 2026", "3"],
      ["Sep 7, 2026", "5"],
      ["Aug 31, 2026", "6"],
    ]);
    await page.getByTestId("activity-chart").locator("canvas").waitFor();

    await page
      .getByRole("table", { name: "Who introduced you" })
      .getByRole("link", { name: "Lee Park" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Lee Park" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${people.lee.id}`);
  });

  it("draws who introduced whom, names each node, and opens a person from the drawing", async () => {
    await open(1280, 900, "network");
    const graph = page.getByTestId("network-graph");
    await graph.getByRole("link").first().waitFor();
    expect(
      await graph
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("aria-label"))),
    ).toEqual([
      // In the order the people were added (the store reads them so on both engines).
      "Maya Chen, keeping in touch, introduced 2",
      "Lee Park, thanked, introduced 1",
      "Ana Souza, declined",
      "Priya Rao, scheduled",
    ]);
    expect(await page.getByTestId("network-summary").textContent()).toBe(
      "4 people in a chain of introductions, and 2 people you found yourself (counted on you, not drawn).",
    );
    expect(
      await page.getByRole("list", { name: "Colours: each person's stage" }).textContent(),
    ).toBe("YouScheduledThankedKeeping in touchDeclined");
    expect(await tableRows(page, "Who introduced whom")).toEqual([
      ["Maya Chen", "Lee Park", "Thanked", "T. Rowe Price"],
      ["Maya Chen", "Ana Souza", "Declined", "Hopkins"],
      ["Lee Park", "Priya Rao", "Scheduled", "Johns Hopkins APL"],
    ]);
    const csv = await downloaded(page, "Download CSV: Who introduced whom");
    expect(csv.text).toBe(
      "\ufeffIntroduced by,Person,Stage,Organization\r\n" +
        "Maya Chen,Lee Park,Thanked,T. Rowe Price\r\n" +
        "Maya Chen,Ana Souza,Declined,Hopkins\r\n" +
        "Lee Park,Priya Rao,Scheduled,Johns Hopkins APL",
    );

    await graph.getByRole("link", { name: "Maya Chen, keeping in touch, introduced 2" }).click();
    await page.getByRole("heading", { level: 1, name: "Maya Chen" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${people.maya.id}`);

    // From the keyboard: a node takes the focus and Enter opens the person.
    await page.goBack();
    const priya = graph.getByRole("link", { name: "Priya Rao, scheduled" });
    await priya.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Priya Rao" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${people.priya.id}`);
  });

  it("narrows every figure by the shared filter", async () => {
    await open(1280, 900, "effort");
    await page.getByRole("table", { name: "The funnel" }).waitFor();
    await page
      .getByRole("region", { name: "Filter insights" })
      .getByLabel("Location")
      .selectOption("Baltimore");
    await expect
      .poll(() => tableRows(page, "The funnel"))
      .toEqual([
        ["Identified", "1", "–"],
        ["Contacted", "1", "100%"],
        ["Replied", "1", "100%"],
        ["Scheduled", "1", "100%"],
        ["Met", "1", "100%"],
        ["Thanked", "1", "100%"],
        ["Keeping in touch", "1", "100%"],
      ]);
    expect(await page.getByTestId("answer-time").textContent()).toBe(
      "One answer so far, after 2 days.",
    );
    // Maya is in Baltimore; those she introduced are not, so no chain is left to draw.
    await page.getByRole("tab", { name: "Referral network" }).click();
    await page.getByRole("heading", { name: "Nobody has introduced anyone yet" }).waitFor();
    await page.getByText("So far, 1 person you found yourself.").waitFor();
  });

  it("says what to do first when nobody has been contacted or introduced", async () => {
    const fresh = await startApp();
    try {
      await callApi(fresh, "POST", "/api/people", { name: "Jon Bell" });
      await context?.close();
      context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      page = await context.newPage();
      await page.goto(`${fresh.url}/insights?section=effort`);
      await page.getByRole("heading", { name: "Nobody contacted yet" }).waitFor();
      await page.getByRole("link", { name: "Choose someone to write to" }).waitFor();
      await page.getByRole("tab", { name: "Referral network" }).click();
      await page.getByRole("heading", { name: "Nobody has introduced anyone yet" }).waitFor();
      await page.getByRole("link", { name: "Go to your people" }).click();
      await page.waitForURL(/\/people$/);
    } finally {
      await context?.close();
      context = undefined;
      await fresh.stop();
    }
  });

  for (const viewport of viewports) {
    it(`fits both sections on ${viewport.name} without scrolling sideways`, async () => {
      await open(viewport.width, viewport.height, "effort");
      await page.getByTestId("activity-chart").locator("canvas").waitFor();
      expect(await noSideScroll(page)).toBe(true);
      await page.screenshot({
        path: `/tmp/effortweb-shots/effort-effort-${viewport.label}.png`,
        fullPage: true,
      });

      await page.getByRole("tab", { name: "Referral network" }).click();
      const graph = page.getByTestId("network-graph");
      await graph.getByRole("link").first().waitFor();
      expect(await noSideScroll(page)).toBe(true);
      // The drawing scales to the column it is given.
      const box = await graph.boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= viewport.width).toBe(true);
      await page.screenshot({
        path: `/tmp/effortweb-shots/effort-network-${viewport.label}.png`,
        fullPage: true,
      });
      await graph.getByRole("link", { name: "Ana Souza, declined" }).click();
      await page.getByRole("heading", { level: 1, name: "Ana Souza" }).waitFor();
    });
  }
});
