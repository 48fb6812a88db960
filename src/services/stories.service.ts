import {
  type Story,
  storyInputSchema,
  storyPatchSchema,
  storyPicksSchema,
} from "../domain/prepare/preparation.js";
import { validate } from "../domain/validation.js";
import { pluralForm } from "../domain/wording/plural.js";
import { createOnce, sameAs, withoutId } from "./client-ids.js";
import type { ServiceContext } from "./context.js";
import { onRecordChanged } from "./projections.js";
import { notFound, ServiceError, validationFailed } from "./service-error.js";

/** The story bank (Situation–Task–Action–Result) and the stories picked per conversation. */

async function requireStory(tx: ServiceContext, id: string): Promise<Story> {
  const story = await tx.store.stories.get(tx.ownerId, id);
  if (!story) throw notFound("That story");
  return story;
}

export function listStories(context: ServiceContext): Promise<Story[]> {
  return context.store.stories.list(context.ownerId);
}

export async function addStory(context: ServiceContext, draft: unknown): Promise<Story> {
  const valid = validate(storyInputSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const { id, ...input } = valid.value;
  return createOnce(context, {
    table: "stories",
    id,
    read: async (tx, storyId) => (await tx.store.stories.get(tx.ownerId, storyId)) ?? undefined,
    matches: (story) => sameAs(story, input),
    create: async (tx, storyId) => {
      await tx.store.stories.insert(tx.ownerId, storyId, input, tx.now().toISOString());
      await onRecordChanged(tx, { type: "story", id: storyId }, "created");
      return requireStory(tx, storyId);
    },
  });
}

export async function updateStory(
  context: ServiceContext,
  id: string,
  draft: unknown,
): Promise<Story> {
  const valid = validate(storyPatchSchema, withoutId(draft));
  if (!valid.ok) throw validationFailed(valid.fields);
  // A patch changes only what it sends: zod's defaults fill fields it left out.
  const sent = typeof draft === "object" && draft !== null ? Object.keys(draft) : [];
  const patch = Object.fromEntries(
    Object.entries(valid.value).filter(([key]) => sent.includes(key)),
  );
  return context.transaction(async (tx) => {
    await requireStory(tx, id);
    await tx.store.stories.update(tx.ownerId, id, patch, tx.now().toISOString());
    await onRecordChanged(tx, { type: "story", id }, "edited");
    return requireStory(tx, id);
  });
}

/** Soft delete, so the toast's Undo (restoreStory) brings it back (and its picks with it). */
export async function deleteStory(context: ServiceContext, id: string): Promise<Story> {
  return context.transaction(async (tx) => {
    const story = await requireStory(tx, id);
    const now = tx.now().toISOString();
    await tx.store.stories.setDeleted(tx.ownerId, id, now, now);
    await onRecordChanged(tx, { type: "story", id }, "deleted");
    return story;
  });
}

export async function restoreStory(context: ServiceContext, id: string): Promise<Story> {
  return context.transaction(async (tx) => {
    if (!(await tx.store.stories.get(tx.ownerId, id, { includeDeleted: true })))
      throw notFound("That story");
    await tx.store.stories.setDeleted(tx.ownerId, id, null, tx.now().toISOString());
    await onRecordChanged(tx, { type: "story", id }, "restored");
    return requireStory(tx, id);
  });
}

/** A conversation is its live "meeting_scheduled" entry, of a live person. */
async function requireConversation(tx: ServiceContext, activityId: string) {
  const entry = await tx.store.activities.get(tx.ownerId, activityId);
  if (
    entry?.kind !== "meeting_scheduled" ||
    !(await tx.store.people.get(tx.ownerId, entry.personId))
  )
    throw notFound("That conversation");
  return entry;
}

export interface StoryPicks {
  storyIds: string[];
  stories: Story[];
}

export async function getStoryPicks(
  context: ServiceContext,
  activityId: string,
): Promise<StoryPicks> {
  return context.transaction(async (tx) => {
    await requireConversation(tx, activityId);
    const stories = await tx.store.stories.picked(tx.ownerId, activityId);
    return { storyIds: stories.map((story) => story.id), stories };
  });
}

/** Replaces the conversation's picks with these live stories, in this order. */
export async function saveStoryPicks(
  context: ServiceContext,
  activityId: string,
  draft: unknown,
): Promise<StoryPicks> {
  const valid = validate(storyPicksSchema, draft);
  if (!valid.ok) throw validationFailed(valid.fields);
  const storyIds = [...new Set(valid.value.storyIds)];
  return context.transaction(async (tx) => {
    await requireConversation(tx, activityId);
    const unknown: string[] = [];
    for (const id of storyIds) if (!(await tx.store.stories.get(tx.ownerId, id))) unknown.push(id);
    if (unknown.length > 0) {
      const message = `No story has ${pluralForm(unknown.length, { one: "the id", other: "the ids" })} ${unknown.join(", ")}; it may have been deleted`;
      throw new ServiceError("validation_failed", "One field needs fixing.", { storyIds: message });
    }
    await tx.store.stories.replacePicks(
      tx.ownerId,
      activityId,
      storyIds.map((storyId) => ({ id: tx.newId(), storyId })),
      tx.now(),
    );
    const stories = await tx.store.stories.picked(tx.ownerId, activityId);
    return { storyIds: stories.map((story) => story.id), stories };
  });
}
