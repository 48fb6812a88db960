import type { Kysely, Updateable } from "kysely";
import type { Database } from "./schema.js";

/** Tables whose rows are deleted softly (kept, with `deleted_at`, for undo and backups). */
export type SoftDeletedTable =
  | "people"
  | "organizations"
  | "activities"
  | "network_asks"
  | "trips"
  | "templates"
  | "plan_questions"
  | "bank_questions"
  | "research_notes"
  | "pitches"
  | "stories"
  | "takeaways"
  | "conduct_notes"
  | "reflections";

/**
 * Marks a row deleted (`deletedAt` = now) or live again (`null`). Only a change counts:
 * deleting a deleted row or restoring a live one returns false.
 */
export async function setDeleted(
  db: Kysely<Database>,
  table: SoftDeletedTable,
  ownerId: string,
  id: string,
  deletedAt: string | null,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ deleted_at: deletedAt, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .where("deleted_at", deletedAt === null ? "is not" : "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A soft-deleted table's own columns: what an update may set (the row's identity and times excluded). */
export type LiveColumns<Table extends SoftDeletedTable> = Omit<
  Updateable<Database[Table]>,
  "id" | "owner_id" | "created_at" | "updated_at" | "deleted_at"
>;

// Kysely cannot check `set` against a table chosen by a type parameter; LiveColumns does.
type AnyTables = Kysely<Record<string, Record<string, unknown>>>;

/** Updates a live (not deleted) row and its `updated_at`; false when there is no such row. */
export async function updateLive<Table extends SoftDeletedTable>(
  db: Kysely<Database>,
  table: Table,
  ownerId: string,
  id: string,
  values: LiveColumns<Table>,
  now: string,
): Promise<boolean> {
  const result = await (db as unknown as AnyTables)
    .updateTable(table as string)
    .set({ ...values, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Who holds `id` in `table`, whatever the owner and whether deleted: ids are primary keys
 * across owners, so a create with an id the client made asks this before it inserts.
 */
export async function idHolder(
  db: Kysely<Database>,
  table: SoftDeletedTable,
  id: string,
): Promise<{ ownerId: string; deleted: boolean } | undefined> {
  const row = await db
    .selectFrom(table)
    .select(["owner_id", "deleted_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && { ownerId: row.owner_id, deleted: row.deleted_at !== null };
}
