import { type Kysely, type Selectable, sql } from "kysely";
import {
  type Activity,
  type ActivityInput,
  type ActivityKind,
  type ActivityOutcome,
  activityKinds,
  type Channel,
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
  /** The owner's deleted people (few; a partial index finds them). */
  function deletedPeople(ownerId: string) {
    return db
      .selectFrom("people")
      .select("people.id")
      .where("people.owner_id", "=", ownerId)
      .where("people.deleted_at", "is not", null);
  }

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

    /** Live entries of live people by id, in no particular order. */
    async getMany(ownerId: string, ids: readonly string[]): Promise<Activity[]> {
      const found: Activity[] = [];
      // Chunked to stay under both engines' bound-parameter limits.
      for (let start = 0; start < ids.length; start += 500) {
        // By primary key, the person's liveness checked against the few deleted people.
        // The owner is compared as an expression: without statistics SQLite takes an
        // equality on an index's first column for ~10 rows and would scan the owner's
        // whole log by (owner_id, …) instead of looking the ids up.
        const rows = await db
          .selectFrom("activities")
          .selectAll()
          .where(sql`activities.owner_id || ''`, "=", ownerId)
          .where("activities.id", "in", ids.slice(start, start + 500))
          .where("activities.deleted_at", "is", null)
          .where("activities.person_id", "not in", deletedPeople(ownerId))
          .execute();
        found.push(...rows.map(toActivity));
      }
      return found;
    },

    /** How many live entries of live people of each kind were logged after `after` until `until`. */
    async countByKind(
      ownerId: string,
      window: { after: string; until: string },
    ): Promise<Map<ActivityKind, number>> {
      // A sum per kind rather than GROUP BY: the plan stays a range scan of the covering
      // (owner_id, occurred_at, kind, deleted_at, person_id) index on both engines.
      const row = await db
        .selectFrom("activities")
        .select(
          activityKinds.map((kind) =>
            sql<
              number | string
            >`coalesce(sum(case when activities.kind = ${sql.lit(kind)} then 1 else 0 end), 0)`.as(
              kind,
            ),
          ),
        )
        .where("activities.owner_id", "=", ownerId)
        .where("activities.occurred_at", ">", window.after)
        .where("activities.occurred_at", "<=", window.until)
        .where("activities.deleted_at", "is", null)
        .where("activities.person_id", "not in", deletedPeople(ownerId))
        .executeTakeFirst();
      const counts = new Map<ActivityKind, number>();
      for (const kind of activityKinds) {
        const count = Number((row as Record<string, number | string> | undefined)?.[kind] ?? 0);
        if (count > 0) counts.set(kind, count);
      }
      return counts;
    },

    /** When the earliest live entry of a live person of `kind` happened, or null. */
    async firstOfKind(ownerId: string, kind: ActivityKind): Promise<string | null> {
      const row = await live(ownerId)
        .clearSelect()
        .select("activities.occurred_at")
        .where("activities.kind", "=", kind)
        .orderBy("activities.occurred_at")
        .limit(1)
        .executeTakeFirst();
      return row?.occurred_at ?? null;
    },
  };
}
