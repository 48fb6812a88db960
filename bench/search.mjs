// Search latency over a large log: 10,000 people with 100,000 notes, then ~200 queries of
// mixed terms through `searchEverything`, on SQLite (a file) and, when TEST_DATABASE_URL is
// set, on PostgreSQL (a throwaway database). Needs `npm run build:server`.
// Usage: node bench/search.mjs [people] [notesPerPerson] [queries]
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { nameKey } from "../dist/domain/name-key.js";
import { createServiceContext } from "../dist/services/context.js";
import { searchEverything } from "../dist/services/search.service.js";
import { ensureSearchIndex } from "../dist/services/search-freshness.js";
import { connect, parseStoreUrl } from "../dist/store/connect.js";
import { openStore } from "../dist/store/store.js";
import { seededRandom } from "./support/random.mjs";

const peopleCount = Number(process.argv[2] ?? 10_000);
const notesPerPerson = Number(process.argv[3] ?? 10);
const queryCount = Number(process.argv[4] ?? 200);
const ownerId = "local";

// A seeded generator, so every run (and both databases) gets the same data and queries.
const random = seededRandom(20261122);
const pick = (list) => list[Math.floor(random() * list.length)];

const firstNames = (
  "Maya José Sam Priya Dana Chris Robin Alex Jordan Taylor Morgan Kelly Ada " +
  "Zoë Søren Łukasz Amélie Björn Chiara Kenji Aisha Mateo Ingrid Omar Lucía Nadia Tomás Emeka " +
  "Hana Ravi Elif Gustavo Mei Noor Pablo Sofía Yusuf Freya Dmitri Anouk"
).split(" ");
const lastNames = (
  "Chen Álvarez Speech Reyes Whitfield Okafor Nakamura Müller García Kowalski " +
  "Haddad Lindqvist Rossi Patel Dubois O'Brien Novak Santos Ivanova Fischer Moreau Kim Silva " +
  "Jensen Costa Byrne Tanaka Nguyen Popescu Horvat"
).split(" ");
const organizations = (
  "Bright Start Clinic|Research Partners|Acme Law|Harbor Hospital|Zenith " +
  "Architects|City Library|Northwind Foods|Bluebird Design|Summit Health|Riverside School|" +
  "Café Lumière|Orchard Labs|Granite Bank|Pioneer Media|Atlas Robotics"
).split("|");
const topics = (
  "speech therapy|pediatric nursing|urban planning|public health|mediation|" +
  "orthodontics|data journalism|museum curation|wildlife conservation|supply chain|" +
  "clinical research|landscape architecture|family law|structural engineering|" +
  "occupational therapy|food science|renewable energy|patent law|social work|" +
  "sound design|epidemiology|veterinary medicine|user research|financial planning"
).split("|");
const openings = [
  "Talked about",
  "Asked how she got into",
  "Suggested I read up on",
  "Spent twenty minutes on",
  "Recommended a course in",
  "Warned me that",
  "Mentioned a conference on",
  "Follow up about",
  "Shared her path into",
  "Explained the day-to-day of",
];
const closings = [
  "and offered to introduce me to a colleague.",
  "— send a thank-you note by Friday.",
  "Said the hardest part is the paperwork, not the clients.",
  "Recommended the graduate program in Zürich.",
  "Prefers email; call only before 10 a.m.",
  "Has a summer internship opening, maybe.",
  "Met at the alumni café; very generous with time.",
  "Asked me to send my résumé next week.",
  "Thinks the field will grow a lot in five years.",
  "Knows someone at the city council.",
];
const kinds = ["note", "note", "note", "call", "email_sent", "conversation_held", "snafu"];

function noteText() {
  return `${pick(openings)} ${pick(topics)}. ${pick(closings)} ${pick(topics)} came up too.`;
}

const queries = [];
{
  const words = ["speech", "therapy", "internship", "résumé", "zurich", "paperwork", "alumni"];
  const shapes = [
    () => pick(firstNames),
    () => `${pick(firstNames)} ${pick(lastNames)}`,
    () => pick(topics),
    () => pick(topics).slice(0, 4),
    () => pick(words),
    () => `${pick(words)} ${pick(topics).split(" ")[0]}`,
    () => pick(organizations).split(" ")[0],
    () => `"${pick(topics)}" AND ${pick(lastNames)}`,
    () => `${pick(lastNames).slice(0, 3)}`,
    () => "nothingmatchesthis",
  ];
  for (let index = 0; index < queryCount; index += 1) queries.push(pick(shapes)());
}

async function seedData(url) {
  const db = connect(parseStoreUrl(url));
  const now = "2026-11-22T09:00:00.000Z";
  const pad = (number) => String(number).padStart(6, "0");
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto("organizations")
      .values(
        organizations.map((name, index) => ({
          id: `org-${index}`,
          owner_id: ownerId,
          name,
          // Written in SQL, so the key the store derives is written here (unique per owner).
          name_key: nameKey(name),
          industry: pick(topics),
          mission: `We work on ${pick(topics)}.`,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    for (let start = 0; start < peopleCount; start += 1000) {
      const people = [];
      for (let index = start; index < Math.min(peopleCount, start + 1000); index += 1) {
        people.push({
          id: `person-${pad(index)}`,
          owner_id: ownerId,
          name: `${pick(firstNames)} ${pick(lastNames)}`,
          title: `${pick(["Senior", "Junior", "Lead", "Head of"])} ${pick(topics)}`,
          organization_id: `org-${Math.floor(random() * organizations.length)}`,
          location: pick(["Baltimore", "Zürich", "Lyon", "Denver", "Osaka", "Lagos"]),
          notes: random() < 0.3 ? noteText() : null,
          created_at: now,
          updated_at: now,
        });
      }
      await transaction.insertInto("people").values(people).execute();
    }
    const activities = [];
    const flush = async () => {
      // 11 columns a row: 250 rows stay under SQLite's and PostgreSQL's parameter limits.
      for (let start = 0; start < activities.length; start += 250) {
        await transaction
          .insertInto("activities")
          .values(activities.slice(start, start + 250))
          .execute();
      }
      activities.length = 0;
    };
    for (let person = 0; person < peopleCount; person += 1) {
      for (let note = 0; note < notesPerPerson; note += 1) {
        const kind = pick(kinds);
        const occurredAt = new Date(
          Date.UTC(2025, 0, 1) + Math.floor(random() * 700 * 86_400_000),
        ).toISOString();
        activities.push({
          id: `activity-${pad(person)}-${note}`,
          owner_id: ownerId,
          person_id: `person-${pad(person)}`,
          kind,
          occurred_at: occurredAt,
          outcome: kind === "call" ? "voicemail" : null,
          detail: noteText(),
          created_at: occurredAt,
          updated_at: occurredAt,
        });
      }
      if (activities.length >= 10_000) await flush();
    }
    await flush();
  });
  await db.destroy();
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

async function run(label, url) {
  const started = performance.now();
  let store = await openStore(url);
  await store.close();
  await seedData(url);
  const seeded = performance.now();
  store = await openStore(url);
  const context = createServiceContext(store, { ownerId });
  // The rows were written in SQL, so the owner's index was never built: build it now, as
  // the first search would, rather than inside the warm-up.
  await ensureSearchIndex(context);
  const indexed = performance.now();

  for (const query of queries.slice(0, 10)) await searchEverything(context, query); // warm-up
  const timed = [];
  let found = 0;
  for (const query of queries) {
    const before = performance.now();
    found += (await searchEverything(context, query)).length;
    timed.push({ query, milliseconds: performance.now() - before });
  }
  const times = timed.map((entry) => entry.milliseconds).sort((a, b) => a - b);
  const slowest = timed
    .sort((a, b) => b.milliseconds - a.milliseconds)
    .slice(0, 3)
    .map((entry) => `${JSON.stringify(entry.query)} ${entry.milliseconds.toFixed(0)} ms`);
  await store.close();
  console.log(
    `${label.padEnd(10)} setup: insert ${((seeded - started) / 1000).toFixed(1)} s, index ${((indexed - seeded) / 1000).toFixed(1)} s` +
      `   search (n=${times.length}): p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms` +
      `   (${(found / times.length).toFixed(1)} results/query)\n${"".padEnd(11)}slowest: ${slowest.join(", ")}`,
  );
}

console.log(
  `${peopleCount.toLocaleString("en")} people, ${(peopleCount * notesPerPerson).toLocaleString("en")} notes, ${queries.length} queries (limit 20)`,
);

const folder = mkdtempSync(join(tmpdir(), "rapport-search-bench-"));
try {
  await run("sqlite", join(folder, "rapport.db"));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  const name = `rapport_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await run("postgres", url.toString());
  } finally {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  }
} else {
  console.log("postgres   skipped: set TEST_DATABASE_URL to include it");
}
