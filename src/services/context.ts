import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Repositories, Store } from "../store/store.js";

/**
 * Who is asking. Local mode has one actor, the person at this computer, who owns the
 * data; multi-user mode (a career centre) will resolve a signed-in account to its owner.
 */
export type Actor =
  | { kind: "local"; ownerId: string }
  | { kind: "account"; ownerId: string; accountId: string };

/** What every use case needs: whose data, who asks, where it lives, and what time it is. */
export interface ServiceContext {
  store: Store;
  ownerId: string;
  actor: Actor;
  /** The clock is injected so tests (and later, reminders) never depend on the real time. */
  now: () => Date;
  newId: () => string;
  /**
   * The data folder: files that must never reach the database or a backup (the SMTP
   * password, the résumé) live under `<dataFolder>/private/<owner>/`.
   */
  dataFolder: string;
  /**
   * Runs `work` in one transaction and hands it a context bound to that transaction, so
   * the work cannot reach the outer store (on SQLite, one connection: that would wait for
   * the transaction forever). Inside a transaction, a nested call runs in the same one.
   */
  transaction<T>(work: (tx: ServiceContext) => Promise<T>): Promise<T>;
}

/** Local mode has exactly one owner; multi-user mode will pass the signed-in account. */
export const localOwnerId = "local";

export const localActor: Actor = { kind: "local", ownerId: localOwnerId };

/** Turns a request into the actor making it; local mode's answers the single local owner. */
export type ActorResolver = (request: Request) => Promise<Actor>;

export const localActorResolver: ActorResolver = async () => localActor;

/** A store whose `transaction` runs inside the one already open, for nested calls. */
function storeInTransaction(outer: Store, repositories: Repositories): Store {
  return {
    ...repositories,
    dialect: outer.dialect,
    transaction: (work) => work(repositories),
    close: () => Promise.reject(new Error("A transaction's store cannot be closed.")),
  };
}

/** `this`, not a captured context, so `{ ...context, ownerId }` copies stay correct. */
function transaction<T>(
  this: ServiceContext,
  work: (tx: ServiceContext) => Promise<T>,
): Promise<T> {
  return this.store.transaction((repositories) =>
    work({ ...this, store: storeInTransaction(this.store, repositories) }),
  );
}

/** The context a request (or a CLI command) works in: the base with the actor's owner. */
export function forActor(base: ServiceContext, actor: Actor): ServiceContext {
  return { ...base, actor, ownerId: actor.ownerId };
}

/**
 * `rapport serve` and the CLI pass the real data folder. Anything else (API tests, benches)
 * gets a scratch folder of this process, created only if something private is written.
 */
export function createServiceContext(
  store: Store,
  overrides: Partial<Omit<ServiceContext, "transaction">> = {},
): ServiceContext {
  const ownerId = overrides.ownerId ?? localOwnerId;
  return {
    store,
    ownerId,
    actor: { kind: "local", ownerId },
    now: () => new Date(),
    newId: randomUUID,
    dataFolder: join(tmpdir(), `rapport-scratch-${process.pid}`),
    transaction,
    ...overrides,
  };
}
