// GET /api/people (the first page of the People list) over 10,000 people: p50/p95 of the HTTP
// endpoint for the default order (name) and for "updated", and of the page after it by its
// cursor, on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL, beside its floor measured
// in the same run on the same data: one raw SQL read of the same page's rows. Each figure line
// ends with `ratio N.NN` (p95 over the floor's p95).
// Needs `npm run build:server`.
// Usage: node bench/people-list.mjs [requests] [people]   (defaults: 40 10000)
import { sql } from "kysely";
import { personSources } from "../dist/domain/person.js";
import { stages } from "../dist/domain/stage.js";
import { startServer } from "../dist/server/start.js";
import { createServiceContext } from "../dist/services/context.js";
import { connect, parseStoreUrl } from "../dist/store/connect.js";
import { openStore } from "../dist/store/store.js";
import { onEachEngine, percentile } from "./support/engines.mjs";
import { seededRandom } from "./support/random.mjs";

const requests = Number(process.argv[2] ?? 40);
const peopleCount = Number(process.argv[3] ?? 10_000);
const now = new Date("2026-11-22T09:00:00.000Z");
const random = seededRandom(11);
const firstNames = ["Ada", "maya", "Émile", "Zoë", "Priya", "bob", "Grace", "Ünal", "Lin", "Sam"];
const cities = ["Baltimore", "london", "Paris", "Zürich", null];

async function seedData(url) {
  const db = connect(parseStoreUrl(url));
  const iso = (daysAgo) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  await db.transaction().execute(async (transaction) => {
    const organizations = [];
    for (let index = 0; index < 200; index += 1) {
      organizations.push({
        id: `o${index}`,
        owner_id: "local",
        name: `Organization ${index}`,
        name_key: `organization ${index}`,
        created_at: iso(90),
        updated_at: iso(90),
      });
    }
    await transaction.insertInto("organizations").values(organizations).execute();
    for (let start = 0; start < peopleCount; start += 500) {
      const people = [];
      for (let index = start; index < Math.min(start + 500, peopleCount); index += 1) {
        const pick = (list) => list[Math.floor(random() * list.length)];
        const touched = random() < 0.6;
        people.push({
          id: `p${index}`,
          owner_id: "local",
          name: `${pick(firstNames)} Person ${Math.floor(random() * 3000)}`,
          title: random() < 0.5 ? "Engineer" : null,
          organization_id: random() < 0.8 ? `o${Math.floor(random() * 200)}` : null,
          location: pick(cities),
          source: random() < 0.7 ? pick(personSources) : null,
          notes: "Some notes about them that the list never shows.",
          stage: pick(stages),
          last_touch_at: touched ? iso(random() * 60) : null,
          created_at: iso(90),
          updated_at: iso(random() * 90),
        });
      }
      await transaction.insertInto("people").values(people).execute();
    }
  });
  // What PostgreSQL's autovacuum does within a minute of a bulk load like this one.
  if (url.startsWith("postgres")) await sql`analyze`.execute(db);
  await db.destroy();
}

/** The floor: the page's rows (50 and one to know there are more), read by one plain SQL statement. */
async function floorTimes(url, order) {
  const db = connect(parseStoreUrl(url));
  const postgres = url.startsWith("postgres");
  const folded = (column) =>
    postgres
      ? `translate(${column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') collate "C"`
      : `lower(${column})`;
  const binary = postgres ? ` collate "C"` : "";
  const orderBy =
    order === "name"
      ? `${folded("p.name")}, p.id${binary}`
      : `p.updated_at${binary} desc nulls last, ${folded("p.name")}, p.id${binary}`;
  const statement = sql.raw(`
    select p.id, p.name, p.title, p.organization_id, p.location, p.source, p.stage,
      p.last_touch_at, p.updated_at, o.name as organization_name
    from people p
    left join organizations o on o.id = p.organization_id and o.deleted_at is null
    where p.owner_id = 'local' and p.deleted_at is null
    order by ${orderBy}
    limit 51`);
  const times = [];
  for (let index = 0; index < requests; index += 1) {
    const begun = performance.now();
    await statement.execute(db);
    times.push(performance.now() - begun);
  }
  await db.destroy();
  return times.sort((a, b) => a - b);
}

async function timeGets(url) {
  const times = [];
  let body;
  let bytes = 0;
  for (let index = 0; index < requests; index += 1) {
    const begun = performance.now();
    const text = await (await fetch(url)).text();
    times.push(performance.now() - begun);
    body = JSON.parse(text);
    bytes = text.length;
  }
  return { times: times.sort((a, b) => a - b), body, bytes };
}

async function measure(label, url) {
  const started = performance.now();
  await (await openStore(url)).close(); // migrate first
  await seedData(url);
  const store = await openStore(url);
  const server = await startServer({
    context: createServiceContext(store, { now: () => now }),
    host: "127.0.0.1",
    port: 0,
  });
  const setup = (performance.now() - started) / 1000;
  await (await fetch(`${server.url}/api/people`)).json(); // warm
  const byName = await timeGets(`${server.url}/api/people`);
  const byUpdated = await timeGets(`${server.url}/api/people?sort=updated`);
  const next = await timeGets(
    `${server.url}/api/people?cursor=${encodeURIComponent(byName.body.nextCursor)}`,
  );
  await server.close();
  await store.close();
  const nameFloor = await floorTimes(url, "name");
  const updatedFloor = await floorTimes(url, "updated");
  const ms = (value) => value.toFixed(value < 10 ? 2 : 0);
  console.log(
    `${label.padEnd(10)} setup ${setup.toFixed(1)} s   first page: ${byName.body.people.length} of ${byName.body.total} people, ${(byName.bytes / 1024).toFixed(1)} KB`,
  );
  const line = (what, measured, floor) =>
    console.log(
      `${label.padEnd(10)} ${what} (n=${requests}): p50 ${ms(percentile(measured.times, 0.5))} ms, p95 ${ms(percentile(measured.times, 0.95))} ms   floor (raw SQL read of the same page): p50 ${ms(percentile(floor, 0.5))} ms, p95 ${ms(percentile(floor, 0.95))} ms   ratio ${(percentile(measured.times, 0.95) / percentile(floor, 0.95)).toFixed(2)}`,
    );
  line("GET /api/people, by name", byName, nameFloor);
  line("GET /api/people?sort=updated", byUpdated, updatedFloor);
  line("GET /api/people?cursor= (page 2, by name)", next, nameFloor);
}

console.log(`The People list's first page over ${peopleCount} people (node ${process.version})`);
await onEachEngine("rapport-people-list-bench-", measure);
