import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "../store/store.js";

/** What every use case needs: whose data, where it lives, and what time it is. */
export interface ServiceContext {
  store: Store;
  ownerId: string;
  /** The clock is injected so tests (and later, reminders) never depend on the real time. */
  now: () => Date;
  newId: () => string;
  /**
   * The data folder: files that must never reach the database or a backup (the SMTP
   * password, the résumé) live under `<dataFolder>/private/<owner>/`.
   */
  dataFolder: string;
}

/** Local mode has exactly one owner; multi-user mode will pass the signed-in account. */
export const localOwnerId = "local";

/**
 * `rapport serve` and the CLI pass the real data folder. Anything else (API tests, benches)
 * gets a scratch folder of this process, created only if something private is written.
 */
export function createServiceContext(
  store: Store,
  overrides: Partial<ServiceContext> = {},
): ServiceContext {
  return {
    store,
    ownerId: localOwnerId,
    now: () => new Date(),
    newId: randomUUID,
    dataFolder: join(tmpdir(), `rapport-scratch-${process.pid}`),
    ...overrides,
  };
}
