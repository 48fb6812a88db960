import type { Kysely, Selectable } from "kysely";
import type { BankQuestion, QuestionGroup, TiaraTag } from "../domain/prepare/preparation.js";
import { groupOf, tiaraList } from "./prepare-rows.js";
import type { BankQuestionTable, Database } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toBankQuestion(row: Selectable<BankQuestionTable>): BankQuestion {
  return {
    id: row.id,
    text: row.text,
    group: groupOf(row.question_group),
    tags: tiaraList(row.tags),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface BankQuestionFields {
  text: string;
  group: QuestionGroup;
  tags: TiaraTag[];
}

/** The explorer's own question bank (soft delete). */
export function bankQuestionsRepository(db: Kysely<Database>) {
  return {
    /** Live questions, oldest first (the order they were added). */
    async list(ownerId: string): Promise<BankQuestion[]> {
      const rows = await db
        .selectFrom("bank_questions")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toBankQuestion);
    },

    async get(
      ownerId: string,
      id: string,
      options: { includeDeleted?: boolean } = {},
    ): Promise<BankQuestion | null> {
      let query = db
        .selectFrom("bank_questions")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toBankQuestion(row) : null;
    },

    async insert(ownerId: string, id: string, fields: BankQuestionFields, now: string) {
      await db
        .insertInto("bank_questions")
        .values({
          id,
          owner_id: ownerId,
          text: fields.text,
          question_group: fields.group,
          tags: JSON.stringify(fields.tags),
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    update: (ownerId: string, id: string, change: Partial<BankQuestionFields>, now: string) =>
      updateLive(
        db,
        "bank_questions",
        ownerId,
        id,
        {
          ...(change.text !== undefined ? { text: change.text } : {}),
          ...(change.group !== undefined ? { question_group: change.group } : {}),
          ...(change.tags !== undefined ? { tags: JSON.stringify(change.tags) } : {}),
        },
        now,
      ),

    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "bank_questions", ownerId, id, deletedAt, now),
  };
}
