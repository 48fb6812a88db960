import type { Kysely, Selectable } from "kysely";
import type {
  Activity,
  ActivityInput,
  ActivityKind,
  ActivityOutcome,
  Channel,
} from "../domain/activity.js";
import type { ActivityTable, Database } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toActivity(row: Selectable<ActivityTable>): Activity {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind as ActivityKind,
    occurredAt: row.occurred_at,
    channel: row.channel as Channel | null,
    outcome: row.outcome as ActivityOutcome | null,
    withName: row.with_name,
    suggestedPersonId: row.suggested_person_id,
    scheduledFor: row.scheduled_for,
    durationMinutes: row.duration_minutes,
    place: row.place,
    detail: row.detail,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(input: ActivityInput) {
  return {
    kind: input.kind,
    occurred_at: input.occurredAt,
    channel: input.channel,
    outcome: input.outcome,
    with_name: input.withName,
    suggested_person_id: input.suggestedPersonId,
    scheduled_for: input.scheduledFor,
    duration_minutes: input.durationMinutes,
    place: input.place,
    detail: input.detail,
  };
}

export function activitiesRepository(db: Kysely<Database>) {
  function live(ownerId: string) {
    return db
      .selectFrom("activities")
      .innerJoin("people", "people.id", "activities.person_id")
      .selectAll("activities")
      .where("activities.owner_id", "=", ownerId)
      .where("activities.deleted_at", "is", null)
      .where("people.deleted_at", "is", null);
  }

  return {
    /** A person's log, newest first. */
    async listForPerson(ownerId: string, personId: string): Promise<Activity[]> {
      const rows = await live(ownerId)
        .where("activities.person_id", "=", personId)
        .orderBy("activities.occurred_at", "desc")
        .orderBy("activities.created_at", "desc")
        .execute();
      return rows.map(toActivity);
    },

    /** Every live entry of live people, in no particular order, for deriving in bulk. */
    async listAll(ownerId: string): Promise<Activity[]> {
      // Unordered: callers put entries in order with the domain's `chronological`.
      const rows = await live(ownerId).execute();
      return rows.map(toActivity);
    },

    /** Live entries of these kinds only, e.g. the ones conversations are derived from. */
    async listOfKinds(ownerId: string, kinds: readonly ActivityKind[]): Promise<Activity[]> {
      const rows = await live(ownerId)
        .where("activities.kind", "in", [...kinds])
        .execute();
      return rows.map(toActivity);
    },

    async get(ownerId: string, id: string, options: { includeDeleted?: boolean } = {}) {
      let query = db
        .selectFrom("activities")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toActivity(row) : null;
    },

    async insert(ownerId: string, id: string, personId: string, input: ActivityInput, now: string) {
      await db
        .insertInto("activities")
        .values({
          id,
          owner_id: ownerId,
          person_id: personId,
          ...toColumns(input),
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    update: (ownerId: string, id: string, input: ActivityInput, now: string) =>
      updateLive(db, "activities", ownerId, id, toColumns(input), now),

    /** Marks deleted (`now`) or live again (`null`); false when nothing changed. */
    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "activities", ownerId, id, deletedAt, now),

    /**
     * What Today shows beside the cached reminders, without reading every log: the entries
     * reminders due by `dueBy` follow from, entries since `since` (the week's progress), and
     * conversations scheduled from `scheduledFrom` on.
     */
    async listForToday(
      ownerId: string,
      window: { dueBy: string; since: string; scheduledFrom: string },
    ): Promise<Activity[]> {
      const [triggers, recent, scheduled] = await Promise.all([
        // From the reminders to their entries by primary key, not through every entry.
        db
          .selectFrom("due_actions")
          .innerJoin("activities", "activities.id", "due_actions.triggered_by")
          .innerJoin("people", "people.id", "activities.person_id")
          .selectAll("activities")
          .where("due_actions.owner_id", "=", ownerId)
          .where("due_actions.due_at", "<=", window.dueBy)
          .where("activities.owner_id", "=", ownerId)
          .where("activities.deleted_at", "is", null)
          .where("people.deleted_at", "is", null)
          .execute(),
        live(ownerId).where("activities.occurred_at", ">", window.since).execute(),
        live(ownerId)
          .where("activities.kind", "=", "meeting_scheduled")
          .where("activities.scheduled_for", ">=", window.scheduledFrom)
          .execute(),
      ]);
      const byId = new Map<string, Activity>();
      for (const row of [...triggers, ...recent, ...scheduled]) byId.set(row.id, toActivity(row));
      return [...byId.values()];
    },
  };
}
