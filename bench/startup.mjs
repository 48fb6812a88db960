// Time from process start to the first successful HTTP response, cold (new data folder:
// the database is created and migrated) and warm (existing folder). Needs `npm run build`.
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

function summary(label, times) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(0).padStart(5)} ms   min ${sorted[0].toFixed(0).padStart(5)} ms   max ${sorted.at(-1).toFixed(0).padStart(5)} ms   (n=${times.length})`,
  );
}

const direct = ["node", ["dist/cli/main.js", "serve", "--port", "0"]];
const viaNpm = ["npm", ["start", "--silent", "--", "--port", "0"]];
const warmFolder = mkdtempSync(join(tmpdir(), "rapport-bench-"));
await firstResponse(...direct, warmFolder);

const results = { cold: [], warm: [], npmWarm: [] };
for (let run = 0; run < runs; run += 1) {
  const coldFolder = mkdtempSync(join(tmpdir(), "rapport-bench-"));
  results.cold.push(await firstResponse(...direct, coldFolder));
  rmSync(coldFolder, { recursive: true, force: true });
  results.warm.push(await firstResponse(...direct, warmFolder));
  results.npmWarm.push(await firstResponse(...viaNpm, warmFolder));
}
rmSync(warmFolder, { recursive: true, force: true });

console.log(`Startup to first HTTP 200 (node ${process.version}, ${runs} runs each)`);
summary("cold: rapport serve, new folder", results.cold);
summary("warm: rapport serve, existing", results.warm);
summary("warm: npm start (with prestart)", results.npmWarm);
