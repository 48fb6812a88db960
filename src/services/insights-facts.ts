import { type PersonEffort, personEffort } from "../domain/insights/effort.js";
import { logsByPerson } from "../domain/insights/insights-data.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";

/**
 * Each person's PersonEffort (what Effort needs of their whole log) is cached in
 * insights_facts and recomputed with the pure `personEffort` in the transaction of every
 * change to their log, as the stage is (projections.ts). Bulk changes (imports, restores)
 * mark the cache out of date and the next read of Insights rebuilds it from every log. Bump
 * this when what PersonEffort holds, or how it is worked out, changes.
 */
export const insightsFactsVersion = "1";

/** Recomputes these people's facts from their live logs (none for someone deleted). */
export async function refreshInsightsFacts(
  repositories: Repositories,
  ownerId: string,
  personIds: readonly string[],
): Promise<void> {
  // While out of date the next read rebuilds everything anyway.
  if (!(await insightsFactsCurrent(repositories, ownerId))) return;
  const facts = new Map<string, PersonEffort>();
  for (const personId of personIds) {
    const log = await repositories.activities.listForPerson(ownerId, personId);
    if (log.length > 0) facts.set(personId, personEffort(log));
  }
  await repositories.insightsFacts.replaceFor(ownerId, personIds, facts);
}

/** After a bulk change: the next read rebuilds the owner's facts from every log. */
export async function markInsightsFactsStale(repositories: Repositories, ownerId: string) {
  await repositories.insightsFacts.clearBuild(ownerId);
}

/** Are the owner's stored facts those of the current rules (not out of date)? */
export async function insightsFactsCurrent(
  repositories: Repositories,
  ownerId: string,
): Promise<boolean> {
  return (await repositories.insightsFacts.build(ownerId)) === insightsFactsVersion;
}

/**
 * Rebuilds the owner's facts from every log if they are out of date (first use, a bulk
 * change, new rules). A person with no live entries has no row: they are only identified.
 */
export async function ensureInsightsFacts(context: ServiceContext): Promise<void> {
  if (await insightsFactsCurrent(context.store, context.ownerId)) return;
  await context.transaction(async ({ store: repositories }) => {
    if (await insightsFactsCurrent(repositories, context.ownerId)) return;
    const logs = logsByPerson(await repositories.insights.entries(context.ownerId));
    const facts = new Map(
      [...logs].map(([personId, log]) => [personId, personEffort(log)] as const),
    );
    await repositories.insightsFacts.replaceAll(context.ownerId, facts);
    await repositories.insightsFacts.setBuild(
      context.ownerId,
      insightsFactsVersion,
      context.now().toISOString(),
    );
  });
}
