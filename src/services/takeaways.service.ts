import type { Activity } from "../domain/activity.js";
import { instantToZoned } from "../domain/conversation.js";
import {
  type Takeaway,
  type TakeawayTag,
  takeawayInputSchema,
  takeawayLimits,
} from "../domain/follow-up/takeaway.js";
import { takeawayPatchSchema } from "../domain/follow-up/takeaway-patch.js";
import { validate } from "../domain/validation.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

/**
 * Takeaways (METHOD §6): what a conversation taught, each tagged; an action has a day (a
 * reminder on Today) and, once done, proposes an update to the person. Each belongs to a
 * conversation (its "meeting_scheduled" entry) of a live person; deleting is soft, for Undo.
 */

/** The live conversation entry `activityId` of a live person, else 404. */
async function requireConversation(tx: ServiceContext, activityId: string): Promise<Activity> {
  const entry = await tx.store.activities.get(tx.ownerId, activityId);
  if (
    entry?.kind !== "meeting_scheduled" ||
    !(await tx.store.people.get(tx.ownerId, entry.personId))
  )
    throw notFound("That conversation");
  return entry;
}

/** A live takeaway whose conversation is live too. */
async function requireTakeaway(tx: ServiceContext, id: string): Promise<Takeaway> {
  const takeaway = await tx.store.takeaways.get(tx.ownerId, id);
  if (!takeaway || !(await conversationIsLive(tx, takeaway))) throw notFound("That takeaway");
  return takeaway;
}

async function conversationIsLive(tx: ServiceContext, takeaway: Takeaway): Promise<boolean> {
  try {
    await requireConversation(tx, takeaway.activityId);
    return true;
  } catch {
    return false;
  }
}

async function changed(
  tx: ServiceContext,
  takeaway: Takeaway,
  change: "created" | "edited" | "deleted" | "restored",
) {
  await onRecordChanged(
    tx,
    { type: "takeaway", id: takeaway.id, personId: takeaway.personId },
    change,
  );
}

/** The follow-up page's takeaways, with today's day in the explorer's zone (an action's default day). */
export async function getTakeawaysView(
  context: ServiceContext,
  activityId: string,
): Promise<{ takeaways: Takeaway[]; today: string; timeZone: string }> {
  const takeaways = await listTakeaways(context, activityId);
  const { timeZone } = await getCadenceSettings(context);
  return { takeaways, today: instantToZoned(context.now().toISOString(), timeZone).date, timeZone };
}

export async function listTakeaways(
  context: ServiceContext,
  activityId: string,
): Promise<Takeaway[]> {
  return context.transaction(async (tx) => {
    await requireConversation(tx, activityId);
    return tx.store.takeaways.listForConversation(tx.ownerId, activityId);
  });
}

/** Every takeaway of conversations with one person (whose advice; the thank-you and updates). */
export async function listPersonTakeaways(
  context: ServiceContext,
  personId: string,
): Promise<Takeaway[]> {
  return context.transaction(async (tx) => {
    if (!(await tx.store.people.get(tx.ownerId, personId))) throw notFound("That person");
    const live = new Set(
      (await tx.store.activities.listForPerson(tx.ownerId, personId))
        .filter((entry) => entry.kind === "meeting_scheduled")
        .map((entry) => entry.id),
    );
    return (await tx.store.takeaways.listForPerson(tx.ownerId, personId)).filter((takeaway) =>
      live.has(takeaway.activityId),
    );
  });
}

export async function addTakeaway(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<Takeaway> {
  const valid = validate(takeawayInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id, ...input } = valid.value;
  return createOnce(context, {
    table: "takeaways",
    id,
    read: async (tx, takeawayId) => {
      const takeaway = await tx.store.takeaways.get(tx.ownerId, takeawayId);
      return takeaway?.activityId === activityId ? takeaway : undefined;
    },
    matches: (takeaway) => sameAs(takeaway, input),
    create: async (tx, takeawayId) => {
      const entry = await requireConversation(tx, activityId);
      const existing = await tx.store.takeaways.listForConversation(tx.ownerId, activityId);
      if (existing.length >= takeawayLimits.perConversation) {
        const message = `A conversation keeps at most ${takeawayLimits.perConversation} takeaways`;
        throw new ServiceError("validation_failed", message, { text: message });
      }
      await tx.store.takeaways.insert(
        tx.ownerId,
        takeawayId,
        { activityId, personId: entry.personId, ...input },
        tx.now().toISOString(),
      );
      const takeaway = await requireTakeaway(tx, takeawayId);
      await changed(tx, takeaway, "created");
      return takeaway;
    },
  });
}

export async function updateTakeaway(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Takeaway> {
  const patch = validate(takeawayPatchSchema, withoutId(draft));
  if (!patch.ok) throw validationFailed(patch.fields);
  const { done, ...fields } = patch.value;
  return context.transaction(async (tx) => {
    const current = await requireTakeaway(tx, id);
    const tag: TakeawayTag = fields.tag ?? current.tag;
    // Changing an action into another kind drops its day unless the edit names one.
    const actionDueOn =
      fields.actionDueOn !== undefined
        ? fields.actionDueOn
        : tag === "action"
          ? current.actionDueOn
          : null;
    const valid = validate(takeawayInputSchema, {
      tag,
      text: fields.text ?? current.text,
      actionDueOn,
    });
    if (!valid.ok) throw validationFailed(valid.fields);
    if (done !== undefined && tag !== "action") {
      const message = "Only an action can be done";
      throw new ServiceError("validation_failed", message, { done: message });
    }
    const doneAt =
      tag !== "action"
        ? null
        : done === undefined
          ? current.actionDoneAt
          : done
            ? (current.actionDoneAt ?? tx.now().toISOString())
            : null;
    await tx.store.takeaways.update(
      tx.ownerId,
      id,
      {
        tag: valid.value.tag,
        text: valid.value.text,
        action_due_on: valid.value.actionDueOn,
        action_done_at: doneAt,
      },
      tx.now().toISOString(),
    );
    const takeaway = await requireTakeaway(tx, id);
    await changed(tx, takeaway, "edited");
    return takeaway;
  });
}

/** Soft delete, so the toast's Undo (restoreTakeaway) brings it back unchanged. */
export async function deleteTakeaway(context: ServiceContext, id: string): Promise<Takeaway> {
  return context.transaction(async (tx) => {
    const takeaway = await requireTakeaway(tx, id);
    const now = tx.now().toISOString();
    await tx.store.takeaways.setDeleted(tx.ownerId, id, now, now);
    await changed(tx, takeaway, "deleted");
    return takeaway;
  });
}

export async function restoreTakeaway(context: ServiceContext, id: string): Promise<Takeaway> {
  return context.transaction(async (tx) => {
    const deleted = await tx.store.takeaways.get(tx.ownerId, id, { includeDeleted: true });
    if (!deleted || !(await conversationIsLive(tx, deleted))) throw notFound("That takeaway");
    await tx.store.takeaways.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    const takeaway = await requireTakeaway(tx, id);
    await changed(tx, takeaway, "restored");
    return takeaway;
  });
}
