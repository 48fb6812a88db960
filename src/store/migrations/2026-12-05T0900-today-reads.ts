import { type Kysely, sql } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Today reads only what it shows (issue 13): its reads become scans of one index each,
// without a lookup per row, at 10,000 people and 100,000 log entries.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Every column Today ranks and shows a reminder by, in the order it scans them (by due
  // time, then key): the index alone answers the read. It supersedes (owner_id, due_at).
  await db.schema
    .createIndex("due_actions_owner_due_covering")
    .on("due_actions")
    .columns([
      "owner_id",
      "due_at",
      "key",
      "reason",
      "overdue_at",
      "conversation_at",
      "person_id",
      "triggered_by",
    ])
    .execute();
  await db.schema.dropIndex("due_actions_owner_due").execute();

  // The week's progress counts entries by kind over a week of the log: a covering index
  // for it (and for Insights' reads near a period), superseding (owner_id, occurred_at).
  await db.schema
    .createIndex("activities_owner_time_covering")
    .on("activities")
    .columns(["owner_id", "occurred_at", "kind", "deleted_at", "person_id"])
    .execute();
  await db.schema.dropIndex("activities_owner_time").execute();

  // The few deleted people, whose reminders and entries Today leaves out: found without
  // scanning everyone.
  await db.schema
    .createIndex("people_owner_deleted")
    .on("people")
    .columns(["owner_id", "id"])
    .where(sql.ref("deleted_at"), "is not", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("people_owner_deleted").execute();
  await db.schema
    .createIndex("activities_owner_time")
    .on("activities")
    .columns(["owner_id", "occurred_at"])
    .execute();
  await db.schema.dropIndex("activities_owner_time_covering").execute();
  await db.schema
    .createIndex("due_actions_owner_due")
    .on("due_actions")
    .columns(["owner_id", "due_at"])
    .execute();
  await db.schema.dropIndex("due_actions_owner_due_covering").execute();
}
