import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * The coach's limits in the owner's `settings` row. Saving sets only the `coach` column,
 * so the cadence (saved by today.repository.ts) in the same row is left as it is.
 */
export function settingsRepository(db: Kysely<Database>) {
  return {
    async coach(ownerId: string): Promise<unknown> {
      const row = await db
        .selectFrom("settings")
        .select("coach")
        .where("owner_id", "=", ownerId)
        .executeTakeFirst();
      return row?.coach ? (JSON.parse(row.coach) as unknown) : null;
    },

    async saveCoach(ownerId: string, coach: unknown, now: string) {
      const values = { coach: JSON.stringify(coach), updated_at: now };
      await db
        .insertInto("settings")
        .values({ owner_id: ownerId, ...values })
        .onConflict((conflict) => conflict.column("owner_id").doUpdateSet(values))
        .execute();
    },
  };
}
