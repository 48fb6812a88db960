import type { Kysely, Selectable } from "kysely";
import type { Story } from "../domain/prepare/preparation.js";
import type { Database, StoryTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toStory(row: Selectable<StoryTable>): Story {
  let tags: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.tags);
    // Written only through storyInputSchema (or a checked backup): a list of strings.
    if (Array.isArray(parsed)) tags = parsed.map(String);
  } catch {
    tags = [];
  }
  return {
    id: row.id,
    title: row.title,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface StoryColumns {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  tags: string[];
}

function toColumns(story: Partial<StoryColumns>) {
  const { tags, ...rest } = story;
  return { ...rest, ...(tags === undefined ? {} : { tags: JSON.stringify(tags) }) };
}

export function storiesRepository(db: Kysely<Database>) {
  return {
    /** Live stories, newest first. */
    async list(ownerId: string): Promise<Story[]> {
      const rows = await db
        .selectFrom("stories")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return rows.map(toStory);
    },

    async get(
      ownerId: string,
      id: string,
      options: { includeDeleted?: boolean } = {},
    ): Promise<Story | null> {
      let query = db
        .selectFrom("stories")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toStory(row) : null;
    },

    async insert(ownerId: string, id: string, story: StoryColumns, now: string) {
      await db
        .insertInto("stories")
        .values({
          id,
          owner_id: ownerId,
          title: story.title,
          situation: story.situation,
          task: story.task,
          action: story.action,
          result: story.result,
          tags: JSON.stringify(story.tags),
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    update: (ownerId: string, id: string, story: Partial<StoryColumns>, now: string) =>
      updateLive(db, "stories", ownerId, id, toColumns(story), now),

    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "stories", ownerId, id, deletedAt, now),

    /** The live stories picked for a conversation, in the order they were picked. */
    async picked(ownerId: string, activityId: string): Promise<Story[]> {
      const rows = await db
        .selectFrom("preparation_stories")
        .innerJoin("stories", (join) =>
          join
            .onRef("stories.id", "=", "preparation_stories.story_id")
            .onRef("stories.owner_id", "=", "preparation_stories.owner_id"),
        )
        .selectAll("stories")
        .where("preparation_stories.owner_id", "=", ownerId)
        .where("preparation_stories.activity_id", "=", activityId)
        .where("preparation_stories.deleted_at", "is", null)
        .where("stories.deleted_at", "is", null)
        .orderBy("preparation_stories.created_at")
        .orderBy("preparation_stories.id")
        .execute();
      return rows.map(toStory);
    },

    /**
     * Replaces a conversation's picks. The table has no position column, so each pick's
     * created_at is the save's instant plus its place in milliseconds: ordering by it keeps
     * the order given, and a backup carries it as it is.
     */
    async replacePicks(
      ownerId: string,
      activityId: string,
      picks: readonly { id: string; storyId: string }[],
      now: Date,
    ) {
      await db
        .deleteFrom("preparation_stories")
        .where("owner_id", "=", ownerId)
        .where("activity_id", "=", activityId)
        .execute();
      if (picks.length === 0) return;
      const stamp = now.toISOString();
      await db
        .insertInto("preparation_stories")
        .values(
          picks.map((pick, index) => ({
            id: pick.id,
            owner_id: ownerId,
            activity_id: activityId,
            story_id: pick.storyId,
            created_at: new Date(now.getTime() + index).toISOString(),
            updated_at: stamp,
          })),
        )
        .execute();
    },
  };
}
