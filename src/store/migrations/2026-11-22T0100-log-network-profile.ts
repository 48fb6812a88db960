import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Referrals: who introduced this person, and whether the introducer may be named.
  await db.schema
    .alterTable("people")
    .addColumn("referred_by_id", "text", (column) =>
      column.references("people.id").onDelete("set null"),
    )
    .execute();
  await db.schema
    .alterTable("people")
    .addColumn("mention_permission", "text", (column) => column.notNull().defaultTo("not_asked"))
    .execute();
  await db.schema.alterTable("people").addColumn("network_ask_id", "text").execute();
  // Cached results of the pure stage derivation, rewritten with every log change in the
  // same transaction, so lists can sort and filter by them without reading every log.
  await db.schema
    .alterTable("people")
    .addColumn("stage", "text", (column) => column.notNull().defaultTo("identified"))
    .execute();
  await db.schema.alterTable("people").addColumn("last_touch_at", "text").execute();
  await db.schema
    .createIndex("people_owner_stage")
    .on("people")
    .columns(["owner_id", "stage"])
    .execute();
  await db.schema
    .createIndex("people_referred_by")
    .on("people")
    .columns(["owner_id", "referred_by_id"])
    .execute();

  await db.schema
    .createTable("activities")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("person_id", "text", (column) =>
      column.notNull().references("people.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("occurred_at", "text", (column) => column.notNull())
    .addColumn("channel", "text")
    .addColumn("outcome", "text")
    .addColumn("with_name", "text")
    .addColumn("suggested_person_id", "text", (column) =>
      column.references("people.id").onDelete("set null"),
    )
    .addColumn("scheduled_for", "text")
    .addColumn("detail", "text")
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("activities_owner_person_time")
    .on("activities")
    .columns(["owner_id", "person_id", "occurred_at"])
    .execute();

  await db.schema
    .createTable("network_asks")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("person_id", "text", (column) =>
      column.notNull().references("people.id").onDelete("cascade"),
    )
    .addColumn("asked_at", "text", (column) => column.notNull())
    .addColumn("question", "text", (column) => column.notNull())
    .addColumn("outcome", "text")
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("network_asks_owner_person")
    .on("network_asks")
    .columns(["owner_id", "person_id"])
    .execute();

  // One profile per owner: who the explorer is and where they are in the search.
  await db.schema
    .createTable("profiles")
    .addColumn("owner_id", "text", (column) => column.primaryKey())
    .addColumn("name", "text")
    .addColumn("school_or_role", "text")
    .addColumn("search_status", "text")
    .addColumn("welcome_done_at", "text")
    .addColumn("updated_at", "text", (column) => column.notNull())
    .execute();

  // Interests (fields, kinds of organization, roles) and locations, as one list of targets.
  await db.schema
    .createTable("targets")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("label", "text", (column) => column.notNull())
    .addColumn("flexibility", "text")
    .addColumn("position", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("created_at", "text", (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("person_targets")
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("person_id", "text", (column) =>
      column.notNull().references("people.id").onDelete("cascade"),
    )
    .addColumn("target_id", "text", (column) =>
      column.notNull().references("targets.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("person_targets_pk", ["person_id", "target_id"])
    .execute();
  await db.schema
    .createTable("organization_targets")
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("organization_id", "text", (column) =>
      column.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("target_id", "text", (column) =>
      column.notNull().references("targets.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("organization_targets_pk", ["organization_id", "target_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "organization_targets",
    "person_targets",
    "targets",
    "profiles",
    "network_asks",
    "activities",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex("people_referred_by").execute();
  await db.schema.dropIndex("people_owner_stage").execute();
  for (const column of [
    "last_touch_at",
    "stage",
    "network_ask_id",
    "mention_permission",
    "referred_by_id",
  ]) {
    await db.schema.alterTable("people").dropColumn(column).execute();
  }
}
