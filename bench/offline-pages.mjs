// How long the conduct and preparation pages take to be usable on a cold start on a 390-pixel
// phone viewport, online and offline (issue 11): from navigation to the page's heading or
// timer, the saved objective and the first planned question on screen, in headless Chromium against the built
// app. Online cold: a fresh browser profile each run (no service worker, no cache). Installed:
// a profile whose service worker has kept the conversation, each run a new page (the app's
// scripts not in memory), online and then with the connection cut (context.setOffline).
// Each figure is printed beside a floor from the same run, a bare page loading the
// framework script from a bare Node server, cold; each line ends with `ratio N.NN`.
// Needs `npm run build` and /usr/bin/chromium. Usage: node bench/offline-pages.mjs [runs]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { post, repoRoot, startApp } from "../scripts/screenshot-app.mjs";

const runs = Number(process.argv[2] ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const objective = "Learn how the clinic hires new graduates, and get one more name, by Friday";
const firstQuestion = "How did you come to run a children's clinic?";

function bareServer(script) {
  const page = `<!doctype html><html><body><h1>Prepare</h1><script src="/a.js"></script></body></html>`;
  const server = createServer((request, response) => {
    const isScript = request.url === "/a.js";
    response.writeHead(200, { "content-type": isScript ? "text/javascript" : "text/html" });
    response.end(isScript ? script : page);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

async function seed(url) {
  await post(url, "/api/profile/welcome-done", {});
  const { person } = await post(url, "/api/people", {
    name: "Maya Chen",
    organizationName: "Hopkins Children's",
  });
  const { conversation } = await post(url, "/api/conversations", {
    personId: person.id,
    scheduledFor: new Date(Date.now() + 5 * 60 * 60 * 1000).toISOString(),
    durationMinutes: 30,
    channel: "in_person",
  });
  const id = conversation.activityId;
  await post(url, `/api/conversations/${id}/preparation`, { objective }, "PATCH");
  for (const text of [
    firstQuestion,
    "What does a typical week look like for you?",
    "Which certifications do hiring managers respect?",
    "What would you do differently if you started again?",
    "How is the field changing with teletherapy?",
    "Who else should I talk to?",
  ]) {
    await post(url, `/api/conversations/${id}/plan`, { text, group: "person" });
  }
  await post(url, "/api/research-notes", {
    personId: person.id,
    body: "Gave a talk on early screening at the 2025 ASHA convention.",
  });
  return id;
}

/** Each page, and what must be on screen for it to be usable. */
const pages = [
  {
    label: "Conduct",
    path: (id) => `/conversations/${id}/conduct`,
    ready: async (page) => {
      await page.getByTestId("conduct-timer").waitFor();
      await page.getByText(objective).first().waitFor();
      await page.getByText(firstQuestion).first().waitFor();
    },
  },
  {
    label: "Preparation",
    path: (id) => `/conversations/${id}/prepare`,
    ready: async (page) => {
      await page.getByRole("heading", { level: 1, name: "Prepare: Maya Chen" }).waitFor();
      await page
        .getByRole("textbox", { name: "Objective" })
        .and(page.getByText(objective))
        .waitFor();
      await page.getByText(firstQuestion).first().waitFor();
    },
  },
];

/** Milliseconds from navigation to the page being usable. */
async function timeToUsable(page, address, ready) {
  const started = performance.now();
  await page.goto(address);
  await ready(page);
  return performance.now() - started;
}

const dataDir = mkdtempSync(join(tmpdir(), "rapport-offline-bench-"));
const { child, url } = await startApp(dataDir);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
try {
  const id = await seed(url);
  const assets = join(repoRoot, "dist/web/assets");
  const framework = readdirSync(assets).find((name) => /^react-.*\.js$/.test(name));
  const bare = await bareServer(readFileSync(join(assets, framework)));

  const floorTimes = [];
  const times = new Map(
    pages.map((each) => [each.label, { cold: [], installed: [], offline: [] }]),
  );
  for (let run = 0; run < runs; run += 1) {
    const floorContext = await browser.newContext(phone);
    const floorPage = await floorContext.newPage();
    const started = performance.now();
    await floorPage.goto(bare.url, { waitUntil: "load" });
    floorTimes.push(performance.now() - started);
    await floorContext.close();

    for (const each of pages) {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      times
        .get(each.label)
        .cold.push(await timeToUsable(page, `${url}${each.path(id)}`, each.ready));
      await context.close();
    }
  }

  // Installed: the service worker in charge and the conversation kept (its mark shown).
  const context = await browser.newContext(phone);
  const setup = await context.newPage();
  await setup.goto(`${url}/conversations`);
  await setup.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await setup.getByText("Available offline").first().waitFor();
  await setup.close();
  for (let run = 0; run < runs; run += 1) {
    for (const each of pages) {
      const address = `${url}${each.path(id)}`;
      let page = await context.newPage();
      times.get(each.label).installed.push(await timeToUsable(page, address, each.ready));
      await page.close();
      await context.setOffline(true);
      page = await context.newPage();
      times.get(each.label).offline.push(await timeToUsable(page, address, each.ready));
      await page.close();
      await context.setOffline(false);
    }
  }
  await context.close();
  bare.server.close();

  const floor = median(floorTimes);
  const line = (label, values) => {
    const value = median(values);
    console.log(
      `${label} (median of ${runs}): ${value.toFixed(0)} ms; floor (bare page, the framework script, cold) ${floor.toFixed(0)} ms; ratio ${(value / floor).toFixed(2)}`,
    );
  };
  for (const each of pages) {
    const measured = times.get(each.label);
    line(`${each.label} usable at 390 px, online, cold profile`, measured.cold);
    line(`${each.label} usable at 390 px, online, installed (service worker)`, measured.installed);
    line(
      `${each.label} usable at 390 px, offline, installed (saved on the device)`,
      measured.offline,
    );
  }
} finally {
  await browser.close();
  child.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
