import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Learn and decide (METHOD §7): what Effort needs of each person's log, cached so Insights
// reads one row per person instead of every log entry (100,000 entries took a second to read
// on SQLite). Kept in the transaction of every change to the log, as the stage is; bulk
// changes mark an owner's facts out of date and the next read rebuilds them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("insights_facts")
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("person_id", "text", (column) =>
      column.notNull().references("people.id").onDelete("cascade"),
    )
    // An index into the funnel's steps (identified 0 … keeping in touch 6).
    .addColumn("furthest", "integer", (column) => column.notNull())
    .addColumn("days_to_first_answer", "double precision")
    .addColumn("first_outreach_channel", "text")
    // A JSON array of the minutes (since the epoch) of the person's live entries, in order.
    .addColumn("activity_minutes", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("insights_facts_pk", ["owner_id", "person_id"])
    .execute();

  // Which version of the rules built an owner's facts; no row (or an older version) means
  // they are rebuilt from the whole log on the next read.
  await db.schema
    .createTable("insights_fact_builds")
    .addColumn("owner_id", "text", (column) => column.primaryKey())
    .addColumn("version", "text", (column) => column.notNull())
    .addColumn("built_at", "text", (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("insights_fact_builds").execute();
  await db.schema.dropTable("insights_facts").execute();
}
