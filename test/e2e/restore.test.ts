import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../../src/domain/person.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("restoring a backup in a real browser", () => {
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
    await app?.stop();
    await browser?.close();
  });

  const people = async () =>
    (await callApi<{ people: Person[] }>(app, "GET", "/api/people")).people;

  it("shows the per-row report for a bad backup, and replaces the data only when confirmed", async () => {
    await callApi(app, "POST", "/api/people", {
      name: "Grace Hopper",
      email: "grace@navy.example",
    });
    const backup = await (await fetch(`${app.url}/api/export/backup.json`)).text();
    const broken = JSON.parse(backup);
    broken.tables.people[0].profile_url = "javascript:alert(1)";
    const id = broken.tables.people[0].id;
    await callApi(app, "POST", "/api/people", { name: "Ada Lovelace" });

    await page.goto(`${app.url}/settings`);
    const choose = (name: string, text: string) =>
      page.getByLabel("Backup file to restore").setInputFiles({
        name,
        mimeType: "application/json",
        buffer: Buffer.from(text),
      });
    await choose("broken.json", JSON.stringify(broken));
    await page.getByRole("button", { name: "Restore backup" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.getByRole("paragraph").textContent()).toBe(
      "This backup has 1 problem; nothing was restored. Fix it and restore again.",
    );
    expect(await alert.getByRole("list", { name: "Problems in the backup" }).textContent()).toBe(
      `people row 1 (id ${id}), profile_url: Enter profile url like https://example.com/…`,
    );
    expect((await people()).map((person) => person.name)).toEqual(["Ada Lovelace", "Grace Hopper"]);

    await choose("rapport-backup.json", backup);
    await page.getByRole("button", { name: "Restore backup" }).click();
    const dialog = page.getByRole("dialog", { name: "Replace everything in Rapport?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await people()).toHaveLength(2);

    await page.getByRole("button", { name: "Restore backup" }).click();
    await dialog.getByRole("button", { name: "Replace with the backup" }).click();
    await page.getByRole("status").filter({ hasText: "Restored 1 person" }).waitFor();
    expect((await people()).map((person) => person.name)).toEqual(["Grace Hopper"]);
    await page.goto(`${app.url}/people`);
    await page.getByRole("link", { name: "Grace Hopper" }).waitFor();
    expect(await page.getByText("Ada Lovelace").count()).toBe(0);
  });
});
