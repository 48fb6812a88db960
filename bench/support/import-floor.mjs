// The floor for bench/import.mjs, run as its own process like `rapport import`: open (and
// migrate) the same store, read the same CSV with papaparse, and insert the same people
// rows (the columns an import of a LinkedIn row fills: name, title, e-mail, profile, source,
// the "connected on" note) with one raw prepared statement, run once per row inside one
// transaction: no Kysely, no planning, no duplicate check, no organizations, no derived
// stage, reminders or search index. Same durability as the app: on SQLite the file is
// opened with the pragmas the store sets (WAL, synchronous=FULL); on PostgreSQL the
// server's own settings hold for both. Not a bench of its own: bench/import.mjs runs it as a
// child (arguments FILE STORE_URL) and prints its time as the floor beside the import.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import SqliteDatabase from "better-sqlite3";
import Papa from "papaparse";
import pg from "pg";
import { parseStoreUrl } from "../../dist/store/connect.js";
import { openStore } from "../../dist/store/store.js";

const [file, url] = process.argv.slice(2);
await (await openStore(url)).close();
const text = readFileSync(file, "utf8");
// LinkedIn puts a few lines of notes above the header.
const table = text.slice(text.indexOf("First Name,"));
const { data } = Papa.parse(table, { header: true, skipEmptyLines: true });
const now = new Date().toISOString();
const months = new Map(
  "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
    .split(" ")
    .map((name, index) => [name, String(index + 1).padStart(2, "0")]),
);
const rows = data.map((row) => {
  const [day, month, year] = (row["Connected On"] ?? "").split(" ");
  return [
    randomUUID(),
    "local",
    `${row["First Name"]} ${row["Last Name"]}`,
    row.Position || null,
    row["Email Address"] || null,
    row.URL || null,
    "networking_site",
    `Connected on LinkedIn on ${year}-${months.get(month)}-${day.padStart(2, "0")}`,
    now,
    now,
  ];
});
const columns =
  "id, owner_id, name, title, email, profile_url, source, notes, created_at, updated_at";

const location = parseStoreUrl(url);
if (location.dialect === "sqlite") {
  const db = new SqliteDatabase(location.path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  const insert = db.prepare(
    `insert into people (${columns}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const row of rows) insert.run(row);
  }).immediate();
  db.close();
} else {
  const client = new pg.Client({ connectionString: location.connectionString });
  await client.connect();
  await client.query("begin");
  // A named query: parsed and planned once, then only bound and executed for each row.
  const text = `insert into people (${columns}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
  for (const values of rows) await client.query({ name: "floor-insert", text, values });
  await client.query("commit");
  await client.end();
}
console.log(`${rows.length} rows inserted`);
