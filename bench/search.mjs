// Search latency over a large log: 10,000 people with 100,000 notes, then ~200 queries of
// mixed terms through `searchEverything`, on SQLite (a file) and, when TEST_DATABASE_URL is
// set, on PostgreSQL (a throwaway database), beside a floor measured on the same data in the
// same run: one raw ranked FTS5 / tsvector query for the same terms (rawFloor). The figure
// line ends with `ratio N.NN`, the search's p95 over the floor's. Needs `npm run build:server`.
// Usage: node bench/search.mjs [people] [notesPerPerson] [queries]
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { nameKey } from "../dist/domain/name-key.js";
import { parseSearchTerms } from "../dist/domain/search.js";
import { createServiceContext } from "../dist/services/context.js";
import { searchEverything } from "../dist/services/search.service.js";
import { ensureSearchIndex } from "../dist/services/search-freshness.js";
import { connect, parseStoreUrl } from "../dist/store/connect.js";
import { openStore } from "../dist/store/store.js";
import { onEachEngine, percentile } from "./support/engines.mjs";
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

/**
 * The floor: one raw ranked full-text query for the same terms, on its own connection
 * (better-sqlite3's prepared statement on the same file; a pg client on the same database),
 * returning the same fields for the best `limit` documents: FTS5's bm25 `rank`, or
 * `ts_rank` over the GIN-indexed `tsvector`. No ranking rules of ours, no snippets, no
 * freshness check, no Kysely.
 */
async function rawFloor(url) {
  const location = parseStoreUrl(url);
  if (location.dialect === "sqlite") {
    const db = new SqliteDatabase(location.path, { readonly: true });
    const query = db.prepare(
      `select d.entity_type, d.entity_id, d.person_id, d.title, d.body
       from search_fts join search_documents as d on d.id = search_fts.rowid
       where search_fts match ? and d.owner_id = ?
       order by search_fts.rank limit 20`,
    );
    return {
      search: async (terms) =>
        query.all(terms.map((term) => `"${term}"*`).join(" "), ownerId).length,
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: location.connectionString });
  await client.connect();
  const text = `select entity_type, entity_id, person_id, title, body from search_documents
    where owner_id = $1 and search_vector @@ cast($2 as tsquery)
    order by ts_rank(search_vector, cast($2 as tsquery)) desc limit 20`;
  return {
    search: async (terms) => {
      const tsquery = terms.map((term) => `'${term}':*`).join(" & ");
      const { rowCount } = await client.query({ name: "floor", text, values: [ownerId, tsquery] });
      return rowCount;
    },
    close: () => client.end(),
  };
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
  const floor = await rawFloor(url);

  // Queries with no letters or digits never reach the index (in the app or the floor).
  const searched = queries.filter((query) => parseSearchTerms(query).length > 0);
  for (const query of searched.slice(0, 10)) {
    await searchEverything(context, query); // warm-up
    await floor.search(parseSearchTerms(query));
  }
  // Each query through the app and then raw, one after the other, so both see the machine alike.
  const timed = [];
  const floorTimes = [];
  let found = 0;
  for (const query of searched) {
    const before = performance.now();
    found += (await searchEverything(context, query)).length;
    timed.push({ query, milliseconds: performance.now() - before });
    const terms = parseSearchTerms(query);
    const floorBefore = performance.now();
    await floor.search(terms);
    floorTimes.push(performance.now() - floorBefore);
  }
  await floor.close();
  const times = timed.map((entry) => entry.milliseconds).sort((a, b) => a - b);
  floorTimes.sort((a, b) => a - b);
  const slowest = timed
    .sort((a, b) => b.milliseconds - a.milliseconds)
    .slice(0, 3)
    .map((entry) => `${JSON.stringify(entry.query)} ${entry.milliseconds.toFixed(0)} ms`);
  await store.close();
  const p95 = percentile(times, 0.95);
  const floorP95 = percentile(floorTimes, 0.95);
  console.log(
    `${label.padEnd(10)} setup: insert ${((seeded - started) / 1000).toFixed(1)} s, index ${((indexed - seeded) / 1000).toFixed(1)} s` +
      `   (${(found / times.length).toFixed(1)} results/query)   slowest: ${slowest.join(", ")}`,
  );
  console.log(
    `${label.padEnd(10)} search (n=${times.length}): p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms` +
      `   floor (raw ranked query) p50 ${percentile(floorTimes, 0.5).toFixed(1)} ms, p95 ${floorP95.toFixed(1)} ms   ratio ${(p95 / floorP95).toFixed(2)}`,
  );
}

console.log(
  `${peopleCount.toLocaleString("en")} people, ${(peopleCount * notesPerPerson).toLocaleString("en")} notes, ${queries.length} queries (limit 20); p95 beside the p95 of one raw ranked query for the same terms`,
);
await onEachEngine("rapport-search-bench-", run);
if (!process.env.TEST_DATABASE_URL)
  console.log("PostgreSQL not run (set TEST_DATABASE_URL to include it)");
