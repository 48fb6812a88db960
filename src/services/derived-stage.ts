import { deriveStage, lastTouch } from "../domain/stage.js";
import type { Repositories } from "../store/store.js";
import { refreshDueActions } from "./due-actions.js";

/**
 * Recomputes a person's cached stage, last touch and reminders from their whole log with
 * the pure domain functions, in the transaction of every change to that log (through
 * projections.onLogChanged).
 */
export async function refreshDerivedStage(
  repositories: Repositories,
  ownerId: string,
  personId: string,
) {
  const log = await repositories.activities.listForPerson(ownerId, personId);
  await repositories.people.setDerived(ownerId, personId, {
    stage: deriveStage(log),
    lastTouchAt: lastTouch(log),
  });
  await refreshDueActions(repositories, ownerId, [personId]);
}
