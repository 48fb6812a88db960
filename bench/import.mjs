// Imports a generated 30,000-row LinkedIn Connections.csv through the CLI into a new
// SQLite data folder (and a new PostgreSQL database when TEST_DATABASE_URL is set) and
// prints the wall time beside its floor, measured in the same run on the same file: the
// same rows read with papaparse and inserted into an empty store by one raw prepared statement
// in one transaction, with the same durability settings, by a process of its
// own (bench/support/import-floor.mjs). Each figure line ends with `ratio N.NN` (import over floor).
// Needs `npm run build`. Usage: node bench/import.mjs [rows]
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { writeLinkedInFile } from "./linkedin-file.mjs";

const root = new URL("..", import.meta.url).pathname;
const rows = Number(process.argv[2] ?? 30_000);
const folder = mkdtempSync(join(tmpdir(), "rapport-import-bench-"));
const file = join(folder, "Connections.csv");
writeLinkedInFile(file, rows);

/** Runs a node script from the repository; its wall time in seconds and its first line. */
function timed(label, args, environment = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...environment },
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
  return { seconds, summary: result.stdout.split("\n")[0] };
}

/** The import into `storeUrl` (empty) and the floor into `floorUrl` (another empty store). */
function timeImport(label, storeUrl, floorUrl) {
  const dataFolder = join(folder, `data-${label}`);
  const environment = storeUrl.startsWith("postgres")
    ? { DATABASE_URL: storeUrl }
    : { DATABASE_URL: "" };
  const floor = timed(`${label} floor`, ["bench/support/import-floor.mjs", file, floorUrl]);
  const run = timed(
    `${label} import`,
    ["dist/cli/main.js", "import", file, "--data", dataFolder],
    environment,
  );
  console.log(
    `${label.padEnd(12)} ${run.seconds.toFixed(2).padStart(6)} s  (${Math.round(rows / run.seconds)} rows/s)  floor (raw insert) ${floor.seconds.toFixed(2)} s  ${run.summary}  ratio ${(run.seconds / floor.seconds).toFixed(2)}`,
  );
}

async function withPostgresDatabases(adminUrl, count, work) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const names = Array.from(
    { length: count },
    () => `rapport_bench_${randomBytes(4).toString("hex")}`,
  );
  try {
    const urls = [];
    for (const name of names) {
      await admin.query(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      urls.push(url.toString());
    }
    await work(urls);
  } finally {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

console.log(
  `Import of a ${rows}-row LinkedIn Connections.csv through \`rapport import\` (node ${process.version})`,
);
try {
  timeImport(
    "SQLite",
    `sqlite:${join(folder, "data-SQLite", "rapport.sqlite")}`,
    `sqlite:${join(folder, "floor.sqlite")}`,
  );
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    await withPostgresDatabases(adminUrl, 2, ([storeUrl, floorUrl]) =>
      timeImport("PostgreSQL", storeUrl, floorUrl),
    );
  } else {
    console.log("PostgreSQL   not run (set TEST_DATABASE_URL to include it)");
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
