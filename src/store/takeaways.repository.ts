import type { Kysely, Selectable } from "kysely";
import { type Takeaway, type TakeawayTag, takeawayTags } from "../domain/follow-up/takeaway.js";
import type { Database, TakeawayTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toTakeaway(row: Selectable<TakeawayTable>): Takeaway {
  return {
    id: row.id,
    activityId: row.activity_id,
    personId: row.person_id,
    tag: takeawayTags.find((tag) => tag === row.tag) ?? "advice",
    text: row.text,
    actionDueOn: row.action_due_on,
    actionDoneAt: row.action_done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The takeaways of conversations (METHOD §6): read by follow-up, drafts, reminders and search. */
export function takeawaysRepository(db: Kysely<Database>) {
  const live = (ownerId: string) =>
    db
      .selectFrom("takeaways")
      .selectAll()
      .where("owner_id", "=", ownerId)
      .where("deleted_at", "is", null);
  return {
    /** One conversation's live takeaways, in the order they were written. */
    async listForConversation(ownerId: string, activityId: string): Promise<Takeaway[]> {
      const rows = await live(ownerId)
        .where("activity_id", "=", activityId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toTakeaway);
    },

    /** Every live takeaway of conversations with one person, oldest first. */
    async listForPerson(ownerId: string, personId: string): Promise<Takeaway[]> {
      const rows = await live(ownerId)
        .where("person_id", "=", personId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toTakeaway);
    },

    /** Every live takeaway of the owner (reminder and search rebuilds, insights). */
    async listAll(ownerId: string): Promise<Takeaway[]> {
      const rows = await live(ownerId).orderBy("created_at").orderBy("id").execute();
      return rows.map(toTakeaway);
    },

    async get(
      ownerId: string,
      id: string,
      options: { includeDeleted?: boolean } = {},
    ): Promise<Takeaway | null> {
      let query = db
        .selectFrom("takeaways")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toTakeaway(row) : null;
    },

    async insert(
      ownerId: string,
      id: string,
      takeaway: {
        activityId: string;
        personId: string;
        tag: TakeawayTag;
        text: string;
        actionDueOn: string | null;
      },
      now: string,
    ) {
      await db
        .insertInto("takeaways")
        .values({
          id,
          owner_id: ownerId,
          activity_id: takeaway.activityId,
          person_id: takeaway.personId,
          tag: takeaway.tag,
          text: takeaway.text,
          action_due_on: takeaway.actionDueOn,
          action_done_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    update: (
      ownerId: string,
      id: string,
      values: {
        tag?: TakeawayTag;
        text?: string;
        action_due_on?: string | null;
        action_done_at?: string | null;
      },
      now: string,
    ) => updateLive(db, "takeaways", ownerId, id, values, now),

    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "takeaways", ownerId, id, deletedAt, now),
  };
}
