import type { Kysely } from "kysely";
import type { AnswerPrompt, PreparedAnswer } from "../domain/prepare/preparation.js";
import type { Database } from "./schema.js";

export function preparedAnswersRepository(db: Kysely<Database>) {
  return {
    /** The live answer of each prompt that has one. */
    async list(ownerId: string): Promise<PreparedAnswer[]> {
      const rows = await db
        .selectFrom("prepared_answers")
        .select(["prompt", "answer", "updated_at"])
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .orderBy("prompt")
        .execute();
      return rows.map((row) => ({
        // Written only through preparedAnswersInputSchema, so it is one of the prompts.
        prompt: row.prompt as AnswerPrompt,
        answer: row.answer,
        updatedAt: row.updated_at,
      }));
    },

    /** The live row's id for a prompt. */
    async liveId(ownerId: string, prompt: AnswerPrompt): Promise<string | null> {
      const row = await db
        .selectFrom("prepared_answers")
        .select("id")
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .where("prompt", "=", prompt)
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async insert(ownerId: string, id: string, prompt: AnswerPrompt, answer: string, now: string) {
      await db
        .insertInto("prepared_answers")
        .values({ id, owner_id: ownerId, prompt, answer, created_at: now, updated_at: now })
        .execute();
    },

    async update(ownerId: string, id: string, answer: string, now: string) {
      await db
        .updateTable("prepared_answers")
        .set({ answer, updated_at: now })
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .execute();
    },

    /** An emptied answer: kept as a deleted row (backups lose nothing), no longer shown. */
    async remove(ownerId: string, id: string, now: string) {
      await db
        .updateTable("prepared_answers")
        .set({ deleted_at: now, updated_at: now })
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .execute();
    },
  };
}
