import {
  type CadencePerson,
  type PendingAction,
  pendingActionsByPerson,
  pendingActionsFor,
} from "../domain/cadence.js";
import { type CadenceSettings, cadenceSettingsFrom } from "../domain/cadence-settings.js";
import { chronological } from "../domain/stage.js";
import type { CachedAction } from "../store/due-actions.repository.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";

/**
 * Each person's pending reminders are cached (table due_actions) and recomputed with the
 * pure `pendingActionsFor`, in the same transaction as any change to the person or their
 * log, as the stage is. Bulk changes (imports, restores, new settings) mark the cache out of
 * date instead, and the next read rebuilds it from the whole log. Bump this when the
 * cadence rules change so every cache is rebuilt with the new rules.
 */
export const dueActionRulesVersion = "3";

function buildVersion(settings: CadenceSettings): string {
  return `${dueActionRulesVersion}:${JSON.stringify(settings)}`;
}

function cached(action: PendingAction, sourcePersonId: string | null): CachedAction {
  return {
    ...action,
    sourcePersonId: action.reason === "contact_suggested" ? sourcePersonId : null,
  };
}

async function pendingFor(
  repositories: Repositories,
  ownerId: string,
  person: CadencePerson,
  settings: CadenceSettings,
): Promise<CachedAction[]> {
  const [log, suggestion, colleagueWrittenAt, takeaways] = await Promise.all([
    repositories.activities.listForPerson(ownerId, person.id),
    repositories.dueActions.firstSuggestion(ownerId, person.id),
    repositories.dueActions.colleagueWrittenAt(ownerId, person.id),
    repositories.takeaways.listForPerson(ownerId, person.id),
  ]);
  return pendingActionsFor(
    person,
    chronological(log),
    settings,
    suggestion?.at ?? null,
    colleagueWrittenAt,
    takeaways,
  ).map((action) => cached(action, suggestion?.by ?? null));
}

/**
 * Recomputes the reminders of `personIds`, of anyone their logs suggested, and of those
 * waiting for an answer at their organization (and at `formerOrganizationId`, for someone
 * who moved): writing to one person there is the others' 3B7 second contact. A no-op while
 * the cache is out of date anyway (the next read rebuilds everything).
 */
export async function refreshDueActions(
  repositories: Repositories,
  ownerId: string,
  personIds: readonly string[],
  formerOrganizationId: string | null = null,
): Promise<void> {
  const settings = cadenceSettingsFrom(await repositories.settings.cadence(ownerId));
  if ((await repositories.dueActions.build(ownerId)) !== buildVersion(settings)) return;
  const ids = new Set(personIds);
  const organizations = new Set(formerOrganizationId ? [formerOrganizationId] : []);
  for (const id of personIds) {
    const organizationId = await repositories.dueActions.organizationOf(ownerId, id);
    if (organizationId) organizations.add(organizationId);
  }
  for (const organizationId of organizations) {
    for (const colleague of await repositories.dueActions.askingAt(ownerId, organizationId))
      ids.add(colleague);
  }
  for (const id of personIds) {
    for (const suggested of await repositories.dueActions.suggestedBy(ownerId, id))
      ids.add(suggested);
    for (const entry of await repositories.activities.listForPerson(ownerId, id)) {
      if (entry.suggestedPersonId) ids.add(entry.suggestedPersonId);
    }
  }
  const people = await repositories.dueActions.cadencePeople(ownerId, [...ids]);
  const actions: CachedAction[] = [];
  for (const person of people)
    actions.push(...(await pendingFor(repositories, ownerId, person, settings)));
  // Deleted people lose their reminders; the cache keeps only live people's.
  await repositories.dueActions.replaceForPeople(ownerId, [...ids], actions);
}

/** After a bulk change: the next read rebuilds the owner's cache from the whole log. */
export async function markDueActionsStale(repositories: Repositories, ownerId: string) {
  await repositories.dueActions.clearBuild(ownerId);
}

/** Rebuilds the owner's cache if it is out of date (first use, new settings, new rules). */
export async function ensureDueActions(
  context: ServiceContext,
  settings: CadenceSettings,
): Promise<void> {
  const version = buildVersion(settings);
  if ((await context.store.dueActions.build(context.ownerId)) === version) return;
  await context.transaction(async ({ store: repositories }) => {
    if ((await repositories.dueActions.build(context.ownerId)) === version) return;
    const [people, activities, takeaways] = await Promise.all([
      repositories.dueActions.cadencePeople(context.ownerId),
      repositories.activities.listAll(context.ownerId),
      repositories.takeaways.listAll(context.ownerId),
    ]);
    const actions = pendingActionsByPerson({ people, activities, settings, takeaways }).flatMap(
      ({ actions, suggestedBy }) => actions.map((action) => cached(action, suggestedBy)),
    );
    await repositories.dueActions.replaceAll(context.ownerId, actions);
    await repositories.dueActions.setBuild(context.ownerId, version, context.now().toISOString());
  });
}
