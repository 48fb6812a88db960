import type { Kysely } from "kysely";
import { type ActivityKind, activityKinds } from "../domain/activity.js";
import type { InsightsEntry, InsightsPerson } from "../domain/insights/insights-data.js";
import { type Stage, stages } from "../domain/stage.js";
import type { Database } from "./schema.js";

/**
 * The rows Insights counts (METHOD §7), read in a few flat queries: live people with their
 * organization's name and interests, and the slim columns of their live log. Every figure is
 * worked out by the domain from these; nothing here aggregates.
 */
const compareText = (first: string, second: string) =>
  first < second ? -1 : first > second ? 1 : 0;

export function insightsRepository(db: Kysely<Database>) {
  return {
    async people(ownerId: string): Promise<InsightsPerson[]> {
      const [rows, tags] = await Promise.all([
        db
          .selectFrom("people")
          .leftJoin("organizations", "organizations.id", "people.organization_id")
          .select([
            "people.id",
            "people.name",
            "organizations.name as organization_name",
            "people.source",
            "people.location",
            "people.referred_by_id",
            "people.stage",
            "people.created_at",
          ])
          .where("people.owner_id", "=", ownerId)
          .where("people.deleted_at", "is", null)
          // A fixed order, so lists drawn in it (the network's nodes) are the same every time.
          .orderBy("people.created_at")
          .orderBy("people.id")
          .execute(),
        db
          .selectFrom("person_targets")
          .select(["person_id", "target_id"])
          .where("owner_id", "=", ownerId)
          .execute(),
      ]);
      const targetIds = new Map<string, string[]>();
      for (const tag of tags) {
        const list = targetIds.get(tag.person_id);
        if (list) list.push(tag.target_id);
        else targetIds.set(tag.person_id, [tag.target_id]);
      }
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        organizationName: row.organization_name ?? null,
        source: row.source,
        location: row.location,
        referredById: row.referred_by_id,
        targetIds: targetIds.get(row.id) ?? [],
        stage: stages.find((stage) => stage === row.stage) ?? ("identified" as Stage),
        createdAt: row.created_at,
      }));
    },

    /**
     * Every live entry of live people, oldest first (the domain orders each log itself); or
     * only those of `kinds`, or only those that happen (or, for a booking, take place) from
     * `near.from` to before `near.to` (instants as ISO text: give a margin, the domain
     * narrows exactly).
     */
    async entries(
      ownerId: string,
      only: { kinds?: readonly ActivityKind[]; near?: { from?: string; to?: string } } = {},
    ): Promise<InsightsEntry[]> {
      let query = db
        .selectFrom("activities")
        .innerJoin("people", "people.id", "activities.person_id")
        .select([
          "activities.id",
          "activities.person_id",
          "activities.kind",
          "activities.outcome",
          "activities.channel",
          "activities.occurred_at",
          "activities.created_at",
          "activities.scheduled_for",
        ])
        .where("activities.owner_id", "=", ownerId)
        .where("activities.deleted_at", "is", null)
        .where("people.deleted_at", "is", null);
      const { kinds, near } = only;
      if (kinds) query = query.where("activities.kind", "in", [...kinds]);
      if (near?.from || near?.to) {
        const { from, to } = near;
        query = query.where((where) => {
          const inRange = (column: "activities.occurred_at" | "activities.scheduled_for") =>
            where.and([
              ...(from ? [where(column, ">=", from)] : []),
              ...(to ? [where(column, "<", to)] : []),
            ]);
          return where.or([
            inRange("activities.occurred_at"),
            where.and([
              where("activities.kind", "=", "meeting_scheduled"),
              inRange("activities.scheduled_for"),
            ]),
          ]);
        });
      }
      // The whole log comes in time order off its index; a part is found by kind or time
      // and put in order here (ordering in the query would walk every entry by time).
      const whole = !kinds && !near?.from && !near?.to;
      const rows = await (whole
        ? query.orderBy("activities.occurred_at").orderBy("activities.id")
        : query
      ).execute();
      if (!whole)
        rows.sort(
          (first, second) =>
            compareText(first.occurred_at, second.occurred_at) || compareText(first.id, second.id),
        );
      const known = new Set<string>(activityKinds);
      return rows
        .filter((row) => known.has(row.kind))
        .map((row) => ({
          id: row.id,
          personId: row.person_id,
          kind: row.kind as ActivityKind,
          outcome: row.outcome as InsightsEntry["outcome"],
          channel: row.channel as InsightsEntry["channel"],
          occurredAt: row.occurred_at,
          createdAt: row.created_at,
          scheduledFor: row.scheduled_for,
        }));
    },

    /**
     * How much there is, for the page's empty states (not a figure: those are counted by the
     * domain): live people, held conversations of live people, takeaways of a live
     * conversation of a live person (as Themes counts them).
     */
    async counts(
      ownerId: string,
    ): Promise<{ people: number; conversationsHeld: number; takeaways: number }> {
      const livePeople = db
        .selectFrom("people")
        .select("people.id")
        .where("people.owner_id", "=", ownerId)
        .where("people.deleted_at", "is", null);
      const [people, held, takeaways] = await Promise.all([
        livePeople
          .clearSelect()
          .select((builder) => builder.fn.countAll<number>().as("count"))
          .executeTakeFirst(),
        db
          .selectFrom("activities")
          .select((builder) => builder.fn.countAll<number>().as("count"))
          .where("owner_id", "=", ownerId)
          .where("deleted_at", "is", null)
          .where("kind", "=", "conversation_held")
          .where("person_id", "in", livePeople)
          .executeTakeFirst(),
        db
          .selectFrom("takeaways")
          .select((builder) => builder.fn.countAll<number>().as("count"))
          .where("owner_id", "=", ownerId)
          .where("deleted_at", "is", null)
          .where("activity_id", "in", (sub) =>
            sub
              .selectFrom("activities")
              .select("id")
              .where("owner_id", "=", ownerId)
              .where("deleted_at", "is", null)
              .where("kind", "=", "meeting_scheduled")
              .where("person_id", "in", livePeople),
          )
          .executeTakeFirst(),
      ]);
      return {
        people: Number(people?.count ?? 0),
        conversationsHeld: Number(held?.count ?? 0),
        takeaways: Number(takeaways?.count ?? 0),
      };
    },
  };
}
