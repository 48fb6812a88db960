import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Organization, OrganizationDraft } from "../../src/domain/organization.js";
import type { Person, PersonDraft } from "../../src/domain/person.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("organizations, editing and navigation in a real browser", () => {
  let browser: Browser;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;

  const addOrganization = async (draft: OrganizationDraft) =>
    (await callApi<{ organization: Organization }>(app, "POST", "/api/organizations", draft))
      .organization;
  const addPerson = async (draft: PersonDraft) =>
    (await callApi<{ person: Person }>(app, "POST", "/api/people", draft)).person;
  const peopleRows = () => page.locator("table tbody tr");

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

  it("shows a duplicate organization name at the name field", async () => {
    await addOrganization({ name: "Acme Health" });
    const globex = await addOrganization({ name: "Globex", industry: "Energy" });

    await page.goto(`${app.url}/organizations/${globex.id}/edit`);
    const name = page.getByLabel("Name", { exact: true });
    expect(await name.inputValue()).toBe("Globex");
    await name.fill("acme health");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect.poll(() => name.getAttribute("aria-invalid")).toBe("true");
    const errorId = (await name.getAttribute("aria-describedby"))?.split(" ")[0] ?? "";
    const message = await page.locator(`[id="${errorId}"]`).textContent();
    expect(message).toMatch(/already/i);

    await name.fill("Globex Corporation");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: "Globex Corporation" }).waitFor();
    await page.getByText("Energy").first().waitFor();
  });

  it("deletes an organization after confirming; its people stay, and Undo brings it back", async () => {
    const acme = await addOrganization({ name: "Acme Health" });
    await addPerson({ name: "Ada Lovelace", organizationName: "Acme Health" });
    await addPerson({ name: "Grace Hopper", organizationName: "acme health" });

    await page.goto(`${app.url}/organizations/${acme.id}`);
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete Acme Health?" });
    await dialog.getByText("Its 2 people stay in People.").waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });

    await page.getByRole("button", { name: "Delete" }).click();
    await dialog.getByRole("button", { name: "Delete" }).click();
    await page.waitForURL(/\/organizations$/);
    await page.getByText("Deleted Acme Health.").waitFor();
    await page.getByText("No organizations yet").waitFor();

    // In-app navigation keeps the toast; the people are still listed, without the organization.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "People" })
      .click();
    await expect.poll(() => peopleRows().count()).toBe(2);
    expect(await peopleRows().first().textContent()).not.toContain("Acme Health");

    // F8 reaches the newest toast from the keyboard.
    await page.keyboard.press("F8");
    expect(await page.evaluate<string | undefined>("document.activeElement?.textContent")).toBe(
      "Undo",
    );
    await page.keyboard.press("Enter");
    await page.getByText("Restored Acme Health.").waitFor();
    await expect.poll(async () => peopleRows().first().textContent()).toContain("Acme Health");
  });

  it("edits a person, asking before throwing away unsaved changes", async () => {
    const ada = await addPerson({ name: "Ada Lovelace", title: "Analyst" });
    await page.goto(`${app.url}/people/${ada.id}`);
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit Ada Lovelace" }).waitFor();
    const title = page.getByLabel("Title");
    expect(await title.inputValue()).toBe("Analyst");
    await title.fill("Mathematician");

    await page.getByRole("link", { name: "Cancel" }).click();
    const dialog = page.getByRole("dialog", { name: "Leave without saving?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await title.inputValue()).toBe("Mathematician");

    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: "Ada Lovelace" }).waitFor();
    await page.getByText("Mathematician").waitFor();
    expect(await page.title()).toBe("Ada Lovelace · Rapport");
  });
});
