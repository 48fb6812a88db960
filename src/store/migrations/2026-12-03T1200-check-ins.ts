import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Learn and decide (METHOD §7): the explorer's own "still excited?" check-ins. Each row is
// one rating (1–5) of one of their interests (a target), or of their direction overall
// when target_id is null; the ratings given together share checked_at.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("check_ins")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("target_id", "text")
    .addColumn("rating", "integer", (column) => column.notNull())
    .addColumn("note", "text")
    .addColumn("checked_at", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("check_ins_owner_checked")
    .on("check_ins")
    .columns(["owner_id", "checked_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("check_ins").execute();
}
