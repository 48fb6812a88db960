import type { Kysely, Selectable } from "kysely";
import type { Preparation } from "../domain/prepare/preparation.js";
import { stringList } from "./prepare-rows.js";
import type { Database, PreparationTable } from "./schema.js";

function toPreparation(row: Selectable<PreparationTable>): Preparation {
  return {
    activityId: row.activity_id,
    objective: row.objective,
    aboutThem: row.about_them,
    checklistDone: stringList(row.checklist_done),
    updatedAt: row.updated_at,
  };
}

/** What a save sets; fields left out keep their stored value. */
export interface PreparationChange {
  objective?: string | null;
  aboutThem?: string | null;
  checklistDone?: string[];
}

/** One preparation per conversation (its "meeting_scheduled" entry), unique per owner. */
export function preparationsRepository(db: Kysely<Database>) {
  return {
    async get(ownerId: string, activityId: string): Promise<Preparation | null> {
      const row = await db
        .selectFrom("preparations")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      return row ? toPreparation(row) : null;
    },

    /** The preparations of these conversations (for Today's progress), by activity id. */
    async getMany(ownerId: string, activityIds: readonly string[]): Promise<Preparation[]> {
      if (activityIds.length === 0) return [];
      const rows = await db
        .selectFrom("preparations")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("activity_id", "in", activityIds)
        .where("deleted_at", "is", null)
        .execute();
      return rows.map(toPreparation);
    },

    /**
     * Creates the row on the first save and updates it after (ON CONFLICT on the owner and
     * conversation), so two first saves at once make one row.
     */
    async save(
      ownerId: string,
      id: string,
      activityId: string,
      change: PreparationChange,
      now: string,
    ): Promise<void> {
      const columns = {
        ...(change.objective !== undefined ? { objective: change.objective } : {}),
        ...(change.aboutThem !== undefined ? { about_them: change.aboutThem } : {}),
        ...(change.checklistDone !== undefined
          ? { checklist_done: JSON.stringify(change.checklistDone) }
          : {}),
      };
      await db
        .insertInto("preparations")
        .values({
          id,
          owner_id: ownerId,
          activity_id: activityId,
          objective: null,
          about_them: null,
          checklist_done: "[]",
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
