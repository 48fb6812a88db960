#!/usr/bin/env node
// Takes the README screenshots: starts the built app on a throwaway data folder, adds a
// few realistic people through the API, and photographs the pages in headless Chromium.
// Usage: npm run build && node scripts/screenshots.mjs
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { post, repoRoot, startApp } from "./screenshot-app.mjs";
import { conductUnderWay, shootFollowUp, writeUp } from "./screenshots-follow-up.mjs";
import { seedInsights, shootInsights } from "./screenshots-insights.mjs";
import { preparePriya, shootPrepare } from "./screenshots-prepare.mjs";

const docsDir = join(repoRoot, "docs");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const organizations = [
  {
    name: "Chesapeake Health Partners",
    website: "chesapeakehealth.example",
    industry: "Health care",
    locations: "Baltimore, MD\nAnnapolis, MD",
    mission: "Community hospitals and clinics serving central Maryland.",
  },
  {
    name: "Brightline Learning",
    website: "brightline-learning.example",
    industry: "Education technology",
    locations: "Austin, TX\nRemote",
    mission: "Tutoring software that adapts to how each student learns.",
  },
  {
    name: "Baltimore Office of Sustainability",
    website: "sustainability.baltimore.example",
    industry: "Local government",
    locations: "Baltimore, MD",
  },
  {
    name: "Harbor Design Studio",
    website: "harbordesign.example",
    industry: "Design agency",
    locations: "Baltimore, MD",
  },
];

const people = [
  {
    name: "Priya Raman",
    title: "Senior UX Researcher",
    organizationName: "Brightline Learning",
    email: "priya.raman@brightline-learning.example",
    phone: "+1 (512) 555-0147",
    phoneExtension: "204",
    workAddress: "600 Congress Ave, Suite 1400\nAustin, TX 78701",
    location: "Austin, TX",
    profileUrl: "linkedin.com/in/priya-raman-example",
    source: "alumni",
    commonGround:
      "We both studied cognitive science at the University of Maryland, and she volunteered at the same literacy program I did.",
    notes:
      "Moved from academic research into product teams three years ago.\n\nAsk how she explained her research background to hiring managers, and what a typical week of studies looks like.",
  },
  {
    name: "Marcus Bell",
    title: "Data Analyst",
    organizationName: "Chesapeake Health Partners",
    email: "mbell@chesapeakehealth.example",
    location: "Baltimore, MD",
    source: "referral",
    commonGround: "Introduced by Professor Alvarez; we both started in biology labs.",
  },
  {
    name: "Elena Ortiz",
    title: "Sustainability Program Manager",
    organizationName: "Baltimore Office of Sustainability",
    email: "elena.ortiz@baltimore.example",
    location: "Baltimore, MD",
    source: "networking_site",
  },
  {
    name: "James Whitaker",
    title: "Creative Director",
    organizationName: "Harbor Design Studio",
    phone: "410-555-0182",
    location: "Baltimore, MD",
    source: "friend",
  },
  {
    name: "Aisha Karim",
    title: "Nurse Informaticist",
    organizationName: "Chesapeake Health Partners",
    email: "akarim@chesapeakehealth.example",
    location: "Annapolis, MD",
    source: "family",
  },
  {
    name: "Tom Nguyen",
    title: "Product Manager",
    organizationName: "Brightline Learning",
    location: "Remote",
    source: "colleague",
  },
];

async function main() {
  if (!existsSync(join(repoRoot, "dist/cli/main.js"))) {
    throw new Error("Build first: npm run build");
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}; install it or set CHROMIUM_PATH`);
  }
  await mkdir(docsDir, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), "rapport-screenshots-"));
  let app;
  let browser;
  try {
    app = await startApp(dataDir);
    // Past the first-run welcome, so the pages below open directly.
    await post(app.url, "/api/profile/welcome-done", {});
    for (const organization of organizations) {
      await post(app.url, "/api/organizations", organization);
    }
    let featured;
    const saved = [];
    for (const person of people) {
      const { person: added } = await post(app.url, "/api/people", person);
      featured ??= added;
      saved.push(added);
    }
    // A little history, so Today, Conversations, Trips and the call screen have something
    // to show: e-mails a week and more ago, a conversation coming up, one held, a trip.
    const day = 24 * 60 * 60 * 1000;
    const daysFromNow = (days) => new Date(Date.now() + days * day).toISOString();
    const dateFromNow = (days) => daysFromNow(days).slice(0, 10);
    await post(
      app.url,
      "/api/profile",
      {
        name: "Jordan Lee",
        schoolOrRole: "Cognitive science student, University of Maryland",
        searchStatus: "graduating",
        phone: "+1 410 555 0199",
        email: "jordan.lee@example.com",
      },
      "PUT",
    );
    for (const [index, person] of saved.entries()) {
      if (index === 0) continue;
      await post(app.url, `/api/people/${person.id}/activities`, {
        kind: index % 2 ? "email_sent" : "letter_sent",
        occurredAt: daysFromNow(-8 - index),
      });
    }
    const upcoming = await post(app.url, "/api/conversations", {
      personId: featured.id,
      scheduledFor: daysFromNow(1.2),
      durationMinutes: 30,
      channel: "video",
      place: "https://meet.example.com/priya-jordan",
    });
    await preparePriya(app.url, {
      activityId: upcoming.conversation.activityId,
      personId: featured.id,
      organizationId: featured.organizationId,
    });
    let held;
    if (saved[1]) {
      held = await post(app.url, "/api/conversations", {
        personId: saved[1].id,
        scheduledFor: daysFromNow(-0.2),
        channel: "in_person",
        place: "Bean There Café, 1200 Charles St, Baltimore",
      });
      await post(app.url, `/api/conversations/${held.conversation.activityId}/held`, {});
    }
    await post(app.url, "/api/trips", {
      place: "Baltimore",
      startsOn: dateFromNow(10),
      endsOn: dateFromNow(15),
      note: "Visiting family; free most afternoons",
    });

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"],
    });

    const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await desktop.goto(`${app.url}/people`);
    await desktop
      .locator("table tbody tr")
      .nth(people.length - 1)
      .waitFor();
    await desktop.screenshot({ path: join(docsDir, "screenshot-people.png"), fullPage: true });

    await desktop.goto(`${app.url}/people/${featured.id}`);
    await desktop.getByRole("heading", { level: 1, name: featured.name }).waitFor();
    await desktop.screenshot({ path: join(docsDir, "screenshot-person.png"), fullPage: true });

    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(`${app.url}/people`);
    await phone.getByRole("list", { name: "People" }).getByRole("listitem").nth(5).waitFor();
    await phone.screenshot({ path: join(docsDir, "screenshot-people-phone.png"), fullPage: true });
    await phone.goto(`${app.url}/`);
    await phone.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await phone.getByRole("link", { name: /^Call/ }).first().waitFor();
    await phone.screenshot({ path: join(docsDir, "screenshot-today-phone.png"), fullPage: true });
    await phone.goto(`${app.url}/conversations`);
    await phone.getByText("Priya Raman").first().waitFor();
    await phone.screenshot({ path: "/tmp/conversations-phone.png", fullPage: true });

    await desktop.goto(`${app.url}/`);
    await desktop.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await desktop.getByRole("link", { name: /^Call/ }).first().waitFor();
    await desktop.screenshot({ path: join(docsDir, "screenshot-today.png"), fullPage: true });

    await desktop.goto(`${app.url}/conversations`);
    await desktop.getByText("Priya Raman").first().waitFor();
    await desktop.screenshot({
      path: join(docsDir, "screenshot-conversations.png"),
      fullPage: true,
    });

    await desktop.goto(`${app.url}/trips`);
    await desktop
      .getByText(/Baltimore/)
      .first()
      .waitFor();
    await desktop.screenshot({ path: join(docsDir, "screenshot-trips.png"), fullPage: true });

    await desktop.goto(`${app.url}/people/${saved[3]?.id ?? featured.id}/compose`);
    await desktop.getByTestId("coach-status").waitFor();
    await desktop.waitForTimeout(1500); // the coach answers ~400 ms after the draft settles
    await desktop.screenshot({ path: join(docsDir, "screenshot-compose.png"), fullPage: true });

    const called = saved[2] ?? featured;
    await desktop.goto(`${app.url}/people/${called.id}/call`);
    await desktop.getByRole("button", { name: /Voicemail/ }).waitFor();
    await desktop.screenshot({ path: join(docsDir, "screenshot-call.png"), fullPage: true });

    await shootPrepare(app.url, upcoming.conversation.activityId, { desktop, phone, docsDir });

    if (held && saved[4]) {
      await writeUp(app.url, held.conversation.activityId);
      const conductId = await conductUnderWay(app.url, saved[4].id);
      await shootFollowUp(
        app.url,
        { conductId, heldId: held.conversation.activityId },
        { desktop, phone, docsDir },
      );
    }

    // Last, so the people it adds appear in no other screenshot.
    await seedInsights(app.url);
    await shootInsights(app.url, { desktop, phone, docsDir });

    console.log(
      "Saved docs/screenshot-people.png, -person, -people-phone, -today, -conversations, -trips, -compose, -call, -prepare, -prepare-phone, -brief, -conduct-phone, -follow-up, -insights-themes, -insights-effort, -insights-network-phone",
    );
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
