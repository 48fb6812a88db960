// Imports a generated 30,000-row LinkedIn Connections.csv through the CLI into a new
// SQLite data folder (and a new PostgreSQL database when TEST_DATABASE_URL is set) and
// prints the wall time. Needs `npm run build`. Usage: node bench/import.mjs [rows]
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

function timeImport(label, environment) {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ["dist/cli/main.js", "import", file, "--data", join(folder, "data")],
    {
      cwd: root,
      env: { ...process.env, ...environment },
      encoding: "utf8",
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} import failed: ${result.stderr}`);
  const summary = result.stdout.split("\n")[0];
  console.log(
    `${label.padEnd(12)} ${seconds.toFixed(2).padStart(6)} s  (${Math.round(rows / seconds)} rows/s)  ${summary}`,
  );
}

console.log(
  `Import of a ${rows}-row LinkedIn Connections.csv through \`rapport import\` (node ${process.version})`,
);
try {
  timeImport("SQLite", { DATABASE_URL: "" });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `rapport_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      timeImport("PostgreSQL", { DATABASE_URL: url.toString() });
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    console.log("PostgreSQL   not run (set TEST_DATABASE_URL to include it)");
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
