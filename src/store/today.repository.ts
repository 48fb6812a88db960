import type { Kysely } from "kysely";
import type { Snooze } from "../domain/cadence.js";
import type { Database } from "./schema.js";

export function todayRepository(db: Kysely<Database>) {
  async function save(
    ownerId: string,
    key: string,
    values: {
      snoozed_until: string | null;
      dismissed_at: string | null;
      dismiss_reason: string | null;
    },
    now: string,
  ) {
    await db
      .insertInto("action_states")
      .values({ owner_id: ownerId, key, ...values, updated_at: now })
      .onConflict((conflict) =>
        conflict.columns(["owner_id", "key"]).doUpdateSet({ ...values, updated_at: now }),
      )
      .execute();
  }

  return {
    async states(ownerId: string): Promise<{ snoozes: Snooze[]; dismissed: string[] }> {
      const rows = await db
        .selectFrom("action_states")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .execute();
      return {
        snoozes: rows.flatMap((row) =>
          row.snoozed_until ? [{ key: row.key, until: row.snoozed_until }] : [],
        ),
        dismissed: rows.flatMap((row) => (row.dismissed_at ? [row.key] : [])),
      };
    },
    snooze: (ownerId: string, key: string, until: string, now: string) =>
      save(ownerId, key, { snoozed_until: until, dismissed_at: null, dismiss_reason: null }, now),
    dismiss: (ownerId: string, key: string, reason: string, now: string) =>
      save(ownerId, key, { snoozed_until: null, dismissed_at: now, dismiss_reason: reason }, now),
    async clear(ownerId: string, key: string) {
      await db
        .deleteFrom("action_states")
        .where("owner_id", "=", ownerId)
        .where("key", "=", key)
        .execute();
    },
  };
}
