import type { Activity } from "../domain/activity.js";
import {
  type ConversationWithPerson,
  deriveConversations,
  heldAt,
  splitConversations,
} from "../domain/conversation.js";
import type { Repositories } from "../store/store.js";
import { afterLogChange, logActivity, updateActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

/**
 * Conversations are "meeting_scheduled" log entries (see domain/conversation.ts), so each
 * action here is a log change: stage, search and reminders follow as for any entry.
 */

const conversationKinds = ["meeting_scheduled", "conversation_held"] as const;

function fromObject(draft: unknown): Record<string, unknown> {
  return typeof draft === "object" && draft !== null ? (draft as Record<string, unknown>) : {};
}

/** The conversations of these entries' people, with names, soonest first. */
async function withPeople(
  context: ServiceContext,
  repositories: Repositories,
  log: Activity[],
  defaultMinutes: number,
): Promise<ConversationWithPerson[]> {
  const personIds = [...new Set(log.map((entry) => entry.personId))];
  const people = new Map(
    (await repositories.people.getMany(context.ownerId, personIds)).map((person) => [
      person.id,
      person,
    ]),
  );
  return deriveConversations(log, context.now(), defaultMinutes).flatMap((conversation) => {
    const person = people.get(conversation.personId);
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
  repositories: Repositories,
  activityId: string,
  defaultMinutes: number,
): Promise<{ entry: Activity; conversation: ConversationWithPerson }> {
  const entry = await repositories.activities.get(context.ownerId, activityId);
  if (entry?.kind !== "meeting_scheduled") throw notFound("That conversation");
  const log = (await repositories.activities.listForPerson(context.ownerId, entry.personId)).filter(
    (each) => conversationKinds.some((kind) => kind === each.kind),
  );
  const conversation = (await withPeople(context, repositories, log, defaultMinutes)).find(
    (each) => each.activityId === activityId,
  );
  if (!conversation) throw notFound("That conversation");
  return { entry, conversation };
}

// Read before any transaction starts: SQLite has one connection, so reading through
// `context.store` inside a transaction would wait for that transaction forever.
async function defaultMinutesOf(context: ServiceContext): Promise<number> {
  return (await getCadenceSettings(context)).conversationMinutes;
}

/** Upcoming and past conversations of every live person. */
export async function listConversations(context: ServiceContext) {
  const log = await context.store.activities.listOfKinds(context.ownerId, conversationKinds);
  return splitConversations(
    await withPeople(context, context.store, log, await defaultMinutesOf(context)),
  );
}

export async function getConversation(
  context: ServiceContext,
  activityId: string,
): Promise<ConversationWithPerson> {
  const defaultMinutes = await defaultMinutesOf(context);
  return (await findConversation(context, context.store, activityId, defaultMinutes)).conversation;
}

/** "They picked a time": a "meeting_scheduled" entry logged now; length from settings if not given. */
export async function scheduleConversation(
  context: ServiceContext,
  personId: string,
  draft: unknown,
): Promise<ConversationWithPerson> {
  const { scheduledFor, durationMinutes, channel, place, detail } = fromObject(draft);
  const defaultMinutes = await defaultMinutesOf(context);
  const entry = await logActivity(context, personId, {
    kind: "meeting_scheduled",
    occurredAt: context.now().toISOString(),
    scheduledFor: scheduledFor ?? "",
    durationMinutes:
      durationMinutes === undefined || durationMinutes === null || durationMinutes === ""
        ? defaultMinutes
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
  const { entry, conversation } = await findConversation(
    context,
    context.store,
    activityId,
    await defaultMinutesOf(context),
  );
  if (conversation.status === "held") {
    throw new ServiceError("conflict", "This conversation already happened; schedule a new one.");
  }
  const { scheduledFor } = fromObject(draft);
  if (typeof scheduledFor !== "string" || scheduledFor === "") {
    throw validationFailed({ scheduledFor: "Enter the new date and time" });
  }
  await updateActivity(context, activityId, { ...entry, scheduledFor });
  return getConversation(context, activityId);
}

/** Cancel: the entry is soft-deleted, so an undo brings it back unchanged. */
export async function cancelConversation(
  context: ServiceContext,
  activityId: string,
): Promise<ConversationWithPerson> {
  const defaultMinutes = await defaultMinutesOf(context);
  return context.store.transaction(async (repositories) => {
    const { entry, conversation } = await findConversation(
      context,
      repositories,
      activityId,
      defaultMinutes,
    );
    const now = context.now().toISOString();
    await repositories.activities.setDeleted(context.ownerId, activityId, now, now);
    await afterLogChange(repositories, context.ownerId, entry);
    return conversation;
  });
}

export async function restoreConversation(
  context: ServiceContext,
  activityId: string,
): Promise<ConversationWithPerson> {
  await context.store.transaction(async (repositories) => {
    const entry = await repositories.activities.get(context.ownerId, activityId, {
      includeDeleted: true,
    });
    if (entry?.kind !== "meeting_scheduled") throw notFound("That conversation");
    await repositories.activities.setDeleted(
      context.ownerId,
      activityId,
      null,
      context.now().toISOString(),
    );
    await afterLogChange(repositories, context.ownerId, entry);
  });
  return getConversation(context, activityId);
}

/** "It happened": logs the conversation as held, which starts the thank-you's clock. */
export async function markConversationHeld(
  context: ServiceContext,
  activityId: string,
): Promise<ConversationWithPerson> {
  const { entry, conversation } = await findConversation(
    context,
    context.store,
    activityId,
    await defaultMinutesOf(context),
  );
  if (conversation.status === "held") {
    throw new ServiceError("conflict", "This conversation is already marked as held.");
  }
  await logActivity(context, entry.personId, {
    kind: "conversation_held",
    occurredAt: heldAt(conversation, entry.occurredAt, context.now()),
    channel: conversation.mode,
  });
  return getConversation(context, activityId);
}
