// The floor for bench/import.mjs, run as its own process like `rapport import`: open (and
// migrate) the same store, read the same CSV with papaparse, and insert one plain row per
// contact into `people` in one transaction, with no planning, no duplicate check, no
// derived stage, reminders or search index. Not a bench of its own: bench/import.mjs runs it
// as a child (arguments FILE STORE_URL) and prints its time as the floor beside the import.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { connect, parseStoreUrl } from "../../dist/store/connect.js";
import { openStore } from "../../dist/store/store.js";

const [file, url] = process.argv.slice(2);
await (await openStore(url)).close();
const text = readFileSync(file, "utf8");
// LinkedIn puts a few lines of notes above the header.
const table = text.slice(text.indexOf("First Name,"));
const { data } = Papa.parse(table, { header: true, skipEmptyLines: true });
const db = connect(parseStoreUrl(url));
const now = new Date().toISOString();
await db.transaction().execute(async (transaction) => {
  for (let start = 0; start < data.length; start += 500) {
    const rows = data.slice(start, start + 500).map((row, index) => ({
      id: `floor-${start + index}`,
      owner_id: "local",
      name: `${row["First Name"]} ${row["Last Name"]}`,
      email: row["Email Address"] || null,
      title: row.Position || null,
      created_at: now,
      updated_at: now,
    }));
    await transaction.insertInto("people").values(rows).execute();
  }
});
await db.destroy();
console.log(`${data.length} rows inserted`);
