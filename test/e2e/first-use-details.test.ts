import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

/** What a new user tripped on: back links, console errors, colours, labels and narrow screens. */
describe.skipIf(!available)("details a new user tripped on", () => {
  let browser: Browser;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;
  /** Console errors and failed responses since the page opened. */
  let problems: string[];
  let requestsInFlight: number;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    app = await startApp();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = [];
    requestsInFlight = 0;
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on("request", () => {
      requestsInFlight += 1;
    });
    const settled = () => {
      requestsInFlight -= 1;
    };
    page.on("requestfinished", settled);
    page.on("requestfailed", settled);
  });
  afterEach(async () => {
    await context?.close();
    await app?.stop();
  });

  const addPerson = async (draft: PersonDraft) =>
    (await callApi<{ person: Person }>(app, "POST", "/api/people", draft)).person;
  const heading = (name: string) => page.getByRole("heading", { level: 1, name }).waitFor();

  it("returns from Import to the page it was opened from", async () => {
    await page.goto(`${app.url}/people`);
    await heading("People");
    await page.getByRole("link", { name: "Import LinkedIn or contacts" }).click();
    await heading("Import contacts");
    await page.getByRole("link", { name: "← People" }).click();
    await heading("People");
    expect(new URL(page.url()).pathname).toBe("/people");

    await page.goto(`${app.url}/today`);
    await heading("Today");
    await page.getByRole("link", { name: "Import LinkedIn or contacts" }).click();
    await heading("Import contacts");
    await page.getByRole("link", { name: "← Today" }).click();
    await heading("Today");

    // Opened directly, it belongs to Settings → Your data.
    await page.goto(`${app.url}/import`);
    await heading("Import contacts");
    expect(await page.getByRole("link", { name: "← Settings" }).getAttribute("href")).toBe(
      "/settings#your-data",
    );
  });

  it("leaves no console errors after deleting a person and an organization", async () => {
    const maya = await addPerson({ name: "Maya Chen", organizationName: "Hopkins Digital Health" });
    await callApi(app, "POST", `/api/people/${maya.id}/activities`, {
      kind: "email_sent",
      occurredAt: "2025-03-03T14:00:00.000Z",
    });
    await page.goto(`${app.url}/people/${maya.id}`);
    await heading("Maya Chen");
    await page
      .getByRole("list", { name: "Log for Maya Chen, newest first" })
      .getByText("Email sent")
      .waitFor();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByTestId("toast").getByText("Deleted Maya Chen").waitFor();
    await heading("People");
    await expect.poll(() => requestsInFlight).toBe(0);
    expect(problems).toEqual([]);

    await page.goto(`${app.url}/organizations/${maya.organizationId}`);
    await heading("Hopkins Digital Health");
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await page.getByTestId("toast").getByText("Deleted Hopkins Digital Health").waitFor();
    await heading("Organizations");
    await expect.poll(() => requestsInFlight).toBe(0);
    expect(problems).toEqual([]);
  });

  it("keeps a chosen outcome pill readable while the pointer is on it", async () => {
    const maya = await addPerson({ name: "Maya Chen" });
    await page.goto(`${app.url}/people/${maya.id}`);
    await heading("Maya Chen");
    // Colours are read as they end, not mid-transition.
    await page.addStyleTag({ content: "* { transition: none !important; }" });
    await page.getByLabel("What happened").selectOption("call");
    const pill = page.getByRole("group", { name: "How did the call go?" }).getByText("No answer");
    await pill.click();
    await page.mouse.move(0, 0);
    const resting = await colours(pill);
    await pill.hover();
    const hovered = await colours(pill);
    expect(resting.color).toBe("rgb(255, 255, 255)");
    expect(hovered.color).toBe("rgb(255, 255, 255)");
    // Darker than at rest, as the app's other teal buttons do on hover, never white.
    expect(hovered.background).not.toBe(resting.background);
    expect(hovered.background).toBe(await teal800());
  });

  it("labels every location-flexibility select with a visible label", async () => {
    await callApi(app, "POST", "/api/targets", {
      kind: "location",
      label: "Baltimore, MD",
      flexibility: "home_base",
    });
    await page.goto(`${app.url}/settings`);
    await heading("Settings");
    const saved = page.getByLabel("Flexibility for Baltimore, MD", { exact: true });
    expect(await saved.inputValue()).toBe("home_base");
    const savedId = await saved.getAttribute("id");
    const visibleLabel = page.locator(`label[for="${savedId}"]`);
    expect(await visibleLabel.isVisible()).toBe(true);
    // Seen as "Flexibility"; heard with the place it belongs to.
    expect(await visibleLabel.textContent()).toBe("Flexibility for Baltimore, MD");
    expect(await page.getByLabel("Flexibility", { exact: true }).inputValue()).toBe("home_base");
  });

  it("keeps the person page's heading on one line between 768 and 1000 px", async () => {
    const maya = await addPerson({
      name: "Maya Chen",
      title: "Senior UX researcher",
      organizationName: "Hopkins Digital Health",
      phone: "(410) 555-0100",
    });
    for (const width of [800, 1000]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${app.url}/people/${maya.id}`);
      const title = page.getByRole("heading", { level: 1, name: "Maya Chen" });
      await title.waitFor();
      expect(await lineCount(title)).toBe(1);
    }
  });

  it("shows the coach's count near the text on a phone, one tap from the findings", async () => {
    const maya = await addPerson({ name: "Maya Chen", email: "maya@example.com" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/people/${maya.id}/compose`);
    await heading("Write to Maya Chen");
    // No name in the profile yet: the draft has blanks, and the coach says so.
    const findings = page.getByRole("list", { name: "Findings" }).getByRole("button");
    await findings.first().waitFor();
    const count = await page.getByTestId("coach-status").textContent();
    expect(count).toBe("2 findings");

    // Writing at the top of the text: the summary is on screen, below the text, not over it.
    const body = page.locator("#compose-body");
    await body.focus();
    await body.evaluate((element: HTMLTextAreaElement) => {
      element.setSelectionRange(0, 0);
      element.scrollIntoView({ block: "start" });
    });
    const summary = page.getByTestId("coach-summary");
    expect(await summary.textContent()).toContain(`Coach: ${count}`);
    const summaryBox = await box(summary);
    const bodyBox = await box(body);
    expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(844);
    expect(summaryBox.y).toBeGreaterThanOrEqual(bodyBox.y + bodyBox.height);

    // Scrolled back up to the options, the summary stays at the foot of the screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    const stuck = await box(summary);
    expect(stuck.y).toBeGreaterThanOrEqual(0);
    expect(stuck.y + stuck.height).toBeLessThanOrEqual(844);

    // One tap: the findings, the first one focused.
    await summary.getByRole("button", { name: "See the findings" }).click();
    const first = findings.first();
    await expect
      .poll(() => first.evaluate((element) => element === document.activeElement))
      .toBe(true);
    const firstBox = await box(first);
    expect(firstBox.y).toBeGreaterThanOrEqual(0);
    expect(firstBox.y + firstBox.height).toBeLessThanOrEqual(844);

    // Beside the text on a wide screen, the coach needs no summary.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await summary.isVisible()).toBe(false);
  });

  /** Where an element is drawn; one that is not drawn fails the test here. */
  async function box(locator: Locator) {
    const found = await locator.boundingBox();
    if (!found) throw new Error(`${locator} is not drawn`);
    return found;
  }

  /** Text and background colour as the browser draws them. */
  function colours(locator: Locator) {
    return locator.evaluate((element) => ({
      color: getComputedStyle(element).color,
      background: getComputedStyle(element).backgroundColor,
    }));
  }

  /** The teal the app's primary buttons turn on hover, as the browser computes it. */
  function teal800() {
    return page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.backgroundColor = "var(--color-teal-800)";
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });
  }

  /** How many lines an element's text takes. */
  function lineCount(locator: Locator) {
    return locator.evaluate((element) =>
      Math.round(
        element.getBoundingClientRect().height /
          Number.parseFloat(getComputedStyle(element).lineHeight),
      ),
    );
  }
});
