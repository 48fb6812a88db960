import type { Kysely, Selectable } from "kysely";
import type { Reflection, ReflectionInput } from "../domain/follow-up/reflection.js";
import type { Database, ReflectionTable } from "./schema.js";

function toReflection(row: Selectable<ReflectionTable>): Reflection {
  return {
    activityId: row.activity_id,
    ratings: {
      confidence: row.confidence,
      competence: row.competence,
      communication: row.communication,
      character: row.character,
      chemistry: row.chemistry,
    },
    note: row.note,
    changeNext: row.change_next,
    updatedAt: row.updated_at,
  };
}

/** One reflection (the five Cs and notes) per conversation, unique per owner and activity. */
export function reflectionsRepository(db: Kysely<Database>) {
  const live = (ownerId: string) =>
    db
      .selectFrom("reflections")
      .selectAll()
      .where("owner_id", "=", ownerId)
      .where("deleted_at", "is", null);
  return {
    async get(ownerId: string, activityId: string): Promise<Reflection | null> {
      const row = await live(ownerId).where("activity_id", "=", activityId).executeTakeFirst();
      return row ? toReflection(row) : null;
    },

    /** The reflections of these conversations, in no particular order. */
    async getMany(ownerId: string, activityIds: readonly string[]): Promise<Reflection[]> {
      if (activityIds.length === 0) return [];
      const rows = await live(ownerId).where("activity_id", "in", activityIds).execute();
      return rows.map(toReflection);
    },

    /** Every live reflection of the owner, in no particular order (the trend). */
    async listAll(ownerId: string): Promise<Reflection[]> {
      const rows = await live(ownerId).execute();
      return rows.map(toReflection);
    },

    /**
     * Creates the row on the first save and replaces it after (ON CONFLICT on the owner and
     * conversation), so two first saves at once make one row.
     */
    async save(
      ownerId: string,
      id: string,
      activityId: string,
      reflection: ReflectionInput,
      now: string,
    ): Promise<void> {
      const columns = {
        ...reflection.ratings,
        note: reflection.note,
        change_next: reflection.changeNext,
      };
      await db
        .insertInto("reflections")
        .values({
          id,
          owner_id: ownerId,
          activity_id: activityId,
          ...columns,
          created_at: now,
          updated_at: now,
        })
        .onConflict((conflict) =>
          conflict
            .columns(["owner_id", "activity_id"])
            .doUpdateSet({ ...columns, updated_at: now, deleted_at: null }),
        )
        .execute();
    },
  };
}
