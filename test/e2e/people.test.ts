import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Organization } from "../../src/domain/organization.js";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

async function addPerson(app: RunningApp, draft: PersonDraft): Promise<Person> {
  return (await callApi<{ person: Person }>(app, "POST", "/api/people", draft)).person;
}

describe.skipIf(!available)("people and organizations in a real browser", () => {
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
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
    await app?.stop();
  });

  const peopleRows = () => page.locator("table tbody tr");
  // A string runs in the page, so these tests need no DOM types of their own.
  const focusedId = () => page.evaluate<string | undefined>("document.activeElement?.id");

  it("adds an organization and a person there through the UI; both survive a reload", async () => {
    await page.goto(`${app.url}/organizations`);
    await page.getByText("No organizations yet").waitFor();
    await page.getByRole("link", { name: "Add organization" }).first().click();

    await page.getByLabel("Name", { exact: true }).fill("Acme Health");
    await page.getByLabel("Website").fill("acme-health.example");
    await page.getByLabel("Industry").fill("Health care");
    await page.getByLabel("Locations").fill("Baltimore, MD\nRemote");
    await page.getByRole("button", { name: "Save organization" }).click();
    await page.getByRole("heading", { level: 1, name: "Acme Health" }).waitFor();
    expect(page.url()).toMatch(/\/organizations\/[^/]+$/);

    await page.getByRole("link", { name: "Add a person here" }).click();
    await page.waitForURL(/\/people\/new\?organization=Acme/);
    expect(await page.getByLabel("Organization").inputValue()).toBe("Acme Health");
    await page.getByLabel("Name", { exact: true }).fill("Ada Lovelace");
    await page.getByLabel("Title").fill("Research engineer");
    await page.getByLabel("Email").fill("ada@example.com");
    await page.getByLabel("Phone").fill("+1 410 555 0100");
    await page.getByLabel("Extension").fill("204");
    await page.getByLabel("How you found them").selectOption({ label: "Alumni" });
    await page.getByRole("button", { name: "Save person" }).click();

    await page.getByRole("heading", { level: 1, name: "Ada Lovelace" }).waitFor();
    await page.getByText("+1 410 555 0100 ext. 204").waitFor();
    const mail = page.getByRole("link", { name: "ada@example.com" });
    expect(await mail.getAttribute("href")).toBe("mailto:ada@example.com");

    const checkBothListed = async () => {
      await page.goto(`${app.url}/people`);
      await expect.poll(() => peopleRows().count()).toBe(1);
      const row = peopleRows().first();
      expect(await row.textContent()).toContain("Ada Lovelace");
      expect(await row.textContent()).toContain("Acme Health");

      await row.getByRole("link", { name: "Acme Health" }).click();
      await page.getByRole("heading", { level: 1, name: "Acme Health" }).waitFor();
      const peopleHere = page.getByRole("region", { name: /People here/ });
      await peopleHere.getByRole("link", { name: "Ada Lovelace" }).waitFor();
    };
    await checkBothListed();
    await page.reload();
    await page
      .getByRole("region", { name: /People here/ })
      .getByText("Ada Lovelace")
      .waitFor();
    await checkBothListed();

    await page.goto(`${app.url}/organizations`);
    const organizationRow = page.locator("table tbody tr").filter({ hasText: "Acme Health" });
    // allTextContents does not wait: the row first, then its cells.
    await organizationRow.waitFor();
    expect(await organizationRow.locator("td").allTextContents()).toEqual([
      "Acme Health",
      "Health care",
      "Baltimore, MD; Remote",
      "1",
    ]);
  });

  it("shows the shared schema's messages at the invalid fields, with aria wiring", async () => {
    await page.goto(`${app.url}/people/new`);
    await page.getByLabel("Name", { exact: true }).fill("Grace Hopper");
    const email = page.getByLabel("Email");
    await email.fill("grace@");
    await page.getByRole("button", { name: "Save person" }).click();

    const message = page.getByText("Enter an email address like name@example.com");
    await message.waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    const messageId = await message.getAttribute("id");
    expect(messageId).toBeTruthy();
    expect((await email.getAttribute("aria-describedby"))?.split(" ")).toContain(messageId);
    // Focus goes to the first field to fix.
    expect(await focusedId()).toBe("person-email");
    // Nothing was saved.
    expect(page.url()).toMatch(/\/people\/new$/);

    // An empty name is caught too, and focus goes there first.
    await page.getByLabel("Name", { exact: true }).fill("");
    await page.getByRole("button", { name: "Save person" }).click();
    await page.getByText("Enter name").waitFor();
    const name = page.getByLabel("Name", { exact: true });
    expect(await focusedId()).toBe("person-name");

    // Fixing both lets the form save.
    await name.fill("Grace Hopper");
    await email.fill("grace@example.com");
    await page.getByRole("button", { name: "Save person" }).click();
    await page.getByRole("heading", { level: 1, name: "Grace Hopper" }).waitFor();
  });

  it("deletes a person and brings them back with Undo", async () => {
    const ada = await addPerson(app, { name: "Ada Lovelace", organizationName: "Acme Health" });
    await addPerson(app, { name: "Grace Hopper" });

    await page.goto(`${app.url}/people/${ada.id}`);
    await page.getByRole("button", { name: "Delete" }).click();
    await page.waitForURL(/\/people$/);
    const toast = page.getByRole("status").filter({ hasText: "Deleted Ada Lovelace." });
    await toast.waitFor();
    await expect.poll(() => peopleRows().count()).toBe(1);
    expect(await peopleRows().first().textContent()).toContain("Grace Hopper");

    await toast.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Restored Ada Lovelace.").waitFor();
    await expect.poll(() => peopleRows().count()).toBe(2);
    await page.getByRole("link", { name: "Ada Lovelace" }).waitFor();
    const restored = await callApi<{ person: Person }>(app, "GET", `/api/people/${ada.id}`);
    expect(restored.person.name).toBe("Ada Lovelace");
  });

  it("filters with the quick text filter and sorts by a column, kept in the URL", async () => {
    await addPerson(app, {
      name: "Ada Lovelace",
      organizationName: "Analytical Engines",
      location: "London",
      source: "alumni",
    });
    await addPerson(app, {
      name: "Grace Hopper",
      organizationName: "US Navy",
      location: "Arlington, VA",
      notes: "Invented the first compiler.",
    });

    await page.goto(`${app.url}/people`);
    await expect.poll(() => peopleRows().count()).toBe(2);
    expect(await peopleRows().first().textContent()).toContain("Ada Lovelace");

    // "/" jumps to the filter; notes are searched too.
    await page.keyboard.press("/");
    await page.keyboard.type("compiler");
    await page.waitForURL(/q=compiler/);
    await expect.poll(() => peopleRows().count()).toBe(1);
    expect(await peopleRows().first().textContent()).toContain("Grace Hopper");

    await page.reload();
    await expect.poll(() => peopleRows().count()).toBe(1);
    expect(await page.getByLabel("Search", { exact: true }).inputValue()).toBe("compiler");

    await page.getByLabel("Search", { exact: true }).fill("nobody like this");
    await page.getByText("No matches for these filters").waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => peopleRows().count()).toBe(2);
    expect(await page.getByLabel("Search", { exact: true }).inputValue()).toBe("");

    const nameHeader = page.getByRole("columnheader", { name: /Name/ });
    await expect.poll(() => nameHeader.getAttribute("aria-sort")).toBe("ascending");
    await nameHeader.getByRole("button").click();
    await page.waitForURL(/sort=name&direction=desc/);
    await expect.poll(() => nameHeader.getAttribute("aria-sort")).toBe("descending");
    await expect.poll(async () => peopleRows().first().textContent()).toContain("Grace Hopper");

    await page.getByLabel("Location").selectOption("London");
    await expect.poll(() => peopleRows().count()).toBe(1);
    expect(await peopleRows().first().textContent()).toContain("Ada Lovelace");

    const organizations = await callApi<{ organizations: Organization[] }>(
      app,
      "GET",
      "/api/organizations",
    );
    expect(organizations.organizations.map((organization) => organization.name)).toEqual([
      "Analytical Engines",
      "US Navy",
    ]);
  });

  it("adds a second person at École Polytechnique in other capitals, and finds JOSÉ by josé", async () => {
    await addPerson(app, { name: "JOSÉ ÁLVAREZ", organizationName: "École Polytechnique" });

    await page.goto(`${app.url}/people/new`);
    await page.getByLabel("Name", { exact: true }).fill("Ben Ørsted");
    await page.getByLabel("Organization").fill("ÉCOLE POLYTECHNIQUE");
    await page.getByRole("button", { name: "Save person" }).click();
    await page.getByRole("heading", { level: 1, name: "Ben Ørsted" }).waitFor();

    await page.goto(`${app.url}/organizations`);
    const organizationRows = page.locator("table tbody tr");
    await expect.poll(() => organizationRows.count()).toBe(1);
    expect(await organizationRows.first().locator("td").allTextContents()).toEqual([
      "École Polytechnique",
      "—",
      "—",
      "2",
    ]);

    await page.goto(`${app.url}/people`);
    await expect.poll(() => peopleRows().count()).toBe(2);
    await page.getByLabel("Search", { exact: true }).fill("josé");
    await expect.poll(() => peopleRows().count()).toBe(1);
    expect(await peopleRows().first().textContent()).toContain("JOSÉ ÁLVAREZ");
  });

  it("starts with a friendly empty state and lays people out as cards on a phone", async () => {
    await page.goto(`${app.url}/people`);
    await page.getByText("No people yet — add the first person you'd like to learn from").waitFor();
    expect(await page.title()).toBe("People · Rapport");
    // A new user can also start from the people they already know.
    const importLink = page.getByRole("link", { name: "Import LinkedIn or contacts" });
    expect(await importLink.getAttribute("href")).toBe("/import");

    await addPerson(app, {
      name: "Katherine Johnson, PhD",
      title: "Research mathematician and aerospace technologist",
      organizationName: "National Aeronautics and Space Administration Langley Research Center",
      location: "Hampton, Virginia",
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole("list", { name: "People" }).getByText("Katherine Johnson").waitFor();
    const overflow = await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBe(0);

    await page.goto(`${app.url}/no-such-page`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Go to the start page" }).click();
    await page.waitForURL(/\/today$/);
  });

  it("keeps what was saved when the server restarts on the same data folder", async () => {
    await page.goto(`${app.url}/people/new`);
    await page.getByLabel("Name", { exact: true }).fill("Mary Jackson");
    await page.getByLabel("Organization").fill("Langley");
    await page.getByRole("button", { name: "Save person" }).click();
    await page.getByRole("heading", { level: 1, name: "Mary Jackson" }).waitFor();

    await app.stop({ keepData: true });
    app = await startApp({ dataDir: app.dataDir, removeDataOnStop: true });
    await page.goto(`${app.url}/people`);
    await expect.poll(() => peopleRows().count()).toBe(1);
    expect(await peopleRows().first().textContent()).toContain("Mary Jackson");
    await page.getByRole("link", { name: "Mary Jackson" }).click();
    await page.getByRole("link", { name: "Langley" }).waitFor();
  });
});
