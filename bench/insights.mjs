// Insights over 10,000 people and 100,000 log entries (bench/support/insights-log.mjs: a
// plausible log with introductions and takeaways), on SQLite and (TEST_DATABASE_URL)
// PostgreSQL: p50/p95 of GET /api/insights/effort (the whole log, then a quarter), themes,
// compare and network on a server on 127.0.0.1, each beside a floor measured in the same run on the same rows: the same
// funnel counted by one raw SQL query (ever-reached steps per person from the log's kinds,
// then counted). The SQL funnel is checked equal to the API's. Then, on the SQLite store, the
// Insights page's Effort section in headless Chromium until it shows, beside a trivial page of
// the same app and server (and Today once, for reference). Each figure line ends with
// `ratio N.NN` (figure over floor). Needs `npm run build` and /usr/bin/chromium.
// Usage: node bench/insights.mjs [requests] [people] [log entries] [page runs]
//        (defaults: 10 10000 100000 5)
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { chromium } from "playwright-core";
import { funnelCounts } from "../dist/domain/insights/funnel.js";
import { startServer } from "../dist/server/start.js";
import { createServiceContext } from "../dist/services/context.js";
import { connect, parseStoreUrl } from "../dist/store/connect.js";
import { openStore } from "../dist/store/store.js";
import { onEachEngine, percentile } from "./support/engines.mjs";
import { insightsLog } from "./support/insights-log.mjs";

const requests = Number(process.argv[2] ?? 10);
const peopleCount = Number(process.argv[3] ?? 10_000);
const entryCount = Number(process.argv[4] ?? 100_000);
const pageRuns = Number(process.argv[5] ?? 5);
const now = new Date("2026-11-22T09:00:00.000Z");
const webRoot = fileURLToPath(new URL("../dist/web", import.meta.url));
// Bounds: every request and page load fails rather than hangs.
const requestTimeoutMs = 60_000;
const pageTimeoutMs = 60_000;

if (process.env.CI === "true" && !process.env.TEST_DATABASE_URL) {
  throw new Error(
    "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL figures must run in CI.",
  );
}

const rows = insightsLog({ peopleCount, entryCount, now });

async function insertAll(transaction, table, list, size) {
  for (let start = 0; start < list.length; start += size) {
    await transaction
      .insertInto(table)
      .values(list.slice(start, start + size))
      .execute();
  }
}

async function seedData(url) {
  const db = connect(parseStoreUrl(url));
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto("profiles")
      .values({
        owner_id: "local",
        name: "Jordan",
        welcome_done_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await insertAll(transaction, "organizations", rows.organizations, 500);
    await insertAll(transaction, "targets", rows.targets, 500);
    await insertAll(transaction, "people", rows.people, 500);
    await insertAll(transaction, "person_targets", rows.personTargets, 1000);
    await insertAll(transaction, "activities", rows.activities, 250);
    await insertAll(transaction, "takeaways", rows.takeaways, 500);
  });
  // What PostgreSQL's autovacuum does within a minute of a bulk load like this one.
  if (url.startsWith("postgres")) await sql`analyze`.execute(db);
  await db.destroy();
}

const outreach = "'letter_sent', 'email_sent', 'network_message_sent', 'call'";
// After the thank-you, any touch but a held conversation or another thank-you (funnel.ts).
const touches = `${outreach}, 'update_sent', 'reply_received', 'meeting_scheduled'`;

/**
 * The floor: the funnel in one statement. Per person the furthest of contacted, replied,
 * scheduled and met over the log's kinds (max over CASE), the first conversation held; then
 * the first thank-you after it and any touch after that; then counted.
 */
const rawFunnel = sql`
  with live as (
    select a.person_id, a.kind, a.outcome,
      case when a.kind = 'meeting_scheduled' and a.scheduled_for < a.occurred_at
        then a.scheduled_for else a.occurred_at end as at
    from activities a join people p on p.id = a.person_id
    where a.owner_id = 'local' and a.deleted_at is null and p.deleted_at is null
  ),
  reach as (
    select person_id,
      max(case
        when kind = 'conversation_held' then 4
        when kind = 'meeting_scheduled' then 3
        when kind in ('reply_received', 'declined') or (kind = 'call' and outcome = 'answered') then 2
        when kind in (${sql.raw(outreach)}) then 1
        else 0 end) as step,
      min(case when kind = 'conversation_held' then at end) as met_at
    from live group by person_id
  ),
  thanked as (
    select l.person_id, min(l.at) as thanked_at
    from live l join reach r on r.person_id = l.person_id
    where l.kind = 'thank_you_sent' and l.at > r.met_at
    group by l.person_id
  ),
  kept as (
    select distinct l.person_id
    from live l join thanked t on t.person_id = l.person_id
    where l.kind in (${sql.raw(touches)}) and l.at > t.thanked_at
  )
  select
    (select count(*) from people where owner_id = 'local' and deleted_at is null) as identified,
    coalesce(sum(case when step >= 1 then 1 else 0 end), 0) as contacted,
    coalesce(sum(case when step >= 2 then 1 else 0 end), 0) as replied,
    coalesce(sum(case when step >= 3 then 1 else 0 end), 0) as scheduled,
    coalesce(sum(case when step >= 4 then 1 else 0 end), 0) as met,
    (select count(*) from thanked) as thanked,
    (select count(*) from kept) as keeping_in_touch
  from reach`;

async function floorTimes(url) {
  const db = connect(parseStoreUrl(url));
  const times = [];
  let funnel = null;
  for (let index = 0; index < requests; index += 1) {
    const begun = performance.now();
    const result = await rawFunnel.execute(db);
    times.push(performance.now() - begun);
    // PostgreSQL answers count(*) as text (bigint).
    funnel = Object.fromEntries(
      Object.entries(result.rows[0]).map(([step, count]) => [step, Number(count)]),
    );
  }
  await db.destroy();
  return { times: times.sort((a, b) => a - b), funnel };
}

async function get(url, retried = false) {
  const response = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs) }).catch(
    (error) => {
      // A kept-alive connection the server closed while idle (Node's 5 s keep-alive timeout)
      // fails before any answer: a GET is safe to send again, once.
      if (retried || error?.cause?.code !== "UND_ERR_SOCKET") throw error;
      return null;
    },
  );
  if (response === null) return get(url, true);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function timed(url) {
  const times = [];
  let body = null;
  for (let index = 0; index < requests; index += 1) {
    const begun = performance.now();
    body = await get(url);
    times.push(performance.now() - begun);
  }
  return { times: times.sort((a, b) => a - b), body };
}

const ms = (value) => value.toFixed(value < 10 ? 2 : 0);

/** The Effort section is usable once its funnel table shows its figures. */
const effortShown = (page) => page.getByRole("table", { name: /funnel/i });
// The floor: a trivial page of the same app (its shell and scripts, no figures to read).
const trivialShown = (page) => page.getByRole("heading", { name: "Nothing here", level: 2 });
// Today with its actions read (not only its heading, which shows while they load).
const todayShown = (page) =>
  page.getByRole("heading", { name: /^(To do now|Nothing due today)/, level: 2 }).first();

/** The Effort section in Chromium until it shows, beside a trivial page of the same server. */
async function pageFigures(label, serverUrl) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(pageTimeoutMs);
    const visit = async (path, shown) => {
      const begun = performance.now();
      await page.goto(`${serverUrl}${path}`);
      await shown(page).waitFor();
      const elapsed = performance.now() - begun;
      // What the page still asks for is not timed, and is not left to slow the next one.
      await page.waitForLoadState("networkidle");
      return elapsed;
    };
    // Warm the browser's cache of the scripts.
    await visit("/no-such-page", trivialShown);
    await visit("/insights?section=effort", effortShown);
    const insightsTimes = [];
    const floorTimes = [];
    for (let run = 0; run < pageRuns; run += 1) {
      insightsTimes.push(await visit("/insights?section=effort", effortShown));
      floorTimes.push(await visit("/no-such-page", trivialShown));
    }
    insightsTimes.sort((a, b) => a - b);
    floorTimes.sort((a, b) => a - b);
    const insights = percentile(insightsTimes, 0.5);
    const floor = percentile(floorTimes, 0.5);
    const floorWords = `floor (a trivial page of the same app and server): ${ms(floor)} ms`;
    console.log(
      `${label.padEnd(10)} page /insights?section=effort usable (p50 of ${pageRuns}): ${ms(insights)} ms   ${floorWords}   ratio ${(insights / floor).toFixed(2)}`,
    );
    // For reference, once: Today on the same store (its reminders cache built first).
    await get(`${serverUrl}/api/today`);
    const today = await visit("/", todayShown).catch(() => null);
    console.log(
      today === null
        ? `${label.padEnd(10)} page / (Today) did not show its actions within ${pageTimeoutMs / 1000} s`
        : `${label.padEnd(10)} page / (Today with its actions, one run, for reference): ${ms(today)} ms   ${floorWords}   ratio ${(today / floor).toFixed(2)}`,
    );
  } finally {
    await browser.close();
  }
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
    webRoot,
  });
  try {
    const setup = (performance.now() - started) / 1000;
    console.log(
      `${label.padEnd(10)} setup ${setup.toFixed(1)} s (${rows.people.length} people, ${rows.activities.length} log entries, ${rows.takeaways.length} takeaways)`,
    );
    // The first read builds the per-person facts (insights_facts) from every log, as after an
    // import or a restore; later ones read them.
    const firstBegun = performance.now();
    await get(`${server.url}/api/insights/effort`);
    console.log(
      `${label.padEnd(10)} first GET /api/insights/effort (builds the per-person facts) ${(performance.now() - firstBegun).toFixed(0)} ms`,
    );
    const floor = await floorTimes(url);
    const floorWords = `floor (one raw SQL funnel): p50 ${ms(percentile(floor.times, 0.5))} ms, p95 ${ms(percentile(floor.times, 0.95))} ms`;
    let apiFunnel = null;
    for (const section of ["effort", "themes", "compare", "network"]) {
      const { times, body } = await timed(`${server.url}/api/insights/${section}`);
      if (section === "effort") apiFunnel = funnelCounts(body.funnel);
      console.log(
        `${label.padEnd(10)} GET /api/insights/${section.padEnd(7)} (n=${requests}): p50 ${ms(percentile(times, 0.5))} ms, p95 ${ms(percentile(times, 0.95))} ms   ${floorWords}   ratio ${(percentile(times, 0.95) / percentile(floor.times, 0.95)).toFixed(2)}`,
      );
    }
    // A period reads only the entries near it (the projection holds the whole log's facts).
    const lastQuarter = "from=2026-08-24&to=2026-11-22";
    const quarter = await timed(`${server.url}/api/insights/effort?${lastQuarter}`);
    console.log(
      `${label.padEnd(10)} GET /api/insights/effort?${lastQuarter} (n=${requests}): p50 ${ms(percentile(quarter.times, 0.5))} ms, p95 ${ms(percentile(quarter.times, 0.95))} ms   ${floorWords}   ratio ${(percentile(quarter.times, 0.95) / percentile(floor.times, 0.95)).toFixed(2)}`,
    );
    const same = JSON.stringify(apiFunnel) === JSON.stringify(floor.funnel);
    console.log(
      `${label.padEnd(10)} raw SQL funnel ${same ? "equals" : "DIFFERS FROM"} the API's: ${JSON.stringify(floor.funnel)}${same ? "" : ` vs ${JSON.stringify(apiFunnel)}`}`,
    );
    if (!same) process.exitCode = 1;
    if (label === "SQLite") await pageFigures(label, server.url);
  } finally {
    await server.close();
    await store.close();
  }
}

console.log(
  `Insights over ${peopleCount} people and ${entryCount} log entries (node ${process.version})`,
);
await onEachEngine("rapport-insights-bench-", measure);
