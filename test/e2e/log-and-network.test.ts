import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Activity, ActivityDraft } from "../../src/domain/activity.js";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import { stageLabels, stages } from "../../src/domain/stage.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

const connectionsCsv = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Sam,Okafor,https://www.linkedin.com/in/sam-okafor,,CivicWorks,Design lead,12 Mar 2024",
  "Lee,Park,https://www.linkedin.com/in/leepark,lee@example.com,T. Rowe Price,Product designer,03 Jan 2025",
  "Ana,Souza,https://www.linkedin.com/in/anasouza,,Hopkins Digital Health,Research ops manager,21 Jun 2023",
].join("\n");

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe.skipIf(!available)("the log, the board, referrals and search in a real browser", () => {
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
    // These tests are about the log; the first-run welcome is covered elsewhere.
    await callApi(app, "POST", "/api/profile/welcome-done");
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
    await app?.stop();
  });

  const addPerson = async (draft: PersonDraft) =>
    (await callApi<{ person: Person }>(app, "POST", "/api/people", draft)).person;
  const logFor = (person: Person, draft: ActivityDraft) =>
    callApi<{ activity: Activity }>(app, "POST", `/api/people/${person.id}/activities`, draft);
  const headerStage = () => page.locator("header [data-stage]").getAttribute("data-stage");
  const focusedId = () => page.evaluate<string | undefined>("document.activeElement?.id");
  const log = () => page.getByRole("list", { name: /^Log for/ });
  const board = () => page.getByRole("region", { name: /^(Identified|Contacted|Following up)/ });

  it("imports a LinkedIn file, finds a person by search, logs a voicemail and sees the stage and board move", async () => {
    await page.goto(`${app.url}/import`);
    await page.getByLabel("File to import").setInputFiles({
      name: "Connections.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(connectionsCsv),
    });
    await page.getByRole("button", { name: "Preview import" }).click();
    await page.getByRole("button", { name: "Import 3 people", exact: true }).click();
    await page
      .getByText(/Imported/)
      .first()
      .waitFor();

    // "/" opens search (Ctrl+K is the command palette's; People keeps "/" for its filter); odd
    // input is simply searched, never an error.
    await page.goto(`${app.url}/today`);
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.keyboard.press("/");
    expect(await focusedId()).toBe("global-search");
    await page.keyboard.type('"quoted" AND -x 🙂');
    await page.getByText('No matches for “"quoted" AND -x 🙂”').first().waitFor();
    await page.getByLabel("Search everything").fill("okafor");
    const results = page.getByRole("listbox", { name: "Search results" });
    await results.getByRole("option", { name: /Sam Okafor/ }).waitFor();
    expect(await results.locator("mark").first().textContent()).toBe("Okafor");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Sam Okafor" }).waitFor();
    expect(await headerStage()).toBe("identified");

    await page.getByLabel("What happened").selectOption("call");
    await page.getByText("Voicemail left").click();
    await page.getByRole("button", { name: "Add to log" }).click();
    await log().getByRole("heading", { name: "Call · Voicemail left" }).waitFor();
    await expect.poll(headerStage).toBe("contacted");
    await page.getByText("Last touch: today").waitFor();

    await page.getByRole("link", { name: "← People" }).click();
    await page.getByRole("link", { name: "Board" }).click();
    await page.waitForURL(/\/people\/board$/);
    const contacted = page.getByRole("region", { name: /^Contacted/ });
    await contacted.getByRole("link", { name: "Sam Okafor" }).waitFor();
    expect(await contacted.getByRole("heading").textContent()).toBe("Contacted1 person");
    const identified = page.getByRole("region", { name: /^Identified/ });
    expect(await identified.getByRole("link").allTextContents()).toEqual(["Ana Souza", "Lee Park"]);
  });

  it("adds entries from the keyboard, shows errors at the fields, and moves the stage on edit", async () => {
    const maya = await addPerson({ name: "Maya Chen", organizationName: "Hopkins" });
    await page.goto(`${app.url}/people/${maya.id}`);
    await page.getByText("Nothing logged yet").waitFor();

    const kind = page.getByLabel("What happened");
    await kind.focus();
    await kind.selectOption("email_sent");
    // "When" defaults to now; its date and time parts each take a Tab, so go straight on.
    await page.getByLabel("Details").focus();
    await page.keyboard.type("Asked for 20 minutes next week.");
    await page.keyboard.press("Control+Enter");
    await log().getByText("Asked for 20 minutes next week.").waitFor();
    await expect.poll(focusedId).toBe("log-kind");
    await expect.poll(headerStage).toBe("contacted");

    // A call needs an outcome: Enter on the select submits, and the error lands there.
    await kind.selectOption("call");
    await page.keyboard.press("Enter");
    await page.getByText("Choose how the call went").waitFor();
    expect(await focusedId()).toBe("log-outcome");
    await page.keyboard.press("Space"); // Answered
    await page.keyboard.press("ArrowRight"); // No answer
    await page.keyboard.press("Enter");
    await log().getByRole("heading", { name: "Call · No answer" }).waitFor();
    await expect.poll(headerStage).toBe("following_up");
    expect(await log().getByRole("listitem").count()).toBe(2);

    // A message left with someone asks who took it.
    await kind.selectOption("call");
    await page.getByText("Message left with someone").click();
    await page.getByRole("button", { name: "Add to log" }).click();
    await page.getByText("Enter who took the message").waitFor();
    await page.getByLabel("Who took the message").fill("Pat");
    await page.getByRole("button", { name: "Add to log" }).click();
    await log().getByRole("heading", { name: "Call · Message left with Pat" }).waitFor();

    // Editing the latest entry into a "maybe later" pauses them.
    await log()
      .getByRole("button", { name: /^Edit Call · Message left with Pat/ })
      .click();
    const editor = page.getByRole("form", { name: "Edit log entry" });
    await editor.getByLabel("What happened").selectOption("declined");
    await editor.getByText("Not now, maybe later").click();
    await editor.getByRole("button", { name: "Save entry" }).click();
    await log().getByRole("heading", { name: "Declined · Not now, maybe later" }).waitFor();
    await expect.poll(headerStage).toBe("paused");
  });

  it("turns a 'try someone else' with a new name into a person introduced by the one who declined", async () => {
    const omar = await addPerson({ name: "Omar Haddad", organizationName: "CivicWorks" });
    await page.goto(`${app.url}/people/${omar.id}`);
    await page.getByText("Nothing logged yet").waitFor();
    await page.getByLabel("What happened").selectOption("declined");
    await page.getByText("No, but try someone else").click();
    await page.getByLabel("Or their name, if they are new").fill("Priya Raman");
    await page.getByRole("button", { name: "Add to log" }).click();
    await log().getByRole("link", { name: "Priya Raman" }).waitFor();
    await expect.poll(headerStage).toBe("declined");

    const found = await callApi<{ people: Person[] }>(app, "GET", "/api/people?text=Priya");
    expect(found.people).toMatchObject([{ name: "Priya Raman", source: "referral" }]);
    const priya = await callApi<{ person: Person }>(
      app,
      "GET",
      `/api/people/${found.people[0]?.id}`,
    );
    expect(priya.person).toMatchObject({ name: "Priya Raman", referredById: omar.id });
    await log().getByRole("link", { name: "Priya Raman" }).click();
    await page.getByRole("heading", { level: 1, name: "Priya Raman" }).waitFor();
    await page.getByRole("link", { name: "Omar Haddad" }).first().waitFor();
  });

  it("deletes a log entry and brings it back with Undo", async () => {
    const lee = await addPerson({ name: "Lee Park" });
    await logFor(lee, { kind: "email_sent", occurredAt: hoursAgo(30), detail: "First note" });
    await page.goto(`${app.url}/people/${lee.id}`);
    await log().getByText("First note").waitFor();
    expect(await headerStage()).toBe("contacted");

    await log()
      .getByRole("button", { name: /^Delete Email sent/ })
      .click();
    const toast = page
      .getByRole("status")
      .filter({ hasText: "Deleted “Email sent” from the log." });
    await toast.waitFor();
    await page.getByText("Nothing logged yet").waitFor();
    await expect.poll(headerStage).toBe("identified");

    await toast.getByRole("button", { name: "Undo" }).click();
    await log().getByText("First note").waitFor();
    await expect.poll(headerStage).toBe("contacted");
    const saved = await callApi<{ activities: Activity[] }>(
      app,
      "GET",
      `/api/people/${lee.id}/activities`,
    );
    expect(saved.activities).toHaveLength(1);
  });

  it("records a network ask whose suggested names become people introduced by the one asked", async () => {
    const maya = await addPerson({ name: "Maya Chen" });
    await page.goto(`${app.url}/people/${maya.id}`);
    await page.getByRole("button", { name: "Ask Maya Chen for an introduction" }).click();
    await page
      .getByLabel("What you asked")
      .fill("Do you know a speech therapist who works with children?");
    await page.getByLabel("What came of it").fill("Two names, and she will write to them first.");
    await page.getByLabel("Names they suggested").fill("Ana Souza\n\nBen Ortiz\n");
    await page.getByRole("button", { name: "Save ask" }).click();

    const asks = page.getByRole("region", { name: "Network asks" });
    await asks
      .getByRole("heading", { name: "“Do you know a speech therapist who works with children?”" })
      .waitFor();
    await asks.getByRole("link", { name: "Ben Ortiz" }).waitFor();
    const introduced = page.getByRole("region", { name: /People they introduced/ });
    await introduced.getByRole("link", { name: "Ana Souza" }).waitFor();
    expect(await introduced.getByText("Identified").count()).toBe(2);

    await asks.getByRole("link", { name: "Ana Souza" }).click();
    await page.getByRole("heading", { level: 1, name: "Ana Souza" }).waitFor();
    await page.getByRole("link", { name: "Maya Chen" }).waitFor();
    await page.getByText("Not asked yet").waitFor();

    // Maya said yes: the form records it, and the person page says so in words.
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    expect(await page.getByLabel("Introduced by").inputValue()).toBe(maya.id);
    await page.getByLabel("May I mention them?").selectOption("yes");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Yes, I may mention them").waitFor();

    // A new person introduced by Maya, through the form.
    await page.goto(`${app.url}/people/new`);
    await page.getByLabel("Name", { exact: true }).fill("Chris Doe");
    expect(await page.getByLabel("May I mention them?").count()).toBe(0);
    await page.getByLabel("Introduced by").selectOption({ label: "Maya Chen" });
    await page.getByLabel("May I mention them?").waitFor();
    await page.getByRole("button", { name: "Save person" }).click();
    await page.getByRole("heading", { level: 1, name: "Chris Doe" }).waitFor();
    await page.getByRole("link", { name: "Maya Chen" }).click();
    await expect
      .poll(() =>
        page
          .getByRole("region", { name: /People they introduced/ })
          .getByRole("listitem")
          .count(),
      )
      .toBe(3);
  });

  it("shows one board column per stage, in order, with counts, and keeps filters across views", async () => {
    const ada = await addPerson({ name: "Ada Lovelace", organizationName: "Analytical Engines" });
    const grace = await addPerson({ name: "Grace Hopper" });
    await addPerson({ name: "Katherine Johnson" });
    await logFor(ada, { kind: "email_sent", occurredAt: hoursAgo(200) });
    await logFor(ada, { kind: "conversation_held", occurredAt: hoursAgo(100) });
    await logFor(grace, { kind: "email_sent", occurredAt: hoursAgo(5) });

    await page.goto(`${app.url}/people/board`);
    await page.getByRole("region", { name: /^Met/ }).getByText("Ada Lovelace").waitFor();
    const headings = await page.locator("section[aria-labelledby^=board-] h2").allTextContents();
    expect(headings.map((text) => text.replace(/\d+.*$/, "").trim())).toEqual(
      stages.map((stage) => stageLabels[stage]),
    );
    expect(await page.getByText("No one here").count()).toBe(stages.length - 3);
    const card = page.getByRole("region", { name: /^Met/ }).getByRole("listitem");
    expect(await card.textContent()).toMatch(/Analytical Engines[\s\S]*4 days since last touch/);
    await board().first().waitFor();

    // The table sorts by last touch, oldest first: who am I losing touch with?
    await page.getByRole("link", { name: "Table" }).click();
    await page
      .getByRole("columnheader", { name: /Last touch/ })
      .getByRole("button")
      .click();
    await page.waitForURL(/sort=last_touch&direction=asc/);
    await expect
      .poll(() => page.locator("table tbody tr").first().textContent())
      .toContain("Ada Lovelace");

    await page.getByLabel("Stage").selectOption("contacted");
    await expect.poll(() => page.locator("table tbody tr").count()).toBe(1);
    expect(await page.locator("table tbody tr").first().textContent()).toContain("Grace Hopper");

    // The same filters come along to the board; the page never scrolls sideways on a phone.
    await page.getByLabel("Search", { exact: true }).fill("Ada");
    await page.waitForURL(/q=Ada/);
    await page.getByRole("link", { name: "Board" }).click();
    await page.waitForURL(/\/people\/board\?.*q=Ada/);
    await page.getByRole("region", { name: /^Met/ }).getByText("Ada Lovelace").waitFor();
    expect(await page.getByRole("link", { name: "Grace Hopper" }).count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBe(0);
  });
});
