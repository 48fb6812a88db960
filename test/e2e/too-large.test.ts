import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser, type RunningApp, startApp } from "./harness.js";

const available = browserAvailable();

describe.skipIf(!available)("a file over the server's limit, in a real browser", () => {
  let browser: Browser;
  let app: RunningApp;
  let folder: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startApp();
    folder = await mkdtemp(join(tmpdir(), "rapport-too-large-"));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("shows the server's 413 message, which says the limit, at the file", async () => {
    const file = join(folder, "contacts.csv");
    await writeFile(file, Buffer.alloc(51 * 1024 * 1024, "a"));
    const page = await browser.newPage();
    await page.goto(`${app.url}/import`);
    const input = page.getByLabel("File to import");
    await input.setInputFiles(file);
    const refused = page.waitForResponse((response) => response.status() === 413);
    await page.getByRole("button", { name: "Preview import" }).click();
    await refused;
    const alert = page.getByRole("alert").filter({ hasText: "larger than 50 MB" });
    await alert.waitFor();
    // The alert's icon is a ⚠ before the text.
    expect(await alert.textContent()).toBe(
      "⚠That file is larger than 50 MB; split it and import the parts.",
    );
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    await page.close();
  });
});
