// Under load: `clients` concurrent clients for `seconds` on loopback against 2,000 people and
// 20,000 log entries, each looping over Today, the people list, a search and a new log entry
// (3 in 10 Today, 3 the list's first page, 2 searches, 2 writes), on SQLite and (when
// TEST_DATABASE_URL is set) PostgreSQL. The server runs in its own process. Its floor, in
// the same run: the same clients for the same time against a bare Hono server in its own
// process. Prints requests/s, errors and p50/p95/p99 per kind; each figure line ends with
// `ratio N.NN` (p99 over the floor's p99). Bounded: every request times out after 10 s and
// the run stops after `seconds`. Needs `npm run build:server`.
// Usage: node bench/load.mjs [seconds] [clients] [people] [log entries]   (defaults: 60 50 2000 20000)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { openStore } from "../dist/store/store.js";
import { onEachEngine, percentile } from "./support/engines.mjs";
import { seededRandom } from "./support/random.mjs";
import { noteWords, seedLog } from "./support/seed-log.mjs";

const seconds = Number(process.argv[2] ?? 60);
const clients = Number(process.argv[3] ?? 50);
const peopleCount = Number(process.argv[4] ?? 2_000);
const entryCount = Number(process.argv[5] ?? 20_000);
const now = new Date("2026-11-22T09:00:00.000Z");
const child = fileURLToPath(new URL("./support/serve-child.mjs", import.meta.url));

/** Starts serve-child.mjs and waits for the address it prints. */
async function startChild(args) {
  const server = spawn(process.execPath, [child, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: server.stdout });
  const [line] = await once(lines, "line");
  return { url: JSON.parse(line).url, stop: () => stopChild(server) };
}

async function stopChild(server) {
  server.kill("SIGTERM");
  if (server.exitCode === null) await once(server, "exit");
}

/** What one client asks next, by a seeded draw: the same mix on every run. */
function requestFor(random, base) {
  const draw = random();
  const person = `p${Math.floor(random() * peopleCount)}`;
  if (draw < 0.3) return { kind: "today", url: `${base}/api/today` };
  if (draw < 0.6) return { kind: "people", url: `${base}/api/people` };
  if (draw < 0.8) {
    const word = noteWords[Math.floor(random() * noteWords.length)];
    return { kind: "search", url: `${base}/api/search?q=${word}` };
  }
  return {
    kind: "log entry",
    url: `${base}/api/people/${person}/activities`,
    init: {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "note",
        occurredAt: now.toISOString(),
        detail: "Asked about their first year",
      }),
    },
  };
}

/** `clients` loops of requests for `seconds`; the latencies of each kind and the errors. */
async function drive(base, mix) {
  const times = new Map();
  let errors = 0;
  const firstErrors = [];
  const end = performance.now() + seconds * 1000;
  async function client(index) {
    const random = seededRandom(1000 + index);
    while (performance.now() < end) {
      const { kind, url, init } = mix ? requestFor(random, base) : { kind: "bare", url: base };
      const begun = performance.now();
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${kind}: HTTP ${response.status}`);
      } catch (error) {
        errors += 1;
        if (firstErrors.length < 3) firstErrors.push(String(error));
        continue;
      }
      const list = times.get(kind) ?? [];
      list.push(performance.now() - begun);
      times.set(kind, list);
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  for (const list of times.values()) list.sort((a, b) => a - b);
  const all = [...times.values()].flat().sort((a, b) => a - b);
  return { times, all, errors, firstErrors };
}

const ms = (value) => (value === undefined ? "–" : value.toFixed(value < 10 ? 1 : 0));
const figures = (list) =>
  `p50 ${ms(percentile(list, 0.5))} ms, p95 ${ms(percentile(list, 0.95))} ms, p99 ${ms(percentile(list, 0.99))} ms`;

async function measure(label, url) {
  await (await openStore(url)).close(); // migrate first
  await seedLog(url, { people: peopleCount, entries: entryCount, now });
  const app = await startChild(["app", url, now.toISOString()]);
  let run;
  try {
    // Warm: build the reminders cache and the search index, as a first visit would.
    for (const path of ["/api/today", "/api/people", "/api/search?q=mentor"])
      await (await fetch(`${app.url}${path}`)).arrayBuffer();
    run = await drive(app.url, true);
  } finally {
    await app.stop();
  }
  const bare = await startChild(["bare"]);
  let floor;
  try {
    floor = await drive(bare.url, false);
  } finally {
    await bare.stop();
  }
  const floorP99 = percentile(floor.all, 0.99);
  for (const [kind, list] of [...run.times].sort()) {
    console.log(
      `${label.padEnd(10)} ${kind.padEnd(9)} ${(list.length / seconds).toFixed(1).padStart(7)} req/s  ${figures(list)}`,
    );
  }
  console.log(
    `${label.padEnd(10)} all       ${(run.all.length / seconds).toFixed(1).padStart(7)} req/s, ${run.errors} errors  ${figures(run.all)}   floor (bare Hono, ${(floor.all.length / seconds).toFixed(0)} req/s, ${floor.errors} errors): ${figures(floor.all)}   ratio ${(percentile(run.all, 0.99) / floorP99).toFixed(2)}`,
  );
  if (run.firstErrors.length > 0)
    console.log(`${label.padEnd(10)} first errors: ${run.firstErrors.join("; ")}`);
}

console.log(
  `Load: ${clients} clients for ${seconds} s over ${peopleCount} people and ${entryCount} log entries (node ${process.version})`,
);
await onEachEngine("rapport-load-bench-", measure);
