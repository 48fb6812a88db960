import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A scheduled conversation is a "meeting_scheduled" log entry; its mode is the entry's
  // channel, and these say how long it is and where (an address or a video link).
  await db.schema.alterTable("activities").addColumn("duration_minutes", "integer").execute();
  await db.schema.alterTable("activities").addColumn("place", "text").execute();
  await db.schema
    .createIndex("activities_owner_kind_scheduled")
    .on("activities")
    .columns(["owner_id", "kind", "scheduled_for"])
    .execute();

  // The explorer's own phone and e-mail: a confirmation carries the phone number (METHOD §3),
  // and a downloaded .eml is written from the e-mail address.
  await db.schema.alterTable("profiles").addColumn("phone", "text").execute();
  await db.schema.alterTable("profiles").addColumn("email", "text").execute();

  // A person's own follow-up routine ("standard" | "3b7"); null follows the settings.
  await db.schema.alterTable("people").addColumn("routine", "text").execute();

  // Trips: "I will be in Baltimore 10–15 October". Days are calendar dates (YYYY-MM-DD).
  await db.schema
    .createTable("trips")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("place", "text", (column) => column.notNull())
    .addColumn("starts_on", "text", (column) => column.notNull())
    .addColumn("ends_on", "text", (column) => column.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("trips_owner_dates")
    .on("trips")
    .columns(["owner_id", "starts_on"])
    .execute();

  // The explorer's own message templates, with merge fields like {{first_name}}.
  await db.schema
    .createTable("templates")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("purpose", "text", (column) => column.notNull())
    .addColumn("subject", "text")
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("templates_owner")
    .on("templates")
    .columns(["owner_id", "name"])
    .execute();

  // The calendar feed's secret (rotatable) and the coach's limits (JSON, validated by the domain).
  await db.schema.alterTable("settings").addColumn("calendar_secret", "text").execute();
  await db.schema.alterTable("settings").addColumn("coach", "text").execute();
  await db.schema
    .createIndex("settings_calendar_secret")
    .on("settings")
    .column("calendar_secret")
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("settings_calendar_secret").execute();
  await db.schema.alterTable("settings").dropColumn("coach").execute();
  await db.schema.alterTable("settings").dropColumn("calendar_secret").execute();
  await db.schema.dropTable("templates").execute();
  await db.schema.dropTable("trips").execute();
  await db.schema.alterTable("people").dropColumn("routine").execute();
  await db.schema.alterTable("profiles").dropColumn("email").execute();
  await db.schema.alterTable("profiles").dropColumn("phone").execute();
  await db.schema.dropIndex("activities_owner_kind_scheduled").execute();
  await db.schema.alterTable("activities").dropColumn("place").execute();
  await db.schema.alterTable("activities").dropColumn("duration_minutes").execute();
}
