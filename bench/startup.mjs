// Time from process start to the first page (GET / answered 200 with HTML), for `npm start`
// (the target), and for `rapport serve` cold (new data folder: the database is created and
// migrated) and warm (existing folder), beside a floor measured in the same run: a bare
// Hono server on @hono/node-server answering a page, started by node. Each figure line
// ends with `ratio N.NN` (its median over the floor's median). Needs `npm run build`.
// Usage: node bench/startup.mjs [runs]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 10);

async function firstResponse(command, args, dataFolder) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, RAPPORT_DATA: dataFolder },
    stdio: ["ignore", "pipe", "inherit"],
    // Its own process group, so stopping it also stops the server `npm start` runs.
    detached: true,
  });
  const url = await new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/Rapport is running at (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before listening`)));
  });
  for (;;) {
    const response = await fetch(`${url}/`).catch(() => null);
    if (response?.ok && (await response.text()).includes("<html")) break;
  }
  const elapsed = performance.now() - started;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await exited;
  return elapsed;
}

const medianOf = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

function summary(label, times, floorMedian) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = medianOf(times);
  const ratio = floorMedian === undefined ? "" : `   ratio ${(median / floorMedian).toFixed(2)}`;
  console.log(
    `${label.padEnd(36)} median ${median.toFixed(0).padStart(5)} ms   min ${sorted[0].toFixed(0).padStart(5)} ms   max ${sorted.at(-1).toFixed(0).padStart(5)} ms   (n=${times.length})${ratio}`,
  );
}

// The floor: Node starting a bare Hono app on @hono/node-server that answers a page,
// announced the way Rapport is.
const bareServer = [
  "node",
  [
    "--input-type=module",
    "-e",
    `import { Hono } from "hono"; import { serve } from "@hono/node-server";
const app = new Hono().get("/", (c) => c.html("<!doctype html><html><body>Hello</body></html>"));
serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
  console.log("Rapport is running at http://127.0.0.1:" + info.port));`,
  ],
];

const direct = ["node", ["dist/cli/main.js", "serve", "--port", "0"]];
const viaNpm = ["npm", ["start", "--silent", "--", "--port", "0"]];
const warmFolder = mkdtempSync(join(tmpdir(), "rapport-bench-"));
await firstResponse(...direct, warmFolder);
// Once untimed, so a build that `npm start`'s prestart finds due is not counted as a start.
await firstResponse(...viaNpm, warmFolder);

const results = { floor: [], cold: [], warm: [], npmWarm: [] };
for (let run = 0; run < runs; run += 1) {
  results.floor.push(await firstResponse(...bareServer, warmFolder));
  const coldFolder = mkdtempSync(join(tmpdir(), "rapport-bench-"));
  results.cold.push(await firstResponse(...direct, coldFolder));
  rmSync(coldFolder, { recursive: true, force: true });
  results.warm.push(await firstResponse(...direct, warmFolder));
  results.npmWarm.push(await firstResponse(...viaNpm, warmFolder));
}
rmSync(warmFolder, { recursive: true, force: true });

console.log(`Startup to the first page (node ${process.version}, ${runs} runs each)`);
const floor = medianOf(results.floor);
summary("floor: bare Hono server", results.floor);
summary("npm start (with prestart), existing", results.npmWarm, floor);
summary("rapport serve, new folder", results.cold, floor);
summary("rapport serve, existing folder", results.warm, floor);
