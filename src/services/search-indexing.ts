import type { Repositories } from "../store/store.js";

export type SearchEntityType = "person" | "organization" | "activity" | "network_ask";

/**
 * Brings the search index in line with the entity's current state: upserts it, or removes
 * it when deleted/missing. Runs inside the caller's transaction.
 */
export async function reindexForSearch(
  repositories: Repositories,
  ownerId: string,
  entity: { type: SearchEntityType; id: string },
): Promise<void> {
  // Placeholder while the index is being built; the signature is final.
  void repositories;
  void ownerId;
  void entity;
}
