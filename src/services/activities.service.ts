import { type Activity, activityInputSchema } from "../domain/activity.js";
import { personInputSchema } from "../domain/person.js";
import { validate } from "../domain/validation.js";
import type { Repositories } from "../store/store.js";
import type { ServiceContext } from "./context.js";
import { refreshDerivedStage } from "./derived-stage.js";
import { addPersonWithin } from "./people.service.js";
import { reindexForSearch } from "./search-indexing.js";
import { notFound, validationFailed } from "./service-error.js";

function validActivity(draft: unknown) {
  const input = validate(activityInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return input.value;
}

async function requireLivePerson(repositories: Repositories, ownerId: string, personId: string) {
  if (!(await repositories.people.get(ownerId, personId))) throw notFound("That person");
}

/** A suggested person must be someone else the explorer already has on file. */
async function checkSuggestedPerson(
  repositories: Repositories,
  ownerId: string,
  personId: string,
  suggestedPersonId: string | null,
) {
  if (suggestedPersonId === null) return;
  if (
    suggestedPersonId === personId ||
    !(await repositories.people.get(ownerId, suggestedPersonId))
  ) {
    throw validationFailed({ suggestedPersonId: "Choose the suggested person from your people" });
  }
}

/** "No, but try X": X becomes a person introduced by the one who declined. */
async function addSuggestedPerson(
  context: ServiceContext,
  repositories: Repositories,
  introducerId: string,
  name: string,
): Promise<string> {
  const input = validate(personInputSchema, {
    name,
    source: "referral",
    referredById: introducerId,
  });
  if (!input.ok) throw validationFailed({ suggestedName: Object.values(input.fields).join("; ") });
  return addPersonWithin(context, repositories, input.value);
}

/** Keeps what is derived from a person's log (stage, search) in step with a change to it. */
export async function afterLogChange(
  repositories: Repositories,
  ownerId: string,
  activity: Activity,
) {
  await refreshDerivedStage(repositories, ownerId, activity.personId);
  await reindexForSearch(repositories, ownerId, { type: "activity", id: activity.id });
}

export async function listActivities(
  context: ServiceContext,
  personId: string,
): Promise<Activity[]> {
  await requireLivePerson(context.store, context.ownerId, personId);
  return context.store.activities.listForPerson(context.ownerId, personId);
}

export async function logActivity(
  context: ServiceContext,
  personId: string,
  draft: unknown,
): Promise<Activity> {
  const input = validActivity(draft);
  const id = context.newId();
  return context.store.transaction(async (repositories) => {
    await requireLivePerson(repositories, context.ownerId, personId);
    if (input.suggestedName && !input.suggestedPersonId) {
      input.suggestedPersonId = await addSuggestedPerson(
        context,
        repositories,
        personId,
        input.suggestedName,
      );
    }
    await checkSuggestedPerson(repositories, context.ownerId, personId, input.suggestedPersonId);
    await repositories.activities.insert(
      context.ownerId,
      id,
      personId,
      input,
      context.now().toISOString(),
    );
    const activity = await repositories.activities.get(context.ownerId, id);
    if (!activity) throw notFound("That log entry");
    await afterLogChange(repositories, context.ownerId, activity);
    return activity;
  });
}

export async function updateActivity(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Activity> {
  const input = validActivity(draft);
  return context.store.transaction(async (repositories) => {
    const existing = await repositories.activities.get(context.ownerId, id);
    if (!existing) throw notFound("That log entry");
    await checkSuggestedPerson(
      repositories,
      context.ownerId,
      existing.personId,
      input.suggestedPersonId,
    );
    await repositories.activities.update(context.ownerId, id, input, context.now().toISOString());
    const activity = await repositories.activities.get(context.ownerId, id);
    if (!activity) throw notFound("That log entry");
    await afterLogChange(repositories, context.ownerId, activity);
    return activity;
  });
}

/** Soft delete with undo; the stage is recomputed without the entry. */
export async function deleteActivity(context: ServiceContext, id: string): Promise<Activity> {
  return context.store.transaction(async (repositories) => {
    const activity = await repositories.activities.get(context.ownerId, id);
    if (!activity) throw notFound("That log entry");
    const now = context.now().toISOString();
    await repositories.activities.setDeleted(context.ownerId, id, now, now);
    await afterLogChange(repositories, context.ownerId, activity);
    return activity;
  });
}

export async function restoreActivity(context: ServiceContext, id: string): Promise<Activity> {
  return context.store.transaction(async (repositories) => {
    await repositories.activities.setDeleted(
      context.ownerId,
      id,
      null,
      context.now().toISOString(),
    );
    const activity = await repositories.activities.get(context.ownerId, id);
    if (!activity) throw notFound("That log entry");
    await afterLogChange(repositories, context.ownerId, activity);
    return activity;
  });
}
