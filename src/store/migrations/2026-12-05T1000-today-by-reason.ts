import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Today reads each group's most pressing reminders by their reasons: a range of this index
// per reason, covering what it shows, instead of ranking the whole agenda. And the
// "contact someone suggested" reminder asks whose log first suggested a person: by this
// index on activities, not a scan of the owner's whole log on every new entry.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("due_actions_owner_reason_covering")
    .on("due_actions")
    .columns([
      "owner_id",
      "reason",
      "due_at",
      "key",
      "overdue_at",
      "conversation_at",
      "person_id",
      "triggered_by",
    ])
    .execute();
  await db.schema
    .createIndex("activities_owner_suggested")
    .on("activities")
    .columns(["owner_id", "suggested_person_id", "occurred_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("activities_owner_suggested").execute();
  await db.schema.dropIndex("due_actions_owner_reason_covering").execute();
}
