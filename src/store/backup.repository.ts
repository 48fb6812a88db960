import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.js";
import { storedKeysOf, withDistinctNames } from "./stored-keys.js";

/**
 * "added_*" columns came with a later migration: a backup written before it lacks them,
 * and restoring it sets them to null.
 */
type ColumnType =
  | "text"
  | "nullable_text"
  | "integer"
  | "added_nullable_text"
  | "added_nullable_integer";

/**
 * Every table a backup holds, in an order that satisfies foreign keys on restore, with
 * the columns it must carry. The owner column is not listed: a backup restores into
 * whoever restores it.
 */
export const backupTables = {
  organizations: {
    id: "text",
    name: "text",
    website: "nullable_text",
    industry: "nullable_text",
    locations: "text",
    mission: "nullable_text",
    notes: "nullable_text",
    created_at: "text",
    updated_at: "text",
    deleted_at: "nullable_text",
  },
  people: {
    id: "text",
    name: "text",
    title: "nullable_text",
    organization_id: "nullable_text",
    email: "nullable_text",
    phone: "nullable_text",
    phone_extension: "nullable_text",
    work_address: "nullable_text",
    location: "nullable_text",
    profile_url: "nullable_text",
    source: "nullable_text",
    common_ground: "nullable_text",
    notes: "nullable_text",
    routine: "added_nullable_text",
    referred_by_id: "nullable_text",
    mention_permission: "text",
    network_ask_id: "nullable_text",
    stage: "text",
    last_touch_at: "nullable_text",
    created_at: "text",
    updated_at: "text",
    deleted_at: "nullable_text",
  },
  targets: {
    id: "text",
    kind: "text",
    label: "text",
    flexibility: "nullable_text",
    position: "integer",
    created_at: "text",
  },
  person_targets: { person_id: "text", target_id: "text" },
  organization_targets: { organization_id: "text", target_id: "text" },
  activities: {
    id: "text",
    person_id: "text",
    kind: "text",
    occurred_at: "text",
    channel: "nullable_text",
    outcome: "nullable_text",
    with_name: "nullable_text",
    suggested_person_id: "nullable_text",
    scheduled_for: "nullable_text",
    duration_minutes: "added_nullable_integer",
    place: "added_nullable_text",
    detail: "nullable_text",
    created_at: "text",
    updated_at: "text",
    deleted_at: "nullable_text",
  },
  network_asks: {
    id: "text",
    person_id: "text",
    asked_at: "text",
    question: "text",
    outcome: "nullable_text",
    created_at: "text",
    updated_at: "text",
    deleted_at: "nullable_text",
  },
  profiles: {
    name: "nullable_text",
    school_or_role: "nullable_text",
    search_status: "nullable_text",
    phone: "added_nullable_text",
    email: "added_nullable_text",
    welcome_done_at: "nullable_text",
    updated_at: "text",
  },
  action_states: {
    key: "text",
    snoozed_until: "nullable_text",
    dismissed_at: "nullable_text",
    dismiss_reason: "nullable_text",
    updated_at: "text",
  },
  settings: {
    cadence: "nullable_text",
    calendar_secret: "added_nullable_text",
    coach: "added_nullable_text",
    updated_at: "text",
  },
  trips: {
    id: "text",
    place: "text",
    starts_on: "text",
    ends_on: "text",
    note: "nullable_text",
    created_at: "text",
    updated_at: "text",
    deleted_at: "nullable_text",
  },
  templates: {
    id: "text",
    name: "text",
    purpose: "text",
    subject: "nullable_text",
    body: "text",
    created_at: "text",
    updated_at: "text",
    deleted_at: "nullable_text",
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type BackupTableName = keyof typeof backupTables;
export type BackupRow = Record<string, string | number | null>;
export type BackupTablesData = Record<BackupTableName, BackupRow[]>;

export const backupTableNames = Object.keys(backupTables) as BackupTableName[];

/** Checks one row against its table's columns; returns what is wrong, or null. */
export function backupRowProblem(table: BackupTableName, row: unknown): string | null {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return "is not an object";
  const values = row as Record<string, unknown>;
  for (const [column, type] of Object.entries(backupTables[table]) as [string, ColumnType][]) {
    const value = values[column];
    if (!valueFits(type, value)) {
      return `column ${column} should be ${columnTypeNames[type]}, found ${JSON.stringify(value) ?? "nothing"}`;
    }
  }
  return null;
}

const columnTypeNames: Record<ColumnType, string> = {
  text: "text",
  nullable_text: "text or null",
  integer: "integer",
  added_nullable_text: "text or null",
  added_nullable_integer: "integer or null",
};

function valueFits(type: ColumnType, value: unknown): boolean {
  switch (type) {
    case "text":
      return typeof value === "string";
    case "nullable_text":
      return value === null || typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "added_nullable_text":
      return value === undefined || value === null || typeof value === "string";
    case "added_nullable_integer":
      return value === undefined || value === null || Number.isInteger(value);
  }
}

/** The row with every column its table has, missing later additions as null. */
function completeRow(table: BackupTableName, row: BackupRow): BackupRow {
  return Object.fromEntries(
    Object.keys(backupTables[table]).map((column) => [column, row[column] ?? null]),
  );
}

// The dynamic table names below come only from `backupTables`, never from input.
type AnyDatabase = Kysely<Record<string, Record<string, unknown>>>;

export function backupRepository(db: Kysely<Database>) {
  const anyDb = db as unknown as AnyDatabase;

  return {
    /** Every row the owner has, deleted ones included (a backup loses nothing). */
    async readAll(ownerId: string): Promise<BackupTablesData> {
      const data = {} as BackupTablesData;
      for (const table of backupTableNames) {
        const columns = Object.keys(backupTables[table]);
        const rows = await anyDb
          .selectFrom(table)
          .select(columns)
          .where("owner_id", "=", ownerId)
          .orderBy(sql.raw(columns.slice(0, 2).join(", ")))
          .execute();
        data[table] = rows.map(
          (row) =>
            Object.fromEntries(columns.map((column) => [column, row[column] ?? null])) as BackupRow,
        );
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
        let rows = withDistinctNames(table, data[table]).map((row) => ({
          ...completeRow(table, row),
          ...storedKeysOf(table, row),
          owner_id: ownerId,
        }));
        if (table === "people") rows = rows.map((row) => ({ ...row, referred_by_id: null }));
        // Chunks keep each statement under both engines' bound-parameter limits.
        for (let start = 0; start < rows.length; start += 200) {
          await anyDb
            .insertInto(table)
            .values(rows.slice(start, start + 200))
            .execute();
        }
      }
      for (const person of data.people) {
        if (person.referred_by_id !== null) {
          await db
            .updateTable("people")
            .set({ referred_by_id: String(person.referred_by_id) })
            .where("owner_id", "=", ownerId)
            .where("id", "=", String(person.id))
            .execute();
        }
      }
    },
  };
}
