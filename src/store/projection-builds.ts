import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * Which version of its rules built an owner's cached projection (the reminders in
 * due_action_builds, Insights' facts in insights_fact_builds): no row, or another version,
 * means the services rebuild it from the records on the next read.
 */
export function projectionBuilds(
  db: Kysely<Database>,
  table: "due_action_builds" | "insights_fact_builds",
) {
  // Both tables have the same columns; Kysely types a query on one table at a time.
  const builds = db as unknown as Kysely<Pick<Database, "due_action_builds">>;
  const name = table as "due_action_builds";
  return {
    async build(ownerId: string): Promise<string | null> {
      const row = await builds
        .selectFrom(name)
        .select("version")
        .where("owner_id", "=", ownerId)
        .executeTakeFirst();
      return row?.version ?? null;
    },
    async setBuild(ownerId: string, version: string, now: string) {
      await builds
        .insertInto(name)
        .values({ owner_id: ownerId, version, built_at: now })
        .onConflict((conflict) =>
          conflict.column("owner_id").doUpdateSet({ version, built_at: now }),
        )
        .execute();
    },
    /** Marks the projection as out of date; the next read rebuilds it. */
    async clearBuild(ownerId: string) {
      await builds.deleteFrom(name).where("owner_id", "=", ownerId).execute();
    },
  };
}
