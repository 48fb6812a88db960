// GET /api/today over 10,000 people and 100,000 log entries: p50/p95 of the HTTP endpoint,
// on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL, beside its floor measured in the
// same run on the same data: one raw SQL read of the cached reminders Today shows (the top
// of each group, with each group's counts). Each figure line ends with `ratio N.NN` (p95 over the floor's p95).
// Needs `npm run build:server`.
// Usage: node bench/today.mjs [requests] [people] [log entries]   (defaults: 40 10000 100000)
import { sql } from "kysely";
import { groupOfReason } from "../dist/domain/cadence.js";
import { startServer } from "../dist/server/start.js";
import { createServiceContext } from "../dist/services/context.js";
import { connect, parseStoreUrl } from "../dist/store/connect.js";
import { openStore } from "../dist/store/store.js";
import { onEachEngine, percentile } from "./support/engines.mjs";
import { seedLog } from "./support/seed-log.mjs";

const requests = Number(process.argv[2] ?? 40);
const peopleCount = Number(process.argv[3] ?? 10_000);
const activityCount = Number(process.argv[4] ?? 100_000);
const now = new Date("2026-11-22T09:00:00.000Z");
/**
 * The floor: the reminders Today shows (the first 5 of each group and of what comes up,
 * not snoozed or dismissed) with each group's counts, read by one plain SQL statement, as
 * often as Today is asked.
 */
async function floorTimes(url) {
  const db = connect(parseStoreUrl(url));
  const at = now.toISOString();
  const horizon = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const groupCase = `case d.reason ${Object.entries(groupOfReason)
    .map(([reason, group]) => `when '${reason}' then '${group}'`)
    .join(" ")} end`;
  const text = `
    with candidates as (
      select d.key, d.person_id, d.reason, d.due_at, d.overdue_at, d.triggered_by,
        d.conversation_at,
        case when d.due_at > $1 then 'coming_up' else ${groupCase} end as bucket,
        case when d.due_at <= $1 and d.overdue_at <= $1 then 1 else 0 end as overdue
      from due_actions d
      join people p on p.id = d.person_id
      left join action_states s on s.owner_id = d.owner_id and s.key = d.key
      where d.owner_id = 'local' and d.due_at <= $2 and p.deleted_at is null
        and s.dismissed_at is null and (s.snoozed_until is null or s.snoozed_until <= $1)
        and (case when d.reason = 'did_it_happen' then d.conversation_at is null or d.conversation_at <= $1
          else d.conversation_at is null or d.conversation_at > $1 end)
    ),
    ranked as (
      select c.*, row_number() over (partition by bucket order by overdue desc, due_at, key) as position,
        count(*) over (partition by bucket) as total, sum(overdue) over (partition by bucket) as overdue_count
      from candidates c
    )
    select * from ranked where position <= 5`;
  const statement = sql.raw(text.replaceAll("$1", `'${at}'`).replaceAll("$2", `'${horizon}'`));
  const times = [];
  for (let index = 0; index < requests; index += 1) {
    const begun = performance.now();
    await statement.execute(db);
    times.push(performance.now() - begun);
  }
  await db.destroy();
  return times.sort((a, b) => a - b);
}

async function measure(label, url) {
  const started = performance.now();
  await (await openStore(url)).close(); // migrate first
  await seedLog(url, { people: peopleCount, entries: activityCount, now });
  const store = await openStore(url);
  const server = await startServer({
    context: createServiceContext(store, { now: () => now }),
    host: "127.0.0.1",
    port: 0,
  });
  const setup = (performance.now() - started) / 1000;
  // The first read after seeding builds the reminders cache from the whole log (as after an
  // import or a restore); later reads use the cache.
  const firstBegun = performance.now();
  await (await fetch(`${server.url}/api/today`)).json();
  const first = performance.now() - firstBegun;
  const times = [];
  let actions = 0;
  let due = 0;
  let bytes = 0;
  for (let index = 0; index < requests; index += 1) {
    const begun = performance.now();
    const text = await (await fetch(`${server.url}/api/today`)).text();
    times.push(performance.now() - begun);
    const body = JSON.parse(text);
    actions = body.actions.length;
    due = body.groups.reduce((sum, group) => sum + group.total, 0) + body.comingUpTotal;
    bytes = text.length;
  }
  await server.close();
  await store.close();
  times.sort((a, b) => a - b);
  const floor = await floorTimes(url);
  const ms = (value) => value.toFixed(value < 10 ? 2 : 0);
  const ratio = percentile(times, 0.95) / percentile(floor, 0.95);
  console.log(
    `${label.padEnd(10)} setup ${setup.toFixed(1)} s   first GET (builds the cache) ${first.toFixed(0)} ms   (${actions} of ${due} actions shown, ${(bytes / 1024).toFixed(1)} KB)`,
  );
  console.log(
    `${label.padEnd(10)} GET /api/today (n=${requests}): p50 ${ms(percentile(times, 0.5))} ms, p95 ${ms(percentile(times, 0.95))} ms   floor (raw SQL read of the shown reminders): p50 ${ms(percentile(floor, 0.5))} ms, p95 ${ms(percentile(floor, 0.95))} ms   ratio ${ratio.toFixed(2)}`,
  );
}

console.log(
  `Today over ${peopleCount} people and ${activityCount} log entries (node ${process.version})`,
);
await onEachEngine("rapport-today-bench-", measure);
