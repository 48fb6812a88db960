import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * The calendar feed's secret in the owner's `settings` row. Only the `calendar_secret`
 * column is written, so the cadence and coach settings in the same row stay as they are.
 */
export function calendarRepository(db: Kysely<Database>) {
  return {
    async secret(ownerId: string): Promise<string | null> {
      const row = await db
        .selectFrom("settings")
        .select("calendar_secret")
        .where("owner_id", "=", ownerId)
        .executeTakeFirst();
      return row?.calendar_secret ?? null;
    },

    /** Sets (a new secret) or clears (`null`: the feed is off) the secret. */
    async saveSecret(ownerId: string, secret: string | null, now: string) {
      const values = { calendar_secret: secret, updated_at: now };
      await db
        .insertInto("settings")
        .values({ owner_id: ownerId, ...values })
        .onConflict((conflict) => conflict.column("owner_id").doUpdateSet(values))
        .execute();
    },

    /** Whose feed an address is; secrets are unique, so at most one owner. */
    async ownerOfSecret(secret: string): Promise<string | null> {
      const row = await db
        .selectFrom("settings")
        .select("owner_id")
        .where("calendar_secret", "=", secret)
        .executeTakeFirst();
      return row?.owner_id ?? null;
    },
  };
}
