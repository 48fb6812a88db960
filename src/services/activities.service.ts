import { type Activity, activityInputSchema } from "../domain/activity.js";
import { personInputSchema } from "../domain/person.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { addPersonWithin } from "./people.service.js";
import { onLogChanged } from "./projections.js";
import { notFound, validationFailed } from "./service-error.js";

function validActivity(draft: unknown) {
  const input = validate(activityInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  return input.value;
}

/**
 * When an entry happened is the explorer's to say (a call yesterday, a letter last week);
 * a new entry that does not say is stamped with the server's clock, never the browser's.
 * A blank ("") stays the form's "enter when it happened".
 */
function datedByServer(draft: unknown, now: Date): { draft: unknown; stamped: boolean } {
  if (typeof draft !== "object" || draft === null) return { draft, stamped: false };
  const { occurredAt } = draft as { occurredAt?: unknown };
  if (occurredAt !== undefined && occurredAt !== null) return { draft, stamped: false };
  return { draft: { ...draft, occurredAt: now.toISOString() }, stamped: true };
}

async function requireLivePerson(context: ServiceContext, personId: string) {
  if (!(await context.store.people.get(context.ownerId, personId))) throw notFound("That person");
}

/** A suggested person must be someone else the explorer already has on file. */
async function checkSuggestedPerson(
  context: ServiceContext,
  personId: string,
  suggestedPersonId: string | null,
) {
  if (suggestedPersonId === null) return;
  if (
    suggestedPersonId === personId ||
    !(await context.store.people.get(context.ownerId, suggestedPersonId))
  ) {
    throw validationFailed({ suggestedPersonId: "Choose the suggested person from your people" });
  }
}

/** "No, but try X": X becomes a person introduced by the one who declined. */
async function addSuggestedPerson(
  tx: ServiceContext,
  introducerId: string,
  name: string,
): Promise<string> {
  const input = validate(personInputSchema, {
    name,
    source: "referral",
    referredById: introducerId,
  });
  if (!input.ok) throw validationFailed({ suggestedName: Object.values(input.fields).join("; ") });
  return addPersonWithin(tx, input.value);
}

async function requireActivity(context: ServiceContext, id: string): Promise<Activity> {
  const activity = await context.store.activities.get(context.ownerId, id);
  if (!activity) throw notFound("That log entry");
  return activity;
}

export async function listActivities(
  context: ServiceContext,
  personId: string,
): Promise<Activity[]> {
  await requireLivePerson(context, personId);
  return context.store.activities.listForPerson(context.ownerId, personId);
}

/** Logs an entry; with the client's `id`, sending it again answers the same entry (client-ids.ts). */
export async function logActivity(
  context: ServiceContext,
  personId: string,
  draft: unknown,
): Promise<Activity> {
  const dated = datedByServer(draft, context.now());
  const { id, ...input } = validActivity(dated.draft);
  const suggestsNewPerson = Boolean(input.suggestedName && !input.suggestedPersonId);
  return createOnce(context, {
    table: "activities",
    id,
    read: async (tx, entryId) => (await tx.store.activities.get(tx.ownerId, entryId)) ?? undefined,
    // A time the server stamped differs on every send, and a suggested name became a person.
    matches: (entry) =>
      entry.personId === personId &&
      sameAs(entry, input, {
        skip: [
          ...(dated.stamped ? ["occurredAt"] : []),
          ...(suggestsNewPerson ? ["suggestedPersonId"] : []),
        ],
      }),
    create: async (tx, entryId) => {
      await requireLivePerson(tx, personId);
      const suggestedPersonId =
        suggestsNewPerson && input.suggestedName
          ? await addSuggestedPerson(tx, personId, input.suggestedName)
          : input.suggestedPersonId;
      await checkSuggestedPerson(tx, personId, suggestedPersonId);
      await tx.store.activities.insert(
        tx.ownerId,
        entryId,
        personId,
        { ...input, suggestedPersonId },
        tx.now().toISOString(),
      );
      const activity = await requireActivity(tx, entryId);
      await onLogChanged(tx, activity);
      return activity;
    },
  });
}

export async function updateActivity(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Activity> {
  const { id: _id, ...input } = validActivity(withoutId(draft));
  return context.transaction(async (tx) => {
    const existing = await requireActivity(tx, id);
    await checkSuggestedPerson(tx, existing.personId, input.suggestedPersonId);
    await tx.store.activities.update(tx.ownerId, id, input, tx.now().toISOString());
    const activity = await requireActivity(tx, id);
    await onLogChanged(tx, activity);
    return activity;
  });
}

/** Soft delete with undo; the stage is recomputed without the entry. */
export async function deleteActivity(context: ServiceContext, id: string): Promise<Activity> {
  return context.transaction(async (tx) => {
    const activity = await requireActivity(tx, id);
    const now = tx.now().toISOString();
    await tx.store.activities.setDeleted(tx.ownerId, id, now, now);
    await onLogChanged(tx, activity);
    return activity;
  });
}

export async function restoreActivity(context: ServiceContext, id: string): Promise<Activity> {
  return context.transaction(async (tx) => {
    await tx.store.activities.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    const activity = await requireActivity(tx, id);
    await onLogChanged(tx, activity);
    return activity;
  });
}
