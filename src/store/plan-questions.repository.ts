import { type Kysely, type Selectable, sql } from "kysely";
import type { PlanQuestion, QuestionGroup, TiaraTag } from "../domain/prepare/preparation.js";
import { groupOf, tiaraList } from "./prepare-rows.js";
import type { Database, PlanQuestionTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toPlanQuestion(row: Selectable<PlanQuestionTable>): PlanQuestion {
  return {
    id: row.id,
    activityId: row.activity_id,
    position: Number(row.position),
    text: row.text,
    group: groupOf(row.question_group),
    tags: tiaraList(row.tags),
    builtinKey: row.builtin_key,
    bankQuestionId: row.bank_question_id,
    spare: Number(row.spare) === 1,
  };
}

export interface NewPlanQuestion {
  text: string;
  group: QuestionGroup;
  tags: TiaraTag[];
  builtinKey: string | null;
  bankQuestionId: string | null;
  spare: boolean;
}

export interface PlanQuestionChange {
  text?: string;
  group?: QuestionGroup;
  tags?: TiaraTag[];
  spare?: boolean;
}

/** A conversation's question plan, in priority order (`position`, lowest first). */
export function planQuestionsRepository(db: Kysely<Database>) {
  const live = (ownerId: string) =>
    db
      .selectFrom("plan_questions")
      .selectAll()
      .where("owner_id", "=", ownerId)
      .where("deleted_at", "is", null);

  return {
    async list(ownerId: string, activityId: string): Promise<PlanQuestion[]> {
      const rows = await live(ownerId)
        .where("activity_id", "=", activityId)
        .orderBy("position")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toPlanQuestion);
    },

    /** Every live plan question of the owner (search rebuilds, Today's progress). */
    async listAll(ownerId: string): Promise<PlanQuestion[]> {
      const rows = await live(ownerId)
        .orderBy("activity_id")
        .orderBy("position")
        .orderBy("id")
        .execute();
      return rows.map(toPlanQuestion);
    },

    /** Live plan questions of these conversations, in plan order per conversation. */
    async listFor(ownerId: string, activityIds: readonly string[]): Promise<PlanQuestion[]> {
      if (activityIds.length === 0) return [];
      const rows = await live(ownerId)
        .where("activity_id", "in", activityIds)
        .orderBy("activity_id")
        .orderBy("position")
        .orderBy("id")
        .execute();
      return rows.map(toPlanQuestion);
    },

    /**
     * Ids of the live plan questions of a person's conversations, whether the person and
     * the entries are live or not (search follows a person's deletion and restore).
     */
    async idsForPerson(ownerId: string, personId: string): Promise<string[]> {
      const rows = await db
        .selectFrom("plan_questions")
        .innerJoin("activities", "activities.id", "plan_questions.activity_id")
        .select("plan_questions.id")
        .where("plan_questions.owner_id", "=", ownerId)
        .where("plan_questions.deleted_at", "is", null)
        .where("activities.owner_id", "=", ownerId)
        .where("activities.person_id", "=", personId)
        .execute();
      return rows.map((row) => row.id);
    },

    async get(
      ownerId: string,
      id: string,
      options: { includeDeleted?: boolean } = {},
    ): Promise<PlanQuestion | null> {
      let query = db
        .selectFrom("plan_questions")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toPlanQuestion(row) : null;
    },

    async countLive(ownerId: string, activityId: string): Promise<number> {
      const row = await db
        .selectFrom("plan_questions")
        .select(sql<number>`count(*)`.as("count"))
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** One past the plan's last position (deleted rows too, so a restore keeps its place). */
    async nextPosition(ownerId: string, activityId: string): Promise<number> {
      const row = await db
        .selectFrom("plan_questions")
        .select(sql<number | null>`max(position)`.as("last"))
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .executeTakeFirst();
      return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
    },

    async insert(
      ownerId: string,
      id: string,
      activityId: string,
      position: number,
      question: NewPlanQuestion,
      now: string,
    ): Promise<void> {
      await db
        .insertInto("plan_questions")
        .values({
          id,
          owner_id: ownerId,
          activity_id: activityId,
          position,
          text: question.text,
          question_group: question.group,
          tags: JSON.stringify(question.tags),
          builtin_key: question.builtinKey,
          bank_question_id: question.bankQuestionId,
          spare: question.spare ? 1 : 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    update: (ownerId: string, id: string, change: PlanQuestionChange, now: string) =>
      updateLive(
        db,
        "plan_questions",
        ownerId,
        id,
        {
          ...(change.text !== undefined ? { text: change.text } : {}),
          ...(change.group !== undefined ? { question_group: change.group } : {}),
          ...(change.tags !== undefined ? { tags: JSON.stringify(change.tags) } : {}),
          ...(change.spare !== undefined ? { spare: change.spare ? 1 : 0 } : {}),
        },
        now,
      ),

    /** Sets each id's position to its index in `ids` (the service checked they are the plan's). */
    async reorder(ownerId: string, ids: readonly string[], now: string): Promise<void> {
      for (const [position, id] of ids.entries()) {
        await updateLive(db, "plan_questions", ownerId, id, { position }, now);
      }
    },

    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "plan_questions", ownerId, id, deletedAt, now),
  };
}
