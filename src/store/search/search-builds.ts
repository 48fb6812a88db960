import type { SearchDatabase } from "./search-documents.js";

/**
 * Which version of the document shape built each owner's index (table
 * search_index_builds), as due_action_builds records the reminders' rules. Only
 * services/search-freshness.ts reads and writes it.
 */
export function searchIndexBuilds(db: SearchDatabase) {
  return {
    async builtVersion(ownerId: string): Promise<number | null> {
      const row = await db
        .selectFrom("search_index_builds")
        .select("version")
        .where("owner_id", "=", ownerId)
        .executeTakeFirst();
      return row === undefined ? null : Number(row.version);
    },

    async setBuilt(ownerId: string, version: number, builtAt: string) {
      await db
        .insertInto("search_index_builds")
        .values({ owner_id: ownerId, version, built_at: builtAt })
        .onConflict((conflict) =>
          conflict.column("owner_id").doUpdateSet({ version, built_at: builtAt }),
        )
        .execute();
    },

    async clearBuilt(ownerId: string) {
      await db.deleteFrom("search_index_builds").where("owner_id", "=", ownerId).execute();
    },
  };
}
