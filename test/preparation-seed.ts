import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../src/store/schema.js";

/**
 * Rows of the preparation tables written straight into a database, for tests of what reads
 * them (the brief) while the services that write them live on other branches. Each row is
 * what those services store: JSON lists as text, spare as 0/1, instants as UTC text.
 */
export interface PreparationSeed {
  ownerId: string;
  activityId: string;
  now: string;
  objective?: string;
  checklistDone?: string[];
  plan?: { text: string; spare?: boolean; group?: string; deleted?: boolean }[];
  notes?: {
    personId?: string;
    organizationId?: string;
    body: string;
    notedOn: string;
    deleted?: boolean;
  }[];
  pitches?: {
    organizationId: string | null;
    whoIAm: string;
    workIHope: string;
    learnToday: string;
    deleted?: boolean;
  }[];
  prepareSettings?: Record<string, unknown>;
}

export async function seedPreparation(db: Kysely<Database>, seed: PreparationSeed) {
  const owned = (deleted?: boolean) => ({
    id: randomUUID(),
    owner_id: seed.ownerId,
    created_at: seed.now,
    updated_at: seed.now,
    deleted_at: deleted ? seed.now : null,
  });
  if (seed.objective !== undefined || seed.checklistDone) {
    await db
      .insertInto("preparations")
      .values({
        ...owned(),
        activity_id: seed.activityId,
        objective: seed.objective ?? null,
        about_them: null,
        checklist_done: JSON.stringify(seed.checklistDone ?? []),
      })
      .execute();
  }
  // Positions are given out of insertion order so a read that forgets to sort shows it.
  const plan = seed.plan ?? [];
  for (const [index, question] of [...plan.entries()].reverse()) {
    await db
      .insertInto("plan_questions")
      .values({
        ...owned(question.deleted),
        activity_id: seed.activityId,
        position: (index + 1) * 10,
        text: question.text,
        question_group: question.group ?? "person",
        tags: "[]",
        builtin_key: null,
        bank_question_id: null,
        spare: question.spare ? 1 : 0,
      })
      .execute();
  }
  for (const note of seed.notes ?? []) {
    await db
      .insertInto("research_notes")
      .values({
        ...owned(note.deleted),
        person_id: note.personId ?? null,
        organization_id: note.organizationId ?? null,
        body: note.body,
        noted_on: note.notedOn,
      })
      .execute();
  }
  for (const pitch of seed.pitches ?? []) {
    await db
      .insertInto("pitches")
      .values({
        ...owned(pitch.deleted),
        organization_id: pitch.organizationId,
        who_i_am: pitch.whoIAm,
        work_i_hope: pitch.workIHope,
        learn_today: pitch.learnToday,
      })
      .execute();
  }
  if (seed.prepareSettings) {
    const prepare = JSON.stringify(seed.prepareSettings);
    await db
      .insertInto("settings")
      .values({ owner_id: seed.ownerId, prepare, updated_at: seed.now })
      .onConflict((conflict) => conflict.column("owner_id").doUpdateSet({ prepare }))
      .execute();
  }
}
