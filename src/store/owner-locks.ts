import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "./connect.js";
import type { Database } from "./schema.js";

/** What a lock serialises: writes that read before they write and must see each other. */
export type OwnerLockPurpose = "import";

/**
 * A per-owner lock held until the current transaction ends, so two transactions that
 * plan from what is on file (two imports at once) run one after the other and the second
 * sees what the first committed. Call it first inside `store.transaction`.
 */
export interface OwnerLocks {
  lockOwner(ownerId: string, purpose: OwnerLockPurpose): Promise<void>;
}

/** The one place the dialect is chosen for locks. */
export function ownerLocks(db: Kysely<Database>, dialect: StoreDialect): OwnerLocks {
  switch (dialect) {
    case "sqlite":
      // Every transaction begins IMMEDIATE and holds the database's one write lock from
      // its start (sqlite-dialect.ts): writers are already serialised, by more than owner.
      return { lockOwner: async () => {} };
    case "postgres":
      return {
        async lockOwner(ownerId, purpose) {
          // Released at commit or rollback; read committed then lets the waiter's next
          // statement see everything the holder wrote.
          await sql`select pg_advisory_xact_lock(hashtextextended(${`rapport:${purpose}:${ownerId}`}, 0))`.execute(
            db,
          );
        },
      };
  }
}
