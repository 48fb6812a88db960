import { type Kysely, sql } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Which version of the search document shape built each owner's index (as
// due_action_builds does for the reminders): no row, or another version than the code's
// `searchDocumentVersion`, means the next search rebuilds the owner's index from the live
// rows first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("search_index_builds")
    .addColumn("owner_id", "text", (column) => column.primaryKey())
    .addColumn("version", "integer", (column) => column.notNull())
    .addColumn("built_at", "text", (column) => column.notNull())
    .execute();
  // The migrations before this one built every owner's index with the shape that is
  // version 1 (a literal, never the live constant): record it, so an upgraded database is
  // not rebuilt on its first search, and a later version still rebuilds it.
  await sql`insert into search_index_builds (owner_id, version, built_at)
    select distinct owner_id, 1, ${new Date().toISOString()} from search_documents`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("search_index_builds").execute();
}
