import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Conducting a conversation and following it up (METHOD §5, §6), and the devices paired
// with `rapport serve --lan`. A conversation is its "meeting_scheduled" log entry, so
// everything kept for one names that entry (activity_id).
export async function up(db: Kysely<unknown>): Promise<void> {
  const owned = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("owner_id", "text", (column) => column.notNull());

  // During the conversation, per planned question: asked ("asked") or answered without
  // being asked ("answered"), and a one-line note.
  await db.schema.alterTable("plan_questions").addColumn("asked", "text").execute();
  await db.schema.alterTable("plan_questions").addColumn("conduct_note", "text").execute();

  // One per conversation run in conduct mode: when the explorer started and ended it, and
  // whether they asked permission to take notes.
  await owned("conduct_sessions")
    .addColumn("activity_id", "text", (column) => column.notNull())
    .addColumn("started_at", "text", (column) => column.notNull())
    .addColumn("ended_at", "text")
    .addColumn("notes_permission", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("conduct_sessions_owner_activity")
    .on("conduct_sessions")
    .columns(["owner_id", "activity_id"])
    .unique()
    .execute();

  // The free notes pad: one row per note, each with the client's id, so a replay from the
  // offline outbox never writes a note twice.
  await owned("conduct_notes")
    .addColumn("activity_id", "text", (column) => column.notNull())
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("noted_at", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("conduct_notes_owner_activity")
    .on("conduct_notes")
    .columns(["owner_id", "activity_id", "noted_at"])
    .execute();

  // What the conversation taught, tagged; an "action" takeaway has a day it is due and,
  // once done, when it was done (which proposes an update to the person).
  await owned("takeaways")
    .addColumn("activity_id", "text", (column) => column.notNull())
    .addColumn("person_id", "text", (column) => column.notNull())
    .addColumn("tag", "text", (column) => column.notNull())
    .addColumn("text", "text", (column) => column.notNull())
    .addColumn("action_due_on", "text")
    .addColumn("action_done_at", "text")
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("takeaways_owner_activity")
    .on("takeaways")
    .columns(["owner_id", "activity_id"])
    .execute();
  await db.schema
    .createIndex("takeaways_owner_person")
    .on("takeaways")
    .columns(["owner_id", "person_id"])
    .execute();

  // How the explorer came across (the five Cs, 1–5 each) and what they would change.
  await owned("reflections")
    .addColumn("activity_id", "text", (column) => column.notNull())
    .addColumn("confidence", "integer")
    .addColumn("competence", "integer")
    .addColumn("communication", "integer")
    .addColumn("character", "integer")
    .addColumn("chemistry", "integer")
    .addColumn("note", "text")
    .addColumn("change_next", "text")
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("reflections_owner_activity")
    .on("reflections")
    .columns(["owner_id", "activity_id"])
    .unique()
    .execute();

  // Keep in touch every this many months after the thank-you (null: Settings' default).
  await db.schema.alterTable("people").addColumn("keep_in_touch_months", "integer").execute();

  // Phones paired with `rapport serve --lan`. Only a hash of each secret is stored. Not in
  // backups: a restored file must never let an old device in.
  await owned("devices")
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("token_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("last_seen_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema
    .createIndex("devices_token_hash")
    .on("devices")
    .column("token_hash")
    .unique()
    .execute();
  await owned("pairing_tokens")
    .addColumn("token_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("expires_at", "text", (column) => column.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema
    .createIndex("pairing_tokens_token_hash")
    .on("pairing_tokens")
    .column("token_hash")
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "pairing_tokens",
    "devices",
    "reflections",
    "takeaways",
    "conduct_notes",
    "conduct_sessions",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable("people").dropColumn("keep_in_touch_months").execute();
  await db.schema.alterTable("plan_questions").dropColumn("conduct_note").execute();
  await db.schema.alterTable("plan_questions").dropColumn("asked").execute();
}
