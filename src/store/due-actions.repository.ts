import { type Kysely, sql } from "kysely";
import {
  type ActionGroup,
  type CadencePerson,
  type DueAction,
  type DueReason,
  groupOfReason,
  type PendingAction,
  writtenActivityKinds,
} from "../domain/cadence.js";
import type { Routine } from "../domain/cadence-settings.js";
import type { StoreDialect } from "./connect.js";
import { projectionBuilds } from "./projection-builds.js";
import type { Database } from "./schema.js";

/** A cached reminder and, for "contact someone suggested", whose log suggested the person. */
export interface CachedAction extends PendingAction {
  sourcePersonId: string | null;
}

/** Today's page of the cache: each bucket's shown rows, with how many the bucket holds. */
export interface TodayPageRows {
  actions: DueAction[];
  /** By group (and "coming_up"): how many there are, and how many of them are overdue. */
  totals: Map<ActionGroup | "coming_up", { total: number; overdue: number }>;
}

function toPending(row: {
  key: string;
  person_id: string;
  reason: string;
  due_at: string;
  overdue_at: string | null;
  triggered_by: string | null;
  conversation_at: string | null;
}): PendingAction {
  return {
    key: row.key,
    personId: row.person_id,
    reason: row.reason as DueReason,
    dueAt: row.due_at,
    overdueAt: row.overdue_at,
    triggeredBy: row.triggered_by,
    conversationAt: row.conversation_at,
  };
}

/** The cache of pending reminders per person; only services/due-actions.ts writes it. */
export function dueActionsRepository(db: Kysely<Database>, dialect: StoreDialect) {
  /** The cached reminders of the owner's live people, as `toPending` reads them. */
  const livePending = (ownerId: string) =>
    db
      .selectFrom("due_actions")
      .innerJoin("people", "people.id", "due_actions.person_id")
      .select([
        "due_actions.key",
        "due_actions.person_id",
        "due_actions.reason",
        "due_actions.due_at",
        "due_actions.overdue_at",
        "due_actions.triggered_by",
        "due_actions.conversation_at",
      ])
      .where("due_actions.owner_id", "=", ownerId)
      .where("people.deleted_at", "is", null);

  /** The owner's deleted people (few; a partial index finds them). */
  const deletedPeople = (ownerId: string) =>
    db
      .selectFrom("people")
      .select("people.id")
      .where("people.owner_id", "=", ownerId)
      .where("people.deleted_at", "is not", null);

  async function insert(ownerId: string, actions: readonly CachedAction[]) {
    const rows = actions.map((action) => ({
      owner_id: ownerId,
      key: action.key,
      person_id: action.personId,
      reason: action.reason,
      due_at: action.dueAt,
      overdue_at: action.overdueAt,
      triggered_by: action.triggeredBy,
      conversation_at: action.conversationAt,
      source_person_id: action.sourcePersonId,
    }));
    // Chunks keep each statement under both engines' bound-parameter limits.
    for (let start = 0; start < rows.length; start += 500) {
      await db
        .insertInto("due_actions")
        .values(rows.slice(start, start + 500))
        .execute();
    }
  }

  return {
    /** Live people as the cadence sees them; all of them, or just `ids`. */
    async cadencePeople(ownerId: string, ids?: readonly string[]): Promise<CadencePerson[]> {
      if (ids?.length === 0) return [];
      // A deleted organization counts as none, as on the person page.
      let query = db
        .selectFrom("people")
        .leftJoin("organizations", (join) =>
          join
            .onRef("organizations.id", "=", "people.organization_id")
            .on("organizations.deleted_at", "is", null),
        )
        .select([
          "people.id",
          "organizations.id as organization_id",
          "people.referred_by_id",
          "people.created_at",
          "people.routine",
          "people.keep_in_touch_months",
        ])
        .where("people.owner_id", "=", ownerId)
        .where("people.deleted_at", "is", null);
      if (ids) query = query.where("people.id", "in", [...ids]);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: row.id,
        organizationId: row.organization_id,
        referredById: row.referred_by_id,
        createdAt: row.created_at,
        routine: (row.routine ?? null) as Routine | null,
        keepInTouchMonths: row.keep_in_touch_months ?? null,
      }));
    },

    /** The earliest live entry in a live person's log that suggested `personId`, if any. */
    async firstSuggestion(
      ownerId: string,
      personId: string,
    ): Promise<{ at: string; by: string } | null> {
      const row = await db
        .selectFrom("activities")
        .innerJoin("people", "people.id", "activities.person_id")
        .select(["activities.occurred_at as at", "activities.person_id as by"])
        .where("activities.owner_id", "=", ownerId)
        .where("activities.suggested_person_id", "=", personId)
        .where("activities.deleted_at", "is", null)
        .where("people.deleted_at", "is", null)
        .orderBy("activities.occurred_at")
        .orderBy("activities.created_at")
        .limit(1)
        .executeTakeFirst();
      return row ?? null;
    },

    /**
     * When the explorer last wrote (letter, e-mail, networking message) to anyone else at
     * this person's organization: the 3B7 second contact. Live entries of live people only.
     */
    async colleagueWrittenAt(ownerId: string, personId: string): Promise<string | null> {
      const row = await db
        .selectFrom("people as person")
        .innerJoin("organizations", (join) =>
          join
            .onRef("organizations.id", "=", "person.organization_id")
            .on("organizations.deleted_at", "is", null),
        )
        .innerJoin("people as colleague", "colleague.organization_id", "person.organization_id")
        .innerJoin("activities", "activities.person_id", "colleague.id")
        .select((select) => select.fn.max("activities.occurred_at").as("at"))
        .where("person.owner_id", "=", ownerId)
        .where("person.id", "=", personId)
        .where("colleague.owner_id", "=", ownerId)
        .where("colleague.id", "<>", personId)
        .where("colleague.deleted_at", "is", null)
        .where("activities.owner_id", "=", ownerId)
        .where("activities.deleted_at", "is", null)
        .where("activities.kind", "in", [...writtenActivityKinds])
        .executeTakeFirst();
      return row?.at ?? null;
    },

    /** The organization a person is (or, once deleted, was) at. */
    async organizationOf(ownerId: string, personId: string): Promise<string | null> {
      const row = await db
        .selectFrom("people")
        .select("organization_id")
        .where("owner_id", "=", ownerId)
        .where("id", "=", personId)
        .executeTakeFirst();
      return row?.organization_id ?? null;
    },

    /**
     * Live people at an organization still waiting for an answer: those whose 3B7 second
     * contact depends on what is written to their colleagues.
     */
    async askingAt(ownerId: string, organizationId: string): Promise<string[]> {
      const rows = await db
        .selectFrom("people")
        .select("id")
        .where("owner_id", "=", ownerId)
        .where("organization_id", "=", organizationId)
        .where("deleted_at", "is", null)
        .where("stage", "in", ["contacted", "following_up"])
        .execute();
      return rows.map((row) => row.id);
    },

    /** People whose cached "contact" reminder came from `sourcePersonId`'s log. */
    async suggestedBy(ownerId: string, sourcePersonId: string): Promise<string[]> {
      // Made distinct here: asked for DISTINCT, SQLite walks the (owner_id, person_id) index
      // for its order instead of looking the source up in (owner_id, source_person_id).
      const rows = await db
        .selectFrom("due_actions")
        .select("person_id")
        .where("owner_id", "=", ownerId)
        .where("source_person_id", "=", sourcePersonId)
        .execute();
      return [...new Set(rows.map((row) => row.person_id))];
    },

    async replaceForPeople(
      ownerId: string,
      personIds: readonly string[],
      actions: readonly CachedAction[],
    ) {
      if (personIds.length === 0) return;
      await db
        .deleteFrom("due_actions")
        .where("owner_id", "=", ownerId)
        .where("person_id", "in", [...personIds])
        .execute();
      await insert(ownerId, actions);
    },

    async replaceAll(ownerId: string, actions: readonly CachedAction[]) {
      await db.deleteFrom("due_actions").where("owner_id", "=", ownerId).execute();
      await insert(ownerId, actions);
      // Fresh statistics: without them PostgreSQL takes a table it has not yet analyzed for
      // a one-row table and joins it by nested loops (800 ms instead of 30 at 700 rows).
      // SQLite plans well without statistics, and worse with statistics on one table only.
      if (dialect === "postgres") await sql`analyze due_actions`.execute(db);
    },

    /** A live person's cached reminders. */
    async forPerson(ownerId: string, personId: string): Promise<PendingAction[]> {
      const rows = await livePending(ownerId)
        .where("due_actions.person_id", "=", personId)
        .execute();
      return rows.map(toPending);
    },

    /** Cached reminders of live people due by `until`. */
    async dueBy(ownerId: string, until: string): Promise<PendingAction[]> {
      const rows = await livePending(ownerId).where("due_actions.due_at", "<=", until).execute();
      return rows.map(toPending);
    },

    /**
     * Today's reminders: those `activeActions` keeps at `now` (not dismissed, not snoozed
     * past now, due by `horizon`, a conversation's reminders on their side of its start),
     * bucketed by group (or "coming_up" when not yet due), the first `shown` of each most
     * pressing first (the domain's `byUrgency` / `bySoonest`), with each bucket's counts.
     * One grouped count, then one bounded read per bucket with something in it, each a range
     * of the (owner_id, reason, due_at, …) index: no sort of the whole agenda, which a
     * window function over it costs (10,000 people: 18,000 reminders).
     */
    async todayPage(
      ownerId: string,
      window: {
        now: string;
        horizon: string;
        shown: (bucket: ActionGroup | "coming_up") => number;
      },
    ): Promise<TodayPageRows> {
      const { now, horizon } = window;
      // Ties sort by code point on both engines, as the domain's compareInstants does.
      const binary = dialect === "postgres" ? sql` collate "C"` : sql``;
      const overdue = sql<number>`case when due_actions.due_at <= ${now} and due_actions.overdue_at <= ${now} then 1 else 0 end`;
      // Deleted people and hidden reminders are few: each is a small set the scan checks.
      const active = db
        .selectFrom("due_actions")
        .where("due_actions.owner_id", "=", ownerId)
        .where("due_actions.person_id", "not in", deletedPeople(ownerId))
        .where(
          "due_actions.key",
          "not in",
          db
            .selectFrom("action_states")
            .select("action_states.key")
            .where("action_states.owner_id", "=", ownerId)
            .where((where) =>
              where.or([
                where("action_states.dismissed_at", "is not", null),
                where("action_states.snoozed_until", ">", now),
              ]),
            ),
        )
        .where(
          sql<boolean>`(case when due_actions.reason = 'did_it_happen'
            then due_actions.conversation_at is null or due_actions.conversation_at <= ${now}
            else due_actions.conversation_at is null or due_actions.conversation_at > ${now} end)`,
        );
      const counts = await active
        .select([
          "due_actions.reason",
          sql<number | string>`case when due_actions.due_at > ${now} then 1 else 0 end`.as("later"),
          (select) => select.fn.countAll<number | string>().as("total"),
          sql<number | string>`sum(${overdue})`.as("overdue"),
        ])
        .where("due_actions.due_at", "<=", horizon)
        .groupBy(["due_actions.reason", "later"])
        .execute();
      const totals: TodayPageRows["totals"] = new Map();
      for (const row of counts) {
        const bucket = Number(row.later) ? "coming_up" : groupOfReason[row.reason as DueReason];
        const sum = totals.get(bucket) ?? { total: 0, overdue: 0 };
        totals.set(bucket, {
          total: sum.total + Number(row.total),
          overdue: sum.overdue + Number(row.overdue),
        });
      }
      const columns = [
        "due_actions.key",
        "due_actions.person_id",
        "due_actions.reason",
        "due_actions.due_at",
        "due_actions.overdue_at",
        "due_actions.triggered_by",
        "due_actions.conversation_at",
      ] as const;
      // Each bucket's first rows, most pressing first: one read (UNION ALL of bounded
      // reads), so PostgreSQL plans and answers once rather than once a group.
      const arm = (bucket: ActionGroup | "coming_up") => {
        if (bucket === "coming_up")
          return active
            .select(columns)
            .select([sql<number>`0`.as("overdue"), sql<string>`${sql.lit(bucket)}`.as("bucket")])
            .where("due_actions.due_at", ">", now)
            .where("due_actions.due_at", "<=", horizon)
            .orderBy(sql`due_actions.due_at${binary}`)
            .orderBy(sql`due_actions.key${binary}`)
            .limit(window.shown(bucket));
        const reasons = (Object.keys(groupOfReason) as DueReason[]).filter(
          (reason) => groupOfReason[reason] === bucket,
        );
        return active
          .select(columns)
          .select([overdue.as("overdue"), sql<string>`${sql.lit(bucket)}`.as("bucket")])
          .where("due_actions.reason", "in", reasons)
          .where("due_actions.due_at", "<=", now)
          .orderBy("overdue", "desc")
          .orderBy(sql`due_actions.due_at${binary}`)
          .orderBy(sql`due_actions.key${binary}`)
          .limit(window.shown(bucket));
      };
      const [first, ...others] = [...totals.keys()].map((bucket, index) =>
        db.selectFrom(arm(bucket).as(`bucket_${index}`)).selectAll(),
      );
      let read = first;
      for (const other of others) read = read?.unionAll(other);
      const rows = read ? await read.execute() : [];
      const actions: DueAction[] = [];
      for (const row of rows) {
        const bucket = row.bucket as ActionGroup | "coming_up";
        const reason = row.reason as DueReason;
        actions.push({
          key: row.key,
          personId: row.person_id,
          reason,
          dueAt: row.due_at,
          overdueAt: row.overdue_at,
          triggeredBy: row.triggered_by,
          conversationAt: row.conversation_at,
          group: groupOfReason[reason],
          state: bucket === "coming_up" ? "upcoming" : Number(row.overdue) ? "overdue" : "due",
        });
      }
      return { actions, totals };
    },

    /**
     * Conversations booked from `after` to `until` that nothing has closed: the cache's
     * "did it happen?" reminders, one per open booking (as `deriveConversations` finds
     * them), the first `limit` soonest first, and how many there are.
     */
    async openBookings(
      ownerId: string,
      window: { after: string; until: string; limit: number },
    ): Promise<{ bookingIds: string[]; total: number }> {
      const binary = dialect === "postgres" ? sql` collate "C"` : sql``;
      const open = db
        .selectFrom("due_actions")
        .where("due_actions.owner_id", "=", ownerId)
        .where("due_actions.reason", "=", "did_it_happen")
        .where("due_actions.due_at", ">", window.after)
        .where("due_actions.due_at", "<=", window.until)
        .where("due_actions.person_id", "not in", deletedPeople(ownerId));
      const [rows, count] = await Promise.all([
        open
          .select("due_actions.triggered_by")
          // A "did it happen?" falls due at the conversation's start.
          .orderBy(sql`due_actions.due_at${binary}`)
          .orderBy(sql`due_actions.triggered_by${binary}`)
          .limit(window.limit)
          .execute(),
        open
          .select((select) => select.fn.countAll<number | string>().as("total"))
          .executeTakeFirst(),
      ]);
      return {
        bookingIds: rows.flatMap((row) => (row.triggered_by ? [row.triggered_by] : [])),
        total: Number(count?.total ?? 0),
      };
    },

    /** The rules version and settings the owner's cache was built with, or null. */
    ...projectionBuilds(db, "due_action_builds"),
  };
}
