import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Each person's pending reminders, recomputed by the services with every change to the
  // person or their log (as the stage is), so Today reads them instead of every log.
  await db.schema
    .createTable("due_actions")
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("key", "text", (column) => column.notNull())
    .addColumn("person_id", "text", (column) =>
      column.notNull().references("people.id").onDelete("cascade"),
    )
    .addColumn("reason", "text", (column) => column.notNull())
    .addColumn("due_at", "text", (column) => column.notNull())
    .addColumn("overdue_at", "text")
    .addColumn("triggered_by", "text")
    .addColumn("conversation_at", "text")
    // Whose log suggested this person (for "contact someone suggested"), so a change to
    // that log refreshes them too.
    .addColumn("source_person_id", "text")
    .addPrimaryKeyConstraint("due_actions_pk", ["owner_id", "key"])
    .execute();
  await db.schema
    .createIndex("due_actions_owner_due")
    .on("due_actions")
    .columns(["owner_id", "due_at"])
    .execute();
  await db.schema
    .createIndex("due_actions_owner_person")
    .on("due_actions")
    .columns(["owner_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("due_actions_owner_source")
    .on("due_actions")
    .columns(["owner_id", "source_person_id"])
    .execute();

  // Which version of the cadence rules built an owner's cache; no row (or an older version,
  // or settings changed) means it is rebuilt from the whole log on the next read.
  await db.schema
    .createTable("due_action_builds")
    .addColumn("owner_id", "text", (column) => column.primaryKey())
    .addColumn("version", "text", (column) => column.notNull())
    .addColumn("built_at", "text", (column) => column.notNull())
    .execute();

  // Today's week summary reads the past week's entries across everyone.
  await db.schema
    .createIndex("activities_owner_time")
    .on("activities")
    .columns(["owner_id", "occurred_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("activities_owner_time").execute();
  await db.schema.dropTable("due_action_builds").execute();
  await db.schema.dropTable("due_actions").execute();
}
