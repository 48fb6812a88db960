import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** Tables whose rows are deleted softly (kept, with `deleted_at`, for undo and backups). */
export type SoftDeletedTable =
  | "people"
  | "organizations"
  | "activities"
  | "network_asks"
  | "trips"
  | "templates";

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
