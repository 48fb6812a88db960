import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testContext } from "../../test/builders.js";
import { generateData } from "../../test/generate.js";
import { storeTargets } from "../../test/stores.js";
import type { Store } from "../store/store.js";
import {
  type BackupDocument,
  createBackup,
  RestoreRejected,
  restoreBackup,
} from "./backup.service.js";
import { listPeople } from "./people.service.js";
import { searchEverything } from "./search.service.js";

const sqlite = storeTargets[0];

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
      await generateData(testContext(source).context, 60);
      backup = await createBackup(testContext(source).context);
    });
    afterAll(async () => {
      for (const cleanup of opened) await cleanup();
    });

    it("round-trips every row, deleted ones included, without loss", async () => {
      expect(backup.tables.people.length).toBeGreaterThan(60);
      expect(backup.tables.people.some((row) => row.deleted_at !== null)).toBe(true);
      expect(backup.tables.activities.length).toBeGreaterThan(30);

      const restored = await freshStore();
      const counts = await restoreBackup(
        testContext(restored).context,
        JSON.parse(JSON.stringify(backup)),
      );
      expect(counts.people).toBe(backup.tables.people.length);
      const again = await createBackup(testContext(restored).context);
      expect(again.tables).toEqual(backup.tables);
      // What the app shows is the same too, derived stages and referrals included.
      // The search index is rebuilt from the restored rows.
      const someone = backup.tables.people.find((row) => row.deleted_at === null);
      const found = await searchEverything(testContext(restored).context, String(someone?.name));
      expect(found.map((result) => result.id)).toContain(someone?.id);
      expect(await listPeople(testContext(restored).context, { sort: "stage" })).toEqual(
        await listPeople(testContext(source).context, { sort: "stage" }),
      );
    });

    it("restores a backup made on SQLite into this store", async () => {
      if (!sqlite) throw new Error("no SQLite target");
      const { store, cleanup } = await sqlite.open();
      opened.push(cleanup);
      await generateData(testContext(store).context, 15, 99);
      const fromSqlite = await createBackup(testContext(store).context);
      const restored = await freshStore();
      await restoreBackup(testContext(restored).context, fromSqlite);
      expect((await createBackup(testContext(restored).context)).tables).toEqual(fromSqlite.tables);
    });

    it("restores a backup written before later columns existed, with those columns empty", async () => {
      const older = JSON.parse(JSON.stringify(backup)) as BackupDocument;
      const added = {
        people: ["routine"],
        activities: ["duration_minutes", "place"],
        profiles: ["phone", "email"],
        settings: ["calendar_secret", "coach"],
      } as const;
      for (const [table, columns] of Object.entries(added)) {
        for (const row of older.tables[table as keyof typeof added]) {
          for (const column of columns) delete row[column];
        }
      }
      const restored = await freshStore();
      await restoreBackup(testContext(restored).context, older);
      const again = await createBackup(testContext(restored).context);
      expect(again.tables.people).toHaveLength(backup.tables.people.length);
      expect(again.tables.people.every((row) => row.routine === null)).toBe(true);
      expect(again.tables.activities.every((row) => row.place === null)).toBe(true);
    });

    it("refuses a store that already has data, and replaces it only when told", async () => {
      const context = testContext(source).context;
      await expect(restoreBackup(context, backup)).rejects.toMatchObject({ code: "conflict" });
      await restoreBackup(context, backup, { replace: true });
      expect((await createBackup(context)).tables).toEqual(backup.tables);
    });

    it("reports every bad row and writes nothing", async () => {
      const broken = structuredClone(backup);
      const firstPerson = broken.tables.people[0];
      if (!firstPerson) throw new Error("no people generated");
      firstPerson.name = null;
      broken.tables.activities.push({
        ...(broken.tables.activities[0] ?? {}),
        id: "new-activity",
        person_id: "nobody",
      });
      const empty = await freshStore();
      const attempt = restoreBackup(testContext(empty).context, broken);
      await expect(attempt).rejects.toBeInstanceOf(RestoreRejected);
      await expect(attempt).rejects.toMatchObject({
        problems: [
          { table: "people", row: 1, problem: "column name should be text, found null" },
          {
            table: "activities",
            row: broken.tables.activities.length,
            problem: "person_id nobody is not in people",
          },
        ],
      });
      expect(await listPeople(testContext(empty).context)).toEqual([]);
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
