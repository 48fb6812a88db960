import { type Kysely, sql } from "kysely";
import {
  type BackupRow,
  type BackupTableName,
  type BackupTablesData,
  backupTableNames,
  backupTableRules,
} from "../domain/backup-rows.js";
import type { Database } from "./schema.js";
import { storedKeysOf, withDistinctNames } from "./stored-keys.js";

/**
 * The columns read from each table for a backup. The owner column is never listed: a
 * backup restores into whoever restores it. Settings' calendar secret is read only to say
 * whether the feed is on: sharing a backup must not share the feed's address.
 */
function databaseColumns(table: BackupTableName): string[] {
  if (table === "settings") return ["cadence", "calendar_secret", "coach", "updated_at"];
  return [...backupTableRules[table].columns];
}

/** A row as the backup writes it. */
function toBackupRow(table: BackupTableName, row: Record<string, unknown>): BackupRow {
  const values: BackupRow = {};
  for (const column of backupTableRules[table].columns) {
    const value = column === "calendar_feed" ? (row.calendar_secret ? "on" : "off") : row[column];
    values[column] = typeof value === "string" || typeof value === "number" ? value : null;
  }
  return values;
}

/**
 * A checked backup row as it is inserted for `ownerId`: every table's insert goes through
 * here. The feed's secret is never restored (the service makes a new one if the feed was on).
 */
function toDatabaseRow(table: BackupTableName, row: BackupRow, ownerId: string) {
  const values: Record<string, unknown> = { owner_id: ownerId };
  for (const column of databaseColumns(table)) values[column] = row[column] ?? null;
  if (table === "settings") values.calendar_secret = null;
  // Self-references go in once every person exists (insertAll).
  if (table === "people") values.referred_by_id = null;
  return values;
}

// The dynamic table names below come only from `backupTableRules`, never from input.
type AnyDatabase = Kysely<Record<string, Record<string, unknown>>>;

export function backupRepository(db: Kysely<Database>) {
  const anyDb = db as unknown as AnyDatabase;

  return {
    /** Every row the owner has, deleted ones included (a backup loses nothing). */
    async readAll(ownerId: string): Promise<BackupTablesData> {
      const data = {} as BackupTablesData;
      for (const table of backupTableNames) {
        const columns = databaseColumns(table);
        const rows = await anyDb
          .selectFrom(table)
          .select(columns)
          .where("owner_id", "=", ownerId)
          .orderBy(sql.raw(columns.slice(0, 2).join(", ")))
          .execute();
        data[table] = rows.map((row) => toBackupRow(table, row));
      }
      return data;
    },

    /** Rows the owner has in any table. */
    async countAll(ownerId: string): Promise<number> {
      let total = 0;
      for (const table of backupTableNames) {
        const row = await anyDb
          .selectFrom(table)
          .select((builder) => builder.fn.countAll().as("count"))
          .where("owner_id", "=", ownerId)
          .executeTakeFirst();
        total += Number(row?.count ?? 0);
      }
      return total;
    },

    /** The ids the owner's rows have, per table with an id column. */
    async ownedIds(ownerId: string): Promise<Map<BackupTableName, Set<string>>> {
      const owned = new Map<BackupTableName, Set<string>>();
      for (const table of backupTableNames) {
        if (!backupTableRules[table].columns.includes("id")) continue;
        const rows = await anyDb
          .selectFrom(table)
          .select("id")
          .where("owner_id", "=", ownerId)
          .execute();
        owned.set(table, new Set(rows.map((row) => String(row.id))));
      }
      return owned;
    },

    /** Removes everything the owner has, children first. */
    async deleteAll(ownerId: string) {
      // People point at each other (referred_by) and at asks; clear those links first.
      await db
        .updateTable("people")
        .set({ referred_by_id: null })
        .where("owner_id", "=", ownerId)
        .execute();
      for (const table of [...backupTableNames].reverse()) {
        await anyDb.deleteFrom(table).where("owner_id", "=", ownerId).execute();
      }
    },

    /** Inserts checked rows in foreign-key order; people's self-references go in last. */
    async insertAll(ownerId: string, data: BackupTablesData) {
      for (const table of backupTableNames) {
        // Stored keys are derived from the row itself; a backup never carries them.
        const rows = withDistinctNames(table, data[table]).map((row) => ({
          ...toDatabaseRow(table, row, ownerId),
          ...storedKeysOf(table, row),
        }));
        // Chunks keep each statement under both engines' bound-parameter limits.
        for (let start = 0; start < rows.length; start += 200) {
          await anyDb
            .insertInto(table)
            .values(rows.slice(start, start + 200))
            .execute();
        }
      }
      for (const person of data.people) {
        if (typeof person.referred_by_id === "string") {
          await db
            .updateTable("people")
            .set({ referred_by_id: person.referred_by_id })
            .where("owner_id", "=", ownerId)
            .where("id", "=", String(person.id))
            .execute();
        }
      }
    },
  };
}
