import type { Activity } from "../domain/activity.js";
import {
  type ConversationWithPerson,
  deriveConversations,
  heldAt,
  splitConversations,
} from "../domain/conversation.js";
import { logActivity, updateActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { onLogChanged } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

/**
 * Conversations are "meeting_scheduled" log entries (see domain/conversation.ts), so each
 * action here is a log change: stage, search and reminders follow as for any entry.
 */

const conversationKinds = [
  "meeting_scheduled",
  "conversation_held",
  "conversation_cancelled",
] as const;

function fromObject(draft: unknown): Record<string, unknown> {
  return typeof draft === "object" && draft !== null ? (draft as Record<string, unknown>) : {};
}

/** The conversations of these entries' people, with names, soonest first. */
async function withPeople(
  context: ServiceContext,
  log: Activity[],
): Promise<ConversationWithPerson[]> {
  const personIds = [...new Set(log.map((entry) => entry.personId))];
  const [people, defaultMinutes] = await Promise.all([
    context.store.people.getMany(context.ownerId, personIds),
    defaultMinutesOf(context),
  ]);
  const byId = new Map(people.map((person) => [person.id, person]));
  return deriveConversations(log, context.now(), defaultMinutes).flatMap((conversation) => {
    const person = byId.get(conversation.personId);
    if (!person) return [];
    return [
      {
        ...conversation,
        personName: person.name,
        organizationName: person.organizationName,
      },
    ];
  });
}

async function findConversation(
  context: ServiceContext,
  activityId: string,
): Promise<{ entry: Activity; conversation: ConversationWithPerson }> {
  const entry = await context.store.activities.get(context.ownerId, activityId);
  if (entry?.kind !== "meeting_scheduled") throw notFound("That conversation");
  const log = (
    await context.store.activities.listForPerson(context.ownerId, entry.personId)
  ).filter((each) => conversationKinds.some((kind) => kind === each.kind));
  const conversation = (await withPeople(context, log)).find(
    (each) => each.activityId === activityId,
  );
  if (!conversation) throw notFound("That conversation");
  return { entry, conversation };
}

/** A conversation's length when none was given: Settings → Reminders. */
async function defaultMinutesOf(context: ServiceContext): Promise<number> {
  return (await getCadenceSettings(context)).conversationMinutes;
}

/** Upcoming and past conversations of every live person. */
export async function listConversations(context: ServiceContext) {
  const log = await context.store.activities.listOfKinds(context.ownerId, conversationKinds);
  return splitConversations(await withPeople(context, log));
}

export async function getConversation(
  context: ServiceContext,
  activityId: string,
): Promise<ConversationWithPerson> {
  return (await findConversation(context, activityId)).conversation;
}

/** "They picked a time": a "meeting_scheduled" entry logged now; length from settings if not given. */
export async function scheduleConversation(
  context: ServiceContext,
  personId: string,
  draft: unknown,
): Promise<ConversationWithPerson> {
  const { id, scheduledFor, durationMinutes, channel, place, detail } = fromObject(draft);
  // Not inside a transaction of ours: with the client's id, logActivity may need a second
  // one to answer a send that raced it (client-ids.ts).
  const entry = await logActivity(context, personId, {
    id,
    kind: "meeting_scheduled",
    scheduledFor: scheduledFor ?? "",
    durationMinutes:
      durationMinutes === undefined || durationMinutes === null || durationMinutes === ""
        ? await defaultMinutesOf(context)
        : durationMinutes,
    channel,
    place,
    detail,
  });
  return getConversation(context, entry.id);
}

/** A new time for the same conversation; mode, place and length stay as they were. */
export async function rescheduleConversation(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<ConversationWithPerson> {
  return context.transaction(async (tx) => {
    const { entry, conversation } = await findConversation(tx, activityId);
    if (conversation.status === "held") {
      throw new ServiceError("conflict", "This conversation already happened; schedule a new one.");
    }
    if (conversation.status === "cancelled") {
      throw new ServiceError("conflict", "This conversation was cancelled; schedule a new one.");
    }
    const { scheduledFor } = fromObject(draft);
    if (typeof scheduledFor !== "string" || scheduledFor === "") {
      throw validationFailed({ scheduledFor: "Enter the new date and time" });
    }
    await updateActivity(tx, activityId, { ...entry, scheduledFor });
    return getConversation(tx, activityId);
  });
}

/** Cancel: the entry is soft-deleted, so an undo brings it back unchanged. */
export async function cancelConversation(
  context: ServiceContext,
  activityId: string,
): Promise<ConversationWithPerson> {
  return context.transaction(async (tx) => {
    const { entry, conversation } = await findConversation(tx, activityId);
    const now = tx.now().toISOString();
    await tx.store.activities.setDeleted(tx.ownerId, activityId, now, now);
    await onLogChanged(tx, entry);
    return conversation;
  });
}

export async function restoreConversation(
  context: ServiceContext,
  activityId: string,
): Promise<ConversationWithPerson> {
  return context.transaction(async (tx) => {
    const entry = await tx.store.activities.get(tx.ownerId, activityId, {
      includeDeleted: true,
    });
    if (entry?.kind !== "meeting_scheduled") throw notFound("That conversation");
    await tx.store.activities.setDeleted(tx.ownerId, activityId, null, tx.now().toISOString());
    await onLogChanged(tx, entry);
    return getConversation(tx, activityId);
  });
}

/** Refuses to close a conversation twice (held or cancelled). */
function requireOpen(conversation: ConversationWithPerson) {
  if (conversation.status === "held") {
    throw new ServiceError("conflict", "This conversation is already marked as held.");
  }
  if (conversation.status === "cancelled") {
    throw new ServiceError("conflict", "This conversation is already marked as cancelled.");
  }
}

/**
 * The entry just logged must close this conversation (not another open one of theirs): a
 * time typed far from it would, so it is refused and nothing is logged.
 */
async function requireClosedBy(
  context: ServiceContext,
  activityId: string,
  closingId: string,
): Promise<ConversationWithPerson> {
  const closed = await getConversation(context, activityId);
  if (closed.heldActivityId !== closingId && closed.cancelledActivityId !== closingId) {
    throw validationFailed({
      occurredAt: "That time belongs to another of their conversations; choose this one's time",
    });
  }
  return closed;
}

/**
 * "It happened": logs the conversation as held at its scheduled start with its booked
 * length, unless the explorer corrects either; its end starts the thank-you's clock.
 */
export async function markConversationHeld(
  context: ServiceContext,
  activityId: string,
  draft: unknown = {},
): Promise<ConversationWithPerson> {
  const { occurredAt, durationMinutes } = fromObject(draft);
  return context.transaction(async (tx) => {
    const { entry, conversation } = await findConversation(tx, activityId);
    requireOpen(conversation);
    const held = await logActivity(tx, entry.personId, {
      kind: "conversation_held",
      occurredAt:
        occurredAt === undefined || occurredAt === null || occurredAt === ""
          ? heldAt(conversation)
          : occurredAt,
      durationMinutes:
        durationMinutes === undefined || durationMinutes === null || durationMinutes === ""
          ? conversation.durationMinutes
          : durationMinutes,
      channel: conversation.mode,
    });
    return requireClosedBy(tx, activityId, held.id);
  });
}

/**
 * It did not happen: they cancelled, I cancelled, or they did not come. Logged as a
 * "conversation_cancelled" entry at the conversation's start, which closes it and offers
 * to reschedule; undo deletes that entry.
 */
export async function markConversationCancelled(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<ConversationWithPerson> {
  const { outcome, detail } = fromObject(draft);
  return context.transaction(async (tx) => {
    const { entry, conversation } = await findConversation(tx, activityId);
    requireOpen(conversation);
    const cancelled = await logActivity(tx, entry.personId, {
      kind: "conversation_cancelled",
      occurredAt: conversation.startsAt,
      outcome: outcome ?? "",
      channel: conversation.mode,
      detail,
    });
    return requireClosedBy(tx, activityId, cancelled.id);
  });
}
