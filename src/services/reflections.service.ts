import { type Reflection, reflectionInputSchema } from "../domain/follow-up/reflection.js";
import {
  type LastReflection,
  lastReflectionBefore,
  type ReflectionPoint,
  reflectionTrend,
} from "../domain/follow-up/reflection-history.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { notFound, validationFailed } from "./service-error.js";

/**
 * Reflection after a conversation (METHOD §6): the five Cs rated 1–5, a note, and what the
 * explorer would change next time, which the next preparation page shows. One per
 * conversation (its live "meeting_scheduled" entry of a live person); saving replaces it.
 */

async function requireConversation(tx: ServiceContext, activityId: string) {
  const entry = await tx.store.activities.get(tx.ownerId, activityId);
  if (
    entry?.kind !== "meeting_scheduled" ||
    !(await tx.store.people.get(tx.ownerId, entry.personId))
  )
    throw notFound("That conversation");
  return entry;
}

/** The conversation's reflection, or null before the first save. */
export async function getReflection(
  context: ServiceContext,
  activityId: string,
): Promise<Reflection | null> {
  return context.transaction(async (tx) => {
    await requireConversation(tx, activityId);
    return tx.store.reflections.get(tx.ownerId, activityId);
  });
}

export async function saveReflection(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<Reflection> {
  const valid = validate(reflectionInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  return context.transaction(async (tx) => {
    await requireConversation(tx, activityId);
    await tx.store.reflections.save(
      tx.ownerId,
      tx.newId(),
      activityId,
      valid.value,
      tx.now().toISOString(),
    );
    const saved = await tx.store.reflections.get(tx.ownerId, activityId);
    if (!saved) throw notFound("That conversation");
    return saved;
  });
}

/** Every reflection of a live conversation with a live person, with when and whom. */
async function reflectionPoints(tx: ServiceContext): Promise<ReflectionPoint[]> {
  const [reflections, conversations] = await Promise.all([
    tx.store.reflections.listAll(tx.ownerId),
    tx.store.activities.listOfKinds(tx.ownerId, ["meeting_scheduled"]),
  ]);
  const byId = new Map(conversations.map((entry) => [entry.id, entry]));
  const personIds = [...new Set(conversations.map((entry) => entry.personId))];
  const names = new Map(
    (await tx.store.people.getMany(tx.ownerId, personIds)).map((person) => [
      person.id,
      person.name,
    ]),
  );
  return reflections.flatMap((reflection) => {
    const entry = byId.get(reflection.activityId);
    const personName = entry && names.get(entry.personId);
    if (!entry || personName === undefined) return [];
    return [
      {
        ...reflection,
        startsAt: entry.scheduledFor ?? entry.occurredAt,
        personId: entry.personId,
        personName,
      },
    ];
  });
}

/** The trend: every reflection, oldest conversation first. */
export async function listReflections(context: ServiceContext): Promise<ReflectionPoint[]> {
  return context.transaction(async (tx) => reflectionTrend(await reflectionPoints(tx)));
}

/** What the explorer said they would change, after the latest conversation before `startsAt`. */
export async function lastReflectionBeforeConversation(
  tx: ServiceContext,
  startsAt: string,
): Promise<LastReflection | null> {
  return lastReflectionBefore(await reflectionPoints(tx), startsAt);
}
