import type { Activity } from "../domain/activity.js";
import {
  callOutcomeEntry,
  callOutcomeInputSchema,
  isCallOutcomeEntry,
  personBroughtInBy,
} from "../domain/call-outcome.js";
import type { Person } from "../domain/person.js";
import { validate } from "../domain/validation.js";
import { deleteActivity, logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { deletePerson, getPerson } from "./people.service.js";
import { notFound, validationFailed } from "./service-error.js";

export interface LoggedCallOutcome {
  activity: Activity;
  /** The person "try someone else" brought in, when a name was given. */
  suggestedPerson: Person | null;
}

/**
 * Logs what came of a call as its one log entry, at the server's now: the call happened as
 * the explorer tells it, not when their browser's clock says. The shared instant is how
 * Undo knows a person came with the entry.
 */
export async function logCallOutcome(
  context: ServiceContext,
  personId: string,
  draft: unknown,
): Promise<LoggedCallOutcome> {
  const input = validate(callOutcomeInputSchema, draft);
  if (!input.ok) throw validationFailed(input.fields);
  // One reading of the clock stamps the entry and any person it brings in, in the one
  // transaction logActivity's createOnce opens (its own, so a concurrent replay of the same
  // id can retry as a replay; PostgreSQL aborts a transaction whose key broke).
  const at = context.now();
  const activity = await logActivity({ ...context, now: () => at }, personId, {
    ...callOutcomeEntry(input.value),
    ...(input.value.id ? { id: input.value.id } : {}),
  });
  const suggestedPerson = activity.suggestedPersonId
    ? await getPerson(context, activity.suggestedPersonId)
    : null;
  return { activity, suggestedPerson };
}

export interface UndoneCallOutcome {
  activity: Activity;
  /** The person the entry brought in, taken back with it; null if none. */
  removedPersonId: string | null;
}

/**
 * Takes back a call's outcome in one transaction: the entry, and for "try someone else"
 * the person it brought in (see personBroughtInBy), so an Undo never leaves half of it.
 */
export async function undoCallOutcome(
  context: ServiceContext,
  activityId: string,
): Promise<UndoneCallOutcome> {
  return context.transaction(async (tx) => {
    const entry = await tx.store.activities.get(tx.ownerId, activityId);
    if (!entry || !isCallOutcomeEntry(entry)) throw notFound("That call's outcome");
    const suggested = entry.suggestedPersonId
      ? await tx.store.people.get(tx.ownerId, entry.suggestedPersonId)
      : null;
    const suggestedLog = suggested
      ? await tx.store.activities.listForPerson(tx.ownerId, suggested.id)
      : [];
    const removedPersonId = personBroughtInBy(entry, suggested, suggestedLog.length);
    const activity = await deleteActivity(tx, activityId);
    if (removedPersonId) await deletePerson(tx, removedPersonId);
    return { activity, removedPersonId };
  });
}
