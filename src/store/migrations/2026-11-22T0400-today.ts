import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Snoozed and dismissed reminders, by the key the cadence gives each one.
  await db.schema
    .createTable("action_states")
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("key", "text", (column) => column.notNull())
    .addColumn("snoozed_until", "text")
    .addColumn("dismissed_at", "text")
    .addColumn("dismiss_reason", "text")
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("action_states_pk", ["owner_id", "key"])
    .execute();

  // Per-owner settings; cadence is one JSON document validated by the domain's schema.
  await db.schema
    .createTable("settings")
    .addColumn("owner_id", "text", (column) => column.primaryKey())
    .addColumn("cadence", "text")
    .addColumn("updated_at", "text", (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("settings").execute();
  await db.schema.dropTable("action_states").execute();
}
