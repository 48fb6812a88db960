import type { Kysely, Selectable } from "kysely";
import type { CheckIn } from "../domain/insights/check-in.js";
import type { CheckInTable, Database } from "./schema.js";

function toCheckIn(row: Selectable<CheckInTable>): CheckIn {
  return {
    id: row.id,
    targetId: row.target_id,
    rating: row.rating,
    note: row.note,
    checkedAt: row.checked_at,
  };
}

/** The explorer's "still excited?" ratings (METHOD §7); a check-in is the rows sharing checked_at. */
export function checkInsRepository(db: Kysely<Database>) {
  const live = (ownerId: string) =>
    db
      .selectFrom("check_ins")
      .selectAll()
      .where("owner_id", "=", ownerId)
      .where("deleted_at", "is", null);
  return {
    /** Every live rating, oldest first. */
    async listAll(ownerId: string): Promise<CheckIn[]> {
      const rows = await live(ownerId).orderBy("checked_at").orderBy("id").execute();
      return rows.map(toCheckIn);
    },

    /** When the latest live check-in was given, or null. */
    async lastCheckedAt(ownerId: string): Promise<string | null> {
      const row = await live(ownerId).orderBy("checked_at", "desc").limit(1).executeTakeFirst();
      return row?.checked_at ?? null;
    },

    async insertMany(
      ownerId: string,
      rows: readonly { id: string; targetId: string | null; rating: number }[],
      note: string | null,
      checkedAt: string,
    ): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insertInto("check_ins")
        .values(
          rows.map((row) => ({
            id: row.id,
            owner_id: ownerId,
            target_id: row.targetId,
            rating: row.rating,
            note,
            checked_at: checkedAt,
            created_at: checkedAt,
            updated_at: checkedAt,
            deleted_at: null,
          })),
        )
        .execute();
    },

    /** Deletes (deletedAt) or restores (null) every rating of one check-in; how many changed. */
    async setCheckInDeleted(
      ownerId: string,
      checkedAt: string,
      deletedAt: string | null,
      now: string,
    ): Promise<number> {
      const result = await db
        .updateTable("check_ins")
        .set({ deleted_at: deletedAt, updated_at: now })
        .where("owner_id", "=", ownerId)
        .where("checked_at", "=", checkedAt)
        .where("deleted_at", deletedAt === null ? "is not" : "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
