import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "./connect.js";
import type { Database } from "./schema.js";

/**
 * What a lock serialises: writes that read before they write and must see each other
 * (two imports at once), or a rebuild of the owner's search index against everything else
 * that writes that index.
 */
export type OwnerLockPurpose = "import" | "search-index";

/**
 * A per-owner lock held until the current transaction ends, so two transactions that
 * plan from what is on file (two imports at once) run one after the other and the second
 * sees what the first committed. Call `lockOwner` first inside `store.transaction`.
 */
export interface OwnerLocks {
  lockOwner(ownerId: string, purpose: OwnerLockPurpose): Promise<void>;
  /**
   * The same lock, shared: holders of the shared lock never wait for each other, only for
   * a `lockOwner` holder (and it for them). Several writers of the search index may run
   * at once; a rebuild runs alone. Taken by each index write, mid-transaction; that cannot
   * deadlock because the exclusive holder takes its lock first and then only reads the
   * other tables, and shared holders never wait for one another.
   */
  shareOwner(ownerId: string, purpose: OwnerLockPurpose): Promise<void>;
}

const lockKey = (ownerId: string, purpose: OwnerLockPurpose) => `rapport:${purpose}:${ownerId}`;

/** The one place the dialect is chosen for locks. */
export function ownerLocks(db: Kysely<Database>, dialect: StoreDialect): OwnerLocks {
  switch (dialect) {
    case "sqlite":
      // Every transaction begins IMMEDIATE and holds the database's one write lock from
      // its start (sqlite-dialect.ts): writers are already serialised, by more than owner.
      return { lockOwner: async () => {}, shareOwner: async () => {} };
    case "postgres":
      return {
        async lockOwner(ownerId, purpose) {
          // Released at commit or rollback; read committed then lets the waiter's next
          // statement see everything the holder wrote.
          await sql`select pg_advisory_xact_lock(hashtextextended(${lockKey(ownerId, purpose)}, 0))`.execute(
            db,
          );
        },
        async shareOwner(ownerId, purpose) {
          await sql`select pg_advisory_xact_lock_shared(hashtextextended(${lockKey(ownerId, purpose)}, 0))`.execute(
            db,
          );
        },
      };
  }
}
