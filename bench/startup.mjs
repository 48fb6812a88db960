// Time from process start to the first successful HTTP response, cold (new data folder:
// the database is created and migrated) and warm (existing folder), beside a floor measured
// in the same run: a bare Node HTTP server started the same way. Each figure line ends with
// `ratio N.NN` (its median over the floor's median). Needs `npm run build`.
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
    const response = await fetch(`${url}/api/people`).catch(() => null);
    if (response?.ok) break;
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
    `${label.padEnd(34)} median ${median.toFixed(0).padStart(5)} ms   min ${sorted[0].toFixed(0).padStart(5)} ms   max ${sorted.at(-1).toFixed(0).padStart(5)} ms   (n=${times.length})${ratio}`,
  );
}

// The floor: Node starting a bare HTTP server that answers 200, announced the way Rapport is.
const bareServer = [
  "node",
  [
    "-e",
    `const s=require("node:http").createServer((q,r)=>r.end("{}"));s.listen(0,"127.0.0.1",()=>console.log("Rapport is running at http://127.0.0.1:"+s.address().port));`,
  ],
];

const direct = ["node", ["dist/cli/main.js", "serve", "--port", "0"]];
const viaNpm = ["npm", ["start", "--silent", "--", "--port", "0"]];
const warmFolder = mkdtempSync(join(tmpdir(), "rapport-bench-"));
await firstResponse(...direct, warmFolder);

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

console.log(`Startup to first HTTP 200 (node ${process.version}, ${runs} runs each)`);
const floor = medianOf(results.floor);
summary("floor: bare node HTTP server", results.floor);
summary("cold: rapport serve, new folder", results.cold, floor);
summary("warm: rapport serve, existing", results.warm, floor);
summary("warm: npm start (with prestart)", results.npmWarm, floor);
