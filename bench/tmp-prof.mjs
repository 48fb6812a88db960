import { mkdtempSync } from "node:fs";
import { sql } from "kysely";
import { createServiceContext } from "../dist/services/context.js";
import { getToday } from "../dist/services/today.service.js";
import { connect, parseStoreUrl } from "../dist/store/connect.js";
import { openStore } from "../dist/store/store.js";
import { seededRandom } from "./support/random.mjs";

const peopleCount = 10000,
  activityCount = 100000;
const now = new Date("2026-11-22T09:00:00.000Z");
const random = seededRandom(7);
const kinds = [
  "email_sent",
  "letter_sent",
  "call",
  "reply_received",
  "meeting_scheduled",
  "conversation_held",
  "thank_you_sent",
  "note",
];
async function seedData(url) {
  const db = connect(parseStoreUrl(url));
  const iso = (daysAgo) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  await db.transaction().execute(async (transaction) => {
    for (let start = 0; start < peopleCount; start += 1000) {
      const people = [];
      for (let index = start; index < Math.min(start + 1000, peopleCount); index += 1) {
        people.push({
          id: `p${index}`,
          owner_id: "local",
          name: `Person ${index}`,
          created_at: iso(90),
          updated_at: iso(90),
        });
      }
      await transaction.insertInto("people").values(people).execute();
    }
    for (let start = 0; start < activityCount; start += 250) {
      const rows = [];
      for (let index = start; index < Math.min(start + 250, activityCount); index += 1) {
        const kind = kinds[Math.floor(random() * kinds.length)];
        const occurred = iso(random() * 60);
        rows.push({
          id: `a${index}`,
          owner_id: "local",
          person_id: `p${Math.floor(random() * peopleCount)}`,
          kind,
          occurred_at: occurred,
          outcome: kind === "call" ? "voicemail" : null,
          scheduled_for: kind === "meeting_scheduled" ? iso(-random() * 10) : null,
          detail: kind === "note" ? "A note" : null,
          created_at: occurred,
          updated_at: occurred,
        });
      }
      await transaction.insertInto("activities").values(rows).execute();
    }
  });
  // What PostgreSQL's autovacuum does within a minute of a bulk load like this one.
  if (url.startsWith("postgres")) await sql`analyze`.execute(db);
  await db.destroy();
}

const url = process.argv[2] ?? `sqlite:${mkdtempSync("/tmp/prof-")}/r.sqlite`;
if (!process.argv[2]) {
  await (await openStore(url)).close();
  await seedData(url);
}
const store = await openStore(url);
const context = createServiceContext(store, { now: () => now });
await getToday(context);
const timed = async (label, fn) => {
  const t = performance.now();
  for (let i = 0; i < 5; i++) await fn();
  console.log(label, ((performance.now() - t) / 5).toFixed(1), "ms");
};
await timed("getToday", () => getToday(context));
const at = now.toISOString(),
  horizon = new Date(now.getTime() + 7 * 86400000).toISOString();
await timed("todayPage", () =>
  store.dueActions.todayPage("local", { now: at, horizon, shown: () => 5 }),
);
await timed("openBookings", () =>
  store.dueActions.openBookings("local", { after: at, until: horizon, limit: 5 }),
);
await timed("countByKind", () =>
  store.activities.countByKind("local", {
    after: new Date(now.getTime() - 7 * 86400000).toISOString(),
    until: at,
  }),
);
await timed("countAdded", () =>
  store.people.countAdded("local", {
    after: new Date(now.getTime() - 7 * 86400000).toISOString(),
    until: at,
  }),
);
const { dueCheckIn } = await import("../dist/services/check-ins.service.js");
await timed("dueCheckIn", () => dueCheckIn(context, 4));
const { ensureDueActions } = await import("../dist/services/due-actions.js");
const { getCadenceSettings } = await import("../dist/services/today.service.js");
const settings = await getCadenceSettings(context);
await timed("ensureDueActions", () => ensureDueActions(context, settings));
const { getPersonDue } = await import("../dist/services/today.service.js");
await timed("getPersonDue", () => getPersonDue(context, "p1"));
console.log(url);
await store.close();
{
  const store2 = await openStore(url);
  const ctx = createServiceContext(store2, { now: () => now });
  const page = await store2.dueActions.todayPage("local", { now: at, horizon, shown: () => 5 });
  const ids = [...new Set(page.actions.map((a) => a.personId))];
  const trig = page.actions.flatMap((a) => (a.triggeredBy ? [a.triggeredBy] : []));
  await timed("people.getMany", () => store2.people.getMany("local", ids));
  await timed("activities.getMany", () => store2.activities.getMany("local", trig));
  await timed("settings.cadence", () => store2.settings.cadence("local"));
  const { getPrepareSettings } = await import("../dist/services/prepare-settings.service.js");
  await timed("prepareSettings", () => getPrepareSettings(ctx));
  await timed("preparations.getMany", () => store2.preparations.getMany("local", trig));
  await timed("planQuestions", () => store2.planQuestions.listFor("local", trig));
  await timed("checkIns.last", () => store2.checkIns.lastCheckedAt("local"));
  await timed("build", () => store2.dueActions.build("local"));
  await store2.close();
}
