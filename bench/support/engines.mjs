// What the HTTP benches share: the percentile they print, and running one measurement on
// SQLite in a temporary folder and (when TEST_DATABASE_URL is set) on a throwaway PostgreSQL
// database that is dropped afterwards.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** The value at `share` (0.5, 0.95) of an ascending list. */
export const percentile = (sorted, share) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];

/** `measure(label, storeUrl)` on SQLite, then on PostgreSQL when a server is given. */
export async function onEachEngine(folderPrefix, measure) {
  const folder = mkdtempSync(join(tmpdir(), folderPrefix));
  try {
    await measure("SQLite", `sqlite:${join(folder, "rapport.sqlite")}`);
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) return;
    const name = `rapport_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      await measure("PostgreSQL", url.toString());
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
