// What a browser downloads to show Today, and how long until Today answers a click, in
// headless Chromium against the built app on a warm server. Each figure is printed beside a
// floor from the same run: the bytes beside the framework chunk every page needs (React,
// React DOM, the router), the time beside loading a bare page with one script from a bare
// Node server. Each figure line ends with `ratio N.NN`. Needs `npm run build` and
// /usr/bin/chromium. Usage: node bench/first-load.mjs [runs]
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { post, startApp } from "../scripts/screenshot-app.mjs";

const runs = Number(process.argv[2] ?? 10);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A bare page with one script, served by a bare Node server: the floor for time. */
function bareServer(script) {
  const page = `<!doctype html><html><body><h1>Today</h1><script src="/a.js"></script></body></html>`;
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

const dataDir = mkdtempSync(join(tmpdir(), "rapport-first-load-"));
const { child, url } = await startApp(dataDir);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
try {
  await post(url, "/api/profile/welcome-done", {});
  const context = await browser.newContext();
  const page = await context.newPage();

  // Bytes: every script the first load of Today fetches, gzipped as a server would send it.
  const scripts = new Map();
  const reads = [];
  const onResponse = (response) => {
    if (response.request().resourceType() !== "script") return;
    reads.push(response.body().then((body) => scripts.set(response.url(), body)));
  };
  page.on("response", onResponse);
  await page.goto(`${url}/`, { waitUntil: "networkidle" });
  await Promise.all(reads);
  page.off("response", onResponse);
  await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
  let total = 0;
  let framework = null;
  for (const [address, body] of scripts) {
    const gzipped = gzipSync(body, { level: 9 }).length;
    total += gzipped;
    const name = new URL(address).pathname.split("/").pop();
    console.log(
      `  ${name.padEnd(36)} ${kb(body.length).padStart(7)} KB  gzip ${kb(gzipped).padStart(6)} KB`,
    );
    if (name.startsWith("react-")) framework = { body, gzipped };
  }
  if (!framework)
    throw new Error("No react-*.js chunk among Today's scripts; is the build current?");
  console.log(
    `Today first-load JS: ${scripts.size} files, ${kb(total)} KB gzipped; floor (the framework chunk) ${kb(framework.gzipped)} KB; ratio ${(total / framework.gzipped).toFixed(2)}`,
  );

  // Time: navigation start to Today's heading on a warm server and a warm browser cache.
  const bare = await bareServer(framework.body);
  const appTimes = [];
  const floorTimes = [];
  for (let run = 0; run < runs; run += 1) {
    let started = performance.now();
    await page.goto(`${url}/`);
    await page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
    await page.getByRole("link", { name: "People" }).first().waitFor();
    appTimes.push(performance.now() - started);
    started = performance.now();
    await page.goto(bare.url, { waitUntil: "load" });
    floorTimes.push(performance.now() - started);
  }
  bare.server.close();
  const app = median(appTimes);
  const floor = median(floorTimes);
  console.log(
    `Today interactive (median of ${runs}): ${app.toFixed(0)} ms; floor (bare page, the framework script) ${floor.toFixed(0)} ms; ratio ${(app / floor).toFixed(2)}`,
  );
  await context.close();
} finally {
  await browser.close();
  child.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
