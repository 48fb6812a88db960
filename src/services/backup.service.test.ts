import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  everythingShown,
  fillCheckIns,
  fillFollowUp,
  fillPreparation,
  fillRealisticStore,
} from "../../test/backup-fixtures.js";
import { testContext } from "../../test/builders.js";
import { generateData } from "../../test/generate.js";
import { storeTargets } from "../../test/stores.js";
import { backupReferences } from "../domain/backup-check.js";
import type { BackupTablesData } from "../domain/backup-rows.js";
import { renameActionKeyIds } from "../domain/cadence.js";
import type { Store } from "../store/store.js";
import {
  type BackupDocument,
  createBackup,
  RestoreRejected,
  restoreBackup,
} from "./backup.service.js";
import { calendarFeed, getCalendarFeedSettings } from "./calendar.service.js";
import { markConversationHeld, scheduleConversation } from "./conversations.service.js";
import { createPerson, deletePerson, listPeople } from "./people.service.js";
import { searchEverything } from "./search.service.js";

const sqlite = storeTargets[0];

/** A context for `ownerId` whose new ids are `prefix-000001`, `prefix-000002`, … in order. */
function countingContext(store: Store, ownerId: string, prefix: string) {
  const { context } = testContext(store);
  let next = 0;
  context.ownerId = ownerId;
  context.newId = () => `${prefix}-${String(++next).padStart(6, "0")}`;
  return context;
}

/**
 * The original tables with every id replaced by the one the restored copy holds at the same
 * place (new ids count up, so each table keeps its order), references and reminder keys too.
 */
function renamedAsRestored(original: BackupTablesData, restored: BackupTablesData) {
  const renamed = structuredClone(original);
  const maps = new Map<string, Map<string, string>>();
  for (const table of Object.keys(original) as Array<keyof BackupTablesData>) {
    const map = new Map<string, string>();
    original[table].forEach((row, index) => {
      if (typeof row.id === "string") map.set(row.id, String(restored[table][index]?.id));
    });
    maps.set(table, map);
    renamed[table] = renamed[table].map((row) =>
      typeof row.id === "string" ? { ...row, id: map.get(row.id) ?? row.id } : row,
    );
  }
  for (const { table, column, target } of backupReferences) {
    for (const row of renamed[table]) {
      const value = row[column];
      if (typeof value === "string") row[column] = maps.get(target)?.get(value) ?? value;
    }
  }
  const rename = (table: string) => (id: string) => maps.get(table)?.get(id) ?? id;
  for (const row of renamed.action_states) {
    row.key = renameActionKeyIds(String(row.key), {
      person: rename("people"),
      // A takeaway's reminder names the takeaway (issue 11).
      entry: (id) => maps.get("takeaways")?.get(id) ?? rename("activities")(id),
    });
  }
  return renamed;
}

describe.each(storeTargets)("backup and restore on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const opened: Array<() => Promise<void>> = [];
    let source: Store;
    let backup: BackupDocument;

    async function freshStore() {
      const { store, cleanup } = await target.open();
      opened.push(cleanup);
      return store;
    }

    beforeAll(async () => {
      source = await freshStore();
      const { personIds } = await generateData(testContext(source).context, 60);
      await fillPreparation(testContext(source).context, String(personIds[0]));
      // Follow up (issue 11): a held conversation with takeaways and a reflection, each step
      // a minute apart so the log's order (and the stage it gives) is never a tie.
      const later = testContext(source);
      later.advance(60_000);
      const held = await scheduleConversation(later.context, String(personIds[0]), {
        scheduledFor: "2026-11-20T15:00:00.000Z",
        channel: "phone",
      });
      later.advance(60_000);
      await markConversationHeld(later.context, held.activityId);
      later.advance(60_000);
      await fillFollowUp(later.context, held.activityId);
      later.advance(60_000);
      await fillCheckIns(later);
      backup = await createBackup(testContext(source).context);
    });
    // Dropping PostgreSQL databases takes a moment each.
    afterAll(async () => {
      for (const cleanup of opened) await cleanup();
    }, 60_000);
    let shared: Store | undefined;
    /** One store for the tests that give each restore its own owner. */
    async function sharedStore() {
      shared ??= await freshStore();
      return shared;
    }

    it("round-trips every row, deleted ones included, without loss (ids new, links kept)", async () => {
      expect(backup.tables.people.length).toBeGreaterThan(60);
      expect(backup.tables.people.some((row) => row.deleted_at !== null)).toBe(true);
      expect(backup.tables.activities.length).toBeGreaterThan(30);
      // Prepare's eight tables (issue 10) are in the backup, deleted rows included.
      expect(
        Object.fromEntries(
          (
            [
              "bank_questions",
              "stories",
              "preparations",
              "plan_questions",
              "research_notes",
              "pitches",
              "prepared_answers",
              "preparation_stories",
              "conduct_sessions",
              "conduct_notes",
            ] as const
          ).map((table) => [table, backup.tables[table].length]),
        ),
      ).toEqual({
        bank_questions: 2,
        stories: 3,
        preparations: 1,
        plan_questions: 2,
        research_notes: 3,
        pitches: 3,
        prepared_answers: 2,
        preparation_stories: 2,
        conduct_sessions: 1,
        conduct_notes: 2,
      });
      // Conduct mode's ticks and notes on the plan (issue 11).
      expect(
        backup.tables.plan_questions
          .map((row) => [row.position, row.asked, row.conduct_note])
          .sort(),
      ).toEqual([
        [0, "asked", "Through a night course"],
        [1, "answered", null],
      ]);
      expect(backup.tables.conduct_sessions[0]).toMatchObject({
        started_at: "2026-11-22T10:02:00.000Z",
        ended_at: null,
        notes_permission: 1,
      });
      // Follow up's tables (issue 11), the deleted takeaway and the snoozed action included.
      expect(backup.tables.takeaways).toHaveLength(5);
      expect(backup.tables.takeaways.filter((row) => row.deleted_at !== null)).toHaveLength(1);
      expect(backup.tables.reflections).toHaveLength(1);
      // Insights' check-ins (issue 12): two ratings kept, one taken back; one of the overall.
      expect(
        backup.tables.check_ins
          .map((row) => [row.rating, row.target_id === null, row.deleted_at])
          .sort(),
      ).toEqual([
        [1, false, "2026-11-22T09:05:00.000Z"],
        [3, true, null],
        [4, false, null],
      ]);
      expect(
        backup.tables.action_states.filter((row) => String(row.key).startsWith("takeaway_action:")),
      ).toHaveLength(1);

      const restored = await freshStore();
      const context = countingContext(restored, "local", "new");
      const counts = await restoreBackup(context, JSON.parse(JSON.stringify(backup)));
      expect(counts.people).toBe(backup.tables.people.length);
      const again = await createBackup(context);
      expect(again.tables.people[0]?.id).toMatch(/^new-\d{6}$/);
      expect(again.tables).toEqual(renamedAsRestored(backup.tables, again.tables));
      // The search index is rebuilt from the restored rows.
      const someone = again.tables.people.find((row) => row.deleted_at === null);
      const found = await searchEverything(context, String(someone?.name));
      expect(found.map((result) => result.id)).toContain(someone?.id);
      const shown = (people: Awaited<ReturnType<typeof listPeople>>) =>
        people.map(({ name, stage, lastTouchAt, organizationName, referredByName }) => ({
          ...{ name, stage, lastTouchAt, organizationName, referredByName },
        }));
      expect(shown(await listPeople(context, { sort: "stage" }))).toEqual(
        shown(await listPeople(testContext(source).context, { sort: "stage" })),
      );
    });

    it("restores a backup made on SQLite into this store", async () => {
      if (!sqlite) throw new Error("no SQLite target");
      const { store, cleanup } = await sqlite.open();
      opened.push(cleanup);
      await generateData(testContext(store).context, 15, 99);
      const fromSqlite = await createBackup(testContext(store).context);
      const context = countingContext(await freshStore(), "local", "new");
      await restoreBackup(context, fromSqlite);
      const again = (await createBackup(context)).tables;
      expect(again).toEqual(renamedAsRestored(fromSqlite.tables, again));
    });

    it("restores one backup for two owners: two equal stores, independent of each other", async () => {
      const store = await sharedStore();
      const origin = testContext(store).context;
      origin.ownerId = "origin";
      await fillRealisticStore(origin);
      const document = JSON.parse(JSON.stringify(await createBackup(origin)));
      const ana = countingContext(store, "ana", "ana");
      const ben = countingContext(store, "ben", "ben");
      await restoreBackup(ana, document);
      await restoreBackup(ben, document);

      const shownAs = async (context: typeof ana, prefix: string) =>
        JSON.stringify(await everythingShown(context))
          .replaceAll(new RegExp(`${prefix}-(\\d{6})`, "g"), "id-$1")
          .replace(/\/calendar\/[A-Za-z0-9_-]{43}/g, "/calendar/SECRET");
      const anaSees = await shownAs(ana, "ana");
      expect(anaSees).toBe(await shownAs(ben, "ben"));
      const seen = JSON.parse(anaSees) as Awaited<ReturnType<typeof everythingShown>>;
      expect(seen.today.actions.length).toBeGreaterThan(0);
      expect(seen.conversations.upcoming).toHaveLength(1);
      expect(seen.conversations.past).toHaveLength(1);
      expect(seen.trips.upcoming).toHaveLength(1);
      expect(seen.templates.map((template) => template.name)).toEqual(["Warm e-mail"]);
      // The snoozed reminders stay snoozed for both: their keys follow the new ids (a
      // takeaway's reminder names the takeaway, issue 11).
      const snoozed = document.tables.action_states;
      expect(snoozed).toHaveLength(2);
      const shownKeys = seen.today.actions.map((action) => action.key);
      for (const row of snoozed) expect(shownKeys).not.toContain(String(row.key));
      const anaKeys = (await createBackup(ana)).tables.action_states.map((row) => String(row.key));
      for (const key of anaKeys) expect(key).toMatch(/:ana-\d{6}:/);
      expect(
        anaKeys.filter((key) => /^takeaway_action:ana-\d{6}:ana-\d{6}$/.test(key)),
      ).toHaveLength(1);

      const [first] = await listPeople(ana);
      await deletePerson(ana, String(first?.id));
      expect(await listPeople(ben)).toHaveLength((await listPeople(ana)).length + 1);
      expect(await listPeople(origin)).toHaveLength((await listPeople(ben)).length);
    });

    it("carries a person's own keep-in-touch interval; an older backup without it restores the default", async () => {
      const store = await sharedStore();
      const origin = testContext(store).context;
      origin.ownerId = "keep-origin";
      await createPerson(origin, { name: "Maya Chen", keepInTouchMonths: 6 });
      const document = JSON.parse(JSON.stringify(await createBackup(origin)));
      expect(document.tables.people[0]).toMatchObject({ keep_in_touch_months: 6 });
      const copy = countingContext(store, "keep-copy", "keep");
      await restoreBackup(copy, document);
      expect((await listPeople(copy)).map((person) => person.keepInTouchMonths)).toEqual([6]);
      const older = countingContext(store, "keep-older", "older");
      delete document.tables.people[0].keep_in_touch_months;
      await restoreBackup(older, document);
      expect((await listPeople(older)).map((person) => person.keepInTouchMonths)).toEqual([null]);
    });

    it("leaves the calendar feed's secret out; a feed that was on gets a new address", async () => {
      const store = await sharedStore();
      const origin = testContext(store).context;
      origin.ownerId = "feed-origin";
      await fillRealisticStore(origin, 3);
      const oldPath = String((await getCalendarFeedSettings(origin)).path);
      const oldSecret = oldPath.slice("/calendar/".length, -".ics".length);
      const document = await createBackup(origin);
      expect(JSON.stringify(document)).not.toContain(oldSecret);
      expect(document.tables.settings[0]).toMatchObject({ calendar_feed: "on" });
      expect(document.tables.settings[0]).not.toHaveProperty("calendar_secret");

      // Also a backup from before, that carried the secret: it is ignored.
      const older = structuredClone(document);
      const { calendar_feed: _, ...settingsRow } = older.tables.settings[0] ?? {};
      older.tables.settings = [{ ...settingsRow, calendar_secret: oldSecret }];
      for (const [ownerId, file] of [
        ["feed-new", document],
        ["feed-old", older],
      ] as const) {
        const context = testContext(store).context;
        context.ownerId = ownerId;
        await restoreBackup(context, file);
        const path = (await getCalendarFeedSettings(context)).path;
        expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
        expect(path).not.toBe(oldPath);
      }
      const links = { personPage: (id: string) => id };
      expect(await calendarFeed(origin, oldSecret, links)).toContain("BEGIN:VCALENDAR");
      expect(await getCalendarFeedSettings(origin)).toEqual({ enabled: true, path: oldPath });

      const off = structuredClone(document);
      off.tables.settings = [{ ...settingsRow, calendar_feed: "off" }];
      const context = testContext(store).context;
      context.ownerId = "feed-off";
      await restoreBackup(context, off);
      expect(await getCalendarFeedSettings(context)).toEqual({ enabled: false, path: null });
    });

    it("refuses a store that already has data, and replaces it only when told (ids kept)", async () => {
      const context = testContext(source).context;
      await expect(restoreBackup(context, backup)).rejects.toMatchObject({ code: "conflict" });
      await restoreBackup(context, backup, { replace: true });
      expect((await createBackup(context)).tables).toEqual(backup.tables);
    });

    it("refuses a bad row in Prepare's tables with its table, row and column; nothing is written", async () => {
      const context = testContext(await freshStore()).context;
      const broken = structuredClone(backup);
      const [, second] = broken.tables.research_notes;
      if (!second) throw new Error("the fixture has too few research notes");
      second.noted_on = "2026-13-01";
      const refused = await restoreBackup(context, broken).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RestoreRejected);
      expect((refused as RestoreRejected).reportLines()).toEqual([
        `research_notes row 2 (id ${second.id}), noted_on: should be a date like 2026-10-10`,
      ]);
      expect(await context.store.backup.countAll(context.ownerId)).toBe(0);
    });

    it("explains a file that is not a backup or is from a newer version", async () => {
      const context = testContext(await freshStore()).context;
      await expect(restoreBackup(context, { hello: "world" })).rejects.toThrow(
        /not a Rapport backup/,
      );
      await expect(restoreBackup(context, { ...backup, version: 99 })).rejects.toThrow(
        /Update Rapport first/,
      );
    });
  });
});
