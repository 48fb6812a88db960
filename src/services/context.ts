import { randomUUID } from "node:crypto";
import type { Store } from "../store/store.js";

/** What every use case needs: whose data, where it lives, and what time it is. */
export interface ServiceContext {
  store: Store;
  ownerId: string;
  /** The clock is injected so tests (and later, reminders) never depend on the real time. */
  now: () => Date;
  newId: () => string;
}

/** Local mode has exactly one owner; multi-user mode will pass the signed-in account. */
export const localOwnerId = "local";

export function createServiceContext(
  store: Store,
  overrides: Partial<ServiceContext> = {},
): ServiceContext {
  return { store, ownerId: localOwnerId, now: () => new Date(), newId: randomUUID, ...overrides };
}
