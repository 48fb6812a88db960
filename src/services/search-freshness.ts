import { searchDocumentVersion } from "../domain/search.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";
import { rebuildSearchIndex } from "./search-indexing.js";

/**
 * The search index is derived data, kept in step by the write path one record at a time
 * (search-indexing.ts). Each owner's index also records the `searchDocumentVersion` it was
 * built with, as the reminders cache records its rules (due-actions.ts): a search that
 * finds no record, or another version, rebuilds the owner's index from the live rows first.
 * So a new document shape reaches every index without a migration, and a bulk change may
 * mark the index stale instead of reindexing row by row.
 */

/** After a bulk change: the next search rebuilds the owner's index from the live rows. */
export async function markSearchIndexStale(
  repositories: Repositories,
  ownerId: string,
): Promise<void> {
  await repositories.search.clearBuilt(ownerId);
}

/**
 * Rebuilds the owner's index if it is out of date, in one transaction. The rebuild holds
 * the owner's search-index lock alone: a second search waits, then finds it built; index
 * writes of other transactions (which share that lock) wait for it or it for them, so none
 * interleaves with its delete-and-rebuild. A fresh index costs one primary-key read.
 */
export async function ensureSearchIndex(context: ServiceContext): Promise<void> {
  const { ownerId } = context;
  if ((await context.store.search.builtVersion(ownerId)) === searchDocumentVersion) return;
  await context.transaction(async (tx) => {
    await tx.store.locks.lockOwner(ownerId, "search-index");
    if ((await tx.store.search.builtVersion(ownerId)) === searchDocumentVersion) return;
    await rebuildSearchIndex(tx.store, ownerId);
    await tx.store.search.setBuilt(ownerId, searchDocumentVersion, tx.now().toISOString());
  });
}
