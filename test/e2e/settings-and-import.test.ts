import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../../src/domain/person.js";
import type { Profile, Target } from "../../src/domain/profile.js";
import { browserAvailable, callApi, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

// LinkedIn's export: a "Notes:" preamble and a blank line above the header.
const connectionsCsv = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Priya,Raman,https://www.linkedin.com/in/priya-raman,priya@brightline.example,Brightline Learning,UX Researcher,14 Mar 2024",
  "Marcus,Bell,,,Chesapeake Health,Data Analyst,02 Feb 2023",
  ",,https://www.linkedin.com/in/nobody,,Acme Legal,Paralegal,05 May 2022",
  "Aisha,Karim,,akarim@chesapeake.example,Chesapeake Health,Nurse Informaticist,09 Sep 2024",
].join("\n");

// The first bytes of a PNG picture.
const pngBytes = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
]);

describe.skipIf(!available)("settings, welcome and import in a real browser", () => {
  let browser: Browser;
  let app: RunningApp | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await context?.close();
    await app?.stop();
    context = undefined;
    app = undefined;
  });

  async function open(options: { welcomed?: boolean } = {}): Promise<RunningApp> {
    const started = await startApp(options);
    app = started;
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    return started;
  }

  const people = async (running: RunningApp) =>
    (await callApi<{ people: Person[] }>(running, "GET", "/api/people")).people;
  const targets = async (running: RunningApp) =>
    (await callApi<{ targets: Target[] }>(running, "GET", "/api/targets")).targets;
  const focusedLabel = () =>
    page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null");

  it("changes when reminders fire, explaining a bad value at its field", async () => {
    const running = await open();
    await page.goto(`${running.url}/settings`);
    await page.getByRole("heading", { level: 2, name: "Reminders" }).waitFor();
    const followUp = page.getByLabel("Call after an unanswered letter or email (days)");
    expect(await followUp.inputValue()).toBe("7");
    await followUp.fill("0");
    await page.getByRole("button", { name: "Save reminders" }).click();
    await page.getByText("Days before the follow-up call must be at least 1").waitFor();
    expect(await followUp.getAttribute("aria-invalid")).toBe("true");

    await followUp.fill("10");
    await page.getByLabel("Follow-up routine").selectOption("3b7");
    await page.getByLabel("Your time zone").selectOption("America/New_York");
    await page.getByRole("button", { name: "Save reminders" }).click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    const saved = await callApi<{
      settings: { followUpCallDays: number; routine: string; timeZone: string };
    }>(running, "GET", "/api/settings/cadence");
    expect(saved.settings).toMatchObject({
      followUpCallDays: 10,
      routine: "3b7",
      timeZone: "America/New_York",
    });
    await page.reload();
    await expect
      .poll(() => page.getByLabel("Call after an unanswered letter or email (days)").inputValue())
      .toBe("10");
  });

  it("saves the profile, which a reload keeps", async () => {
    const running = await open();
    await page.goto(`${running.url}/settings`);
    await page.getByRole("heading", { level: 2, name: "About you", exact: true }).waitFor();
    await page.getByLabel("Your name").fill("Jordan Lee");
    await page.getByLabel("School or current role").fill("Law student, University of Maryland");
    await page.getByLabel("Where you are").selectOption({ label: "Graduating soon" });
    await page
      .getByRole("region", { name: "About you", exact: true })
      .getByRole("button", { name: "Save", exact: true })
      .click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();

    await page.reload();
    await expect.poll(() => page.getByLabel("Your name").inputValue()).toBe("Jordan Lee");
    expect(await page.getByLabel("School or current role").inputValue()).toBe(
      "Law student, University of Maryland",
    );
    expect(await page.getByLabel("Where you are").inputValue()).toBe("graduating");
  });

  it("adds, renames and removes interests and locations, with the 409 at the field", async () => {
    const running = await open();
    await page.goto(`${running.url}/settings`);
    const addField = page.getByLabel("Add a field or industry");
    await addField.fill("Environmental law");
    await addField.press("Enter");
    const fields = page.getByRole("region", { name: "Fields or industries" });
    await fields.getByRole("listitem").filter({ hasText: "Environmental law" }).waitFor();
    expect(await addField.inputValue()).toBe("");

    // The same name again (any case) is refused, and the server's words show at the field.
    await addField.fill("environmental LAW");
    await addField.press("Enter");
    await fields.getByText('"environmental LAW" is already on your list').waitFor();
    expect(await addField.getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Add a location").fill("Baltimore, MD");
    await page.getByLabel("Flexibility").selectOption({ label: "Open to relocate" });
    await page.getByRole("button", { name: "Add", exact: true }).last().click();
    const flexibility = page.getByLabel("Flexibility for Baltimore, MD");
    await flexibility.waitFor();
    expect(await flexibility.inputValue()).toBe("open_to_relocate");
    await flexibility.selectOption({ label: "Remote" });
    await expect
      .poll(
        async () =>
          (await targets(running)).find((target) => target.kind === "location")?.flexibility,
      )
      .toBe("remote");

    // Rename in place: Escape cancels and gives focus back, Enter saves.
    await page.getByRole("button", { name: "Rename “Environmental law”" }).click();
    const rename = page.getByLabel("New name for “Environmental law”");
    await rename.fill("Something else");
    await rename.press("Escape");
    expect(await focusedLabel()).toBe("Rename “Environmental law”");
    await page.getByRole("button", { name: "Rename “Environmental law”" }).click();
    await rename.fill("Criminal law");
    await rename.press("Enter");
    await fields.getByRole("listitem").filter({ hasText: "Criminal law" }).waitFor();

    // A tagged person: the question says the tag goes from them too.
    const [field] = (await targets(running)).filter((target) => target.kind === "field");
    const tagged = await callApi<{ person: Person }>(running, "POST", "/api/people", {
      name: "Ada Lovelace",
      targetIds: [field?.id],
    });
    await page.getByRole("button", { name: "Remove “Criminal law”" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove “Criminal law”?" });
    await dialog.getByText("It is also removed from the 1 person tagged with it").waitFor();
    await dialog.getByRole("button", { name: "Remove" }).click();
    await dialog.waitFor({ state: "hidden" });
    await fields.getByText("None yet.").waitFor();
    const after = await callApi<{ person: Person }>(
      running,
      "GET",
      `/api/people/${tagged.person.id}`,
    );
    expect(after.person.targetIds).toEqual([]);
    expect((await targets(running)).map((target) => target.label)).toEqual(["Baltimore, MD"]);
  });

  it("welcomes a first-time user once; Skip for now keeps it away after a reload", async () => {
    const running = await open({ welcomed: false });
    await page.goto(`${running.url}/people`);
    await page.getByRole("heading", { level: 1, name: "Welcome to Rapport" }).waitFor();
    expect(page.url()).toBe(`${running.url}/welcome`);

    await page.getByRole("button", { name: "Skip for now" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    expect(page.url()).toBe(`${running.url}/people`);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await page.goto(`${running.url}/organizations`);
    await page.getByRole("heading", { level: 1, name: "Organizations" }).waitFor();
    const { profile } = await callApi<{ profile: Profile }>(running, "GET", "/api/profile");
    expect(profile.welcomeDoneAt).not.toBeNull();
  });

  it("keeps what the welcome asked when the user saves and continues", async () => {
    const running = await open({ welcomed: false });
    await page.goto(`${running.url}/`);
    await page.getByRole("heading", { level: 1, name: "Welcome to Rapport" }).waitFor();
    await page.getByLabel("Your name").fill("Sam Rivera");
    await page.getByLabel("Where you are").selectOption({ label: "Changing careers" });
    await page.getByLabel("Add a role").fill("Trial attorney");
    await page.getByLabel("Add a role").press("Enter");
    await page.getByRole("listitem").filter({ hasText: "Trial attorney" }).waitFor();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();

    await page.goto(`${running.url}/settings`);
    await expect.poll(() => page.getByLabel("Your name").inputValue()).toBe("Sam Rivera");
    expect(await page.getByLabel("Where you are").inputValue()).toBe("changing_careers");
    await page
      .getByRole("region", { name: "Roles" })
      .getByText("Trial attorney", { exact: true })
      .waitFor();
  });

  it("previews a LinkedIn export, imports it, and the people appear", async () => {
    const running = await open();
    await callApi(running, "POST", "/api/people", {
      name: "Aisha Karim",
      email: "akarim@chesapeake.example",
    });
    await page.goto(`${running.url}/settings`);
    await page.getByRole("link", { name: "Import contacts" }).click();
    await page.getByRole("heading", { level: 1, name: "Import contacts" }).waitFor();

    await page.getByLabel("File to import").setInputFiles({
      name: "Connections.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(connectionsCsv),
    });
    await page.getByRole("button", { name: "Preview import" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await preview.waitFor();
    expect(await preview.textContent()).toContain("LinkedIn connections");
    const count = (title: string) =>
      preview.locator("dl > div").filter({ hasText: title }).locator("dd").first().textContent();
    // Each card's figure, then the line under it.
    expect(await count("New")).toBe("2people to add");
    expect(await count("Merged")).toBe("1into people you have");
    expect(await count("Rejected")).toBe("1rows to fix in the file");
    const rejected = preview.getByRole("table", { name: "Rows that can't be imported" });
    expect(await rejected.textContent()).toContain(
      "Row 7 has no name: add a first or last name or remove the row",
    );
    const merged = preview.getByRole("row").filter({ hasText: "Aisha Karim" });
    expect(await merged.textContent()).toContain("Merge");
    expect(await people(running)).toHaveLength(1);

    // Hold the import back a moment to see the button disabled and the progress shown.
    let release = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    await page.route(
      (url) => url.pathname === "/api/import",
      async (route) => {
        await held;
        await route.continue();
      },
    );
    const confirm = page.getByRole("button", { name: "Import 3 people" });
    await confirm.click();
    await page.getByRole("progressbar").first().waitFor();
    expect(await confirm.isDisabled()).toBe(true);
    release();

    await page
      .getByRole("status")
      .filter({ hasText: "Imported 3 people: 2 new, 1 merged." })
      .waitFor();
    await page.getByRole("link", { name: "Go to People" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    for (const name of ["Priya Raman", "Marcus Bell", "Aisha Karim"]) {
      await page.getByRole("link", { name }).first().waitFor();
    }
    const saved = await people(running);
    expect(saved.map((person) => person.name).sort()).toEqual([
      "Aisha Karim",
      "Marcus Bell",
      "Priya Raman",
    ]);
    expect(saved.find((person) => person.name === "Aisha Karim")?.title).toBe(
      "Nurse Informaticist",
    );
  });

  it("shows why a file cannot be read and imports nothing", async () => {
    const running = await open();
    await page.goto(`${running.url}/import`);
    const input = page.getByLabel("File to import");
    await input.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: pngBytes });
    await page.getByRole("button", { name: "Preview import" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "does not contain text" });
    await alert.waitFor();
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("region", { name: "Preview" }).count()).toBe(0);

    // Dropped onto the zone rather than chosen: the same file input ends up holding it.
    const dropped = await page.evaluateHandle(
      `(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(["a,b,c"], "list.csv", { type: "text/csv" }));
        return transfer;
      })()`,
    );
    await page.locator("fieldset").dispatchEvent("drop", { dataTransfer: dropped });
    expect(await input.inputValue()).toContain("list.csv");
    expect(await alert.count()).toBe(0);
    await page.getByRole("button", { name: "Preview import" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/LinkedIn|Google|vCard/);
    expect(await people(running)).toHaveLength(0);

    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await input.inputValue()).toBe("");
  });

  it("downloads the people as CSV and vCard, and a complete backup", async () => {
    const running = await open();
    await callApi(running, "POST", "/api/people", {
      name: "Grace Hopper",
      email: "grace@navy.example",
    });
    await page.goto(`${running.url}/settings`);
    const expected = [
      { link: "Download People as CSV", file: /^rapport-people\.csv$/, has: "Grace Hopper" },
      { link: "Download People as vCard", file: /^rapport-people\.vcf$/, has: "FN:Grace Hopper" },
      { link: "Download Complete backup", file: /^rapport-backup-.*\.json$/, has: "grace@navy" },
    ];
    for (const { link, file, has } of expected) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: link }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(file);
      expect(await readFile(await download.path(), "utf8")).toContain(has);
    }
    expect(await page.getByText("rapport restore FILE").count()).toBe(1);
  });
});
