import type { Kysely } from "kysely";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Preparing a conversation (METHOD §4). A conversation is its "meeting_scheduled" log
// entry, so everything kept for one conversation names that entry (activity_id).
// Lists of keys and tags are JSON arrays of strings, validated by the domain.
export async function up(db: Kysely<unknown>): Promise<void> {
  const owned = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("owner_id", "text", (column) => column.notNull());

  // One per conversation: the objective, what the explorer knows of the organization
  // (their answer to "what do you know about us?") and the checklist's ticked items.
  await owned("preparations")
    .addColumn("activity_id", "text", (column) => column.notNull())
    .addColumn("objective", "text")
    .addColumn("about_them", "text")
    .addColumn("checklist_done", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("preparations_owner_activity")
    .on("preparations")
    .columns(["owner_id", "activity_id"])
    .unique()
    .execute();

  // The question plan of one conversation, in priority order. The text is the plan's own
  // copy: editing it here never changes the bank question it was picked from.
  await owned("plan_questions")
    .addColumn("activity_id", "text", (column) => column.notNull())
    .addColumn("position", "integer", (column) => column.notNull())
    .addColumn("text", "text", (column) => column.notNull())
    .addColumn("question_group", "text", (column) => column.notNull())
    .addColumn("tags", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("builtin_key", "text")
    .addColumn("bank_question_id", "text")
    .addColumn("spare", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("plan_questions_owner_activity")
    .on("plan_questions")
    .columns(["owner_id", "activity_id", "position"])
    .execute();

  // The explorer's own question bank (the built-in one is data in the domain).
  await owned("bank_questions")
    .addColumn("text", "text", (column) => column.notNull())
    .addColumn("question_group", "text", (column) => column.notNull())
    .addColumn("tags", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("bank_questions_owner")
    .on("bank_questions")
    .column("owner_id")
    .execute();

  // Research notes (Markdown) about one person or one organization, each dated.
  await owned("research_notes")
    .addColumn("person_id", "text")
    .addColumn("organization_id", "text")
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("noted_on", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("research_notes_owner_person")
    .on("research_notes")
    .columns(["owner_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("research_notes_owner_organization")
    .on("research_notes")
    .columns(["owner_id", "organization_id"])
    .execute();

  // The elevator pitch in its three parts: the explorer's default (organization_id null)
  // and a variant per organization.
  await owned("pitches")
    .addColumn("organization_id", "text")
    .addColumn("who_i_am", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("work_i_hope", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("learn_today", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("pitches_owner_organization")
    .on("pitches")
    .columns(["owner_id", "organization_id"])
    .execute();

  // Short answers to what the contact may ask ("tell me about yourself"…), one per prompt.
  await owned("prepared_answers")
    .addColumn("prompt", "text", (column) => column.notNull())
    .addColumn("answer", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("prepared_answers_owner_prompt")
    .on("prepared_answers")
    .columns(["owner_id", "prompt"])
    .execute();

  // The story bank: Situation, Task, Action, Result, tagged by skill or theme.
  await owned("stories")
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("situation", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("task", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("action", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("result", "text", (column) => column.notNull().defaultTo(""))
    .addColumn("tags", "text", (column) => column.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema.createIndex("stories_owner").on("stories").column("owner_id").execute();

  // The stories picked for one conversation.
  await owned("preparation_stories")
    .addColumn("activity_id", "text", (column) => column.notNull())
    .addColumn("story_id", "text", (column) => column.notNull())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("preparation_stories_owner_activity")
    .on("preparation_stories")
    .columns(["owner_id", "activity_id"])
    .execute();

  // Minutes per answer, speaking rate, how old research may get (JSON, validated by the domain).
  await db.schema.alterTable("settings").addColumn("prepare", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("settings").dropColumn("prepare").execute();
  for (const table of [
    "preparation_stories",
    "stories",
    "prepared_answers",
    "pitches",
    "research_notes",
    "bank_questions",
    "plan_questions",
    "preparations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
