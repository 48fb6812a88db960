#!/usr/bin/env node
// Takes the welcome, Settings and import screenshots: starts the built app on a throwaway
// data folder, fills it through the UI, and photographs the pages in headless Chromium.
// Usage: npm run build && node scripts/screenshots-settings.mjs [output folder, default docs]
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { post, repoRoot, startApp } from "./screenshot-app.mjs";

const outDir = resolve(process.argv[2] ?? join(repoRoot, "docs"));
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const connections = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Priya,Raman,https://www.linkedin.com/in/priya-raman-example,priya.raman@brightline.example,Brightline Learning,Senior UX Researcher,14 Mar 2024",
  "Marcus,Bell,https://www.linkedin.com/in/marcus-bell-example,,Chesapeake Health Partners,Data Analyst,02 Feb 2023",
  "Elena,Ortiz,https://www.linkedin.com/in/elena-ortiz-example,elena.ortiz@baltimore.example,Baltimore Office of Sustainability,Program Manager,20 Jan 2025",
  ",,https://www.linkedin.com/in/unknown-example,,Acme Legal,Paralegal,05 May 2022",
  "James,Whitaker,,,Harbor Design Studio,Creative Director,11 Nov 2021",
  "Aisha,Karim,,akarim@chesapeake.example,Chesapeake Health Partners,Nurse Informaticist,09 Sep 2024",
].join("\n");

async function addTargets(page, kind, labels) {
  for (const label of labels) {
    await page.getByLabel(kind, { exact: true }).fill(label);
    await page.getByLabel(kind, { exact: true }).press("Enter");
    await page.getByText(label, { exact: true }).waitFor();
  }
}

async function main() {
  if (!existsSync(join(repoRoot, "dist/cli/main.js"))) throw new Error("Build first");
  await mkdir(outDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), "rapport-screenshots-"));
  const csvPath = join(dataDir, "Connections.csv");
  await writeFile(csvPath, connections);
  let app;
  let browser;
  try {
    app = await startApp(dataDir);
    await post(app.url, "/api/people", {
      name: "Aisha Karim",
      organizationName: "Chesapeake Health Partners",
      email: "akarim@chesapeake.example",
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

    await page.goto(`${app.url}/people`);
    await page.getByRole("heading", { level: 1, name: "Welcome to Rapport" }).waitFor();
    await page.getByLabel("Your name").fill("Jordan Lee");
    await page.getByLabel("School or current role").fill("Law student, University of Maryland");
    await page.getByLabel("Where you are").selectOption("graduating");
    await addTargets(page, "Add a field or industry", ["Environmental law"]);
    await addTargets(page, "Add a location", ["Baltimore, MD"]);
    await page.screenshot({ path: join(outDir, "screenshot-welcome.png"), fullPage: true });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();

    await page.goto(`${app.url}/settings`);
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await addTargets(page, "Add a field or industry", ["Criminal law", "Corporate law"]);
    await addTargets(page, "Add a kind of organization", [
      "Government agency",
      "Private law firm",
      "Nonprofit",
    ]);
    await addTargets(page, "Add a role", ["Trial attorney", "Policy researcher"]);
    await page.getByLabel("Flexibility", { exact: true }).selectOption("open_to_relocate");
    await addTargets(page, "Add a location", ["Washington, DC"]);
    await page.getByLabel("Flexibility", { exact: true }).selectOption("remote");
    await addTargets(page, "Add a location", ["Anywhere in the US"]);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.screenshot({ path: join(outDir, "screenshot-settings.png"), fullPage: true });

    await page.goto(`${app.url}/import`);
    await page.getByLabel("File to import").setInputFiles(csvPath);
    await page.getByRole("button", { name: "Preview import" }).click();
    await page.getByRole("heading", { name: "Preview" }).waitFor();
    await page.mouse.move(0, 0);
    // Focus moved to the preview; from the top, the sticky header stays where it belongs.
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: join(outDir, "screenshot-import.png"), fullPage: true });

    console.log(`Saved screenshots to ${outDir}`);
  } finally {
    await browser?.close();
    if (app?.child.pid !== undefined && app.child.exitCode === null) {
      process.kill(app.child.pid, "SIGTERM");
      await new Promise((done) => app.child.once("exit", done));
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
