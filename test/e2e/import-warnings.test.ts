import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../../src/domain/person.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

const connectionsCsv = [
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Dev,Patel,,dev@patel,Brightline Learning,UX Researcher,14 Mar 2024",
  "Marcus,Bell,,marcus@chesapeake.example,Chesapeake Health,Data Analyst,02 Feb 2023",
  ",,,,Acme Legal,Paralegal,05 May 2022",
].join("\n");

describe.skipIf(!available)("import warnings in a real browser", () => {
  let browser: Browser;
  let app: RunningApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  it("imports a row with a malformed email, showing the warning in the preview and after", async () => {
    await page.goto(`${app.url}/import`);
    await page.getByLabel("File to import").setInputFiles({
      name: "Connections.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(connectionsCsv),
    });
    await page.getByRole("button", { name: "Preview import" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.waitFor();

    const warned = preview.getByRole("table", { name: "Rows with a warning" });
    expect(await warned.getByRole("row").allTextContents()).toEqual([
      "RowNameWhat happensWhy",
      "Row 2Dev PatelNewWarning: “dev@patel” is not a valid email address, so it is kept in the notes: correct it on Dev Patel's page",
    ]);
    expect(await preview.getByRole("heading", { name: "1 row has a warning" }).count()).toBe(1);
    // The row the file could not read says so, rather than calling itself a person with no name.
    const rejected = preview.getByRole("table", { name: "Rows that can't be imported" });
    expect(await rejected.getByRole("row").nth(1).textContent()).toBe(
      "Row 4not readRejectedRow 4 has no name: add a first or last name or remove the row",
    );

    await page.getByRole("button", { name: "Import 2 people" }).click();
    const result = page.getByRole("status").filter({ hasText: "Imported 2 people: 2 new." });
    await result.waitFor();
    expect(await result.textContent()).toContain(
      "1 person was imported with a warning: what could not be used is in their notes.",
    );
    // The list's rows are light; the person's own endpoint has every field.
    const people = (await callApi<{ people: Person[] }>(app, "GET", "/api/people")).people;
    const dev = people.find((person) => person.name === "Dev Patel");
    const devPerson = (await callApi<{ person: Person }>(app, "GET", `/api/people/${dev?.id}`))
      .person;
    expect(devPerson).toMatchObject({
      email: null,
      notes:
        "Email in LinkedIn that is not a valid address: dev@patel\nConnected on LinkedIn on 2024-03-14",
    });
  });
});
