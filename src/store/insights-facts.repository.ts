import { type Kysely, sql } from "kysely";
import { type Channel, channels } from "../domain/activity.js";
import type { PersonEffort } from "../domain/insights/effort.js";
import type { StoreDialect } from "./connect.js";
import { projectionBuilds } from "./projection-builds.js";
import type { Database } from "./schema.js";

/**
 * The insights_facts projection: per person, what Effort needs of their whole log
 * (PersonEffort), so Insights reads one row per person rather than every entry. Written
 * only by services/insights-facts.ts.
 */
export function insightsFactsRepository(db: Kysely<Database>, dialect: StoreDialect) {
  const knownChannels = new Set<string>(channels);
  async function insert(ownerId: string, facts: ReadonlyMap<string, PersonEffort>) {
    const rows = [...facts].map(([personId, fact]) => ({
      owner_id: ownerId,
      person_id: personId,
      furthest: fact.furthest,
      days_to_first_answer: fact.daysToFirstAnswer,
      first_outreach_channel: fact.firstOutreachChannel,
      activity_minutes: JSON.stringify(fact.activityMinutes),
    }));
    // Chunks keep each statement under both engines' bound-parameter limits.
    for (let start = 0; start < rows.length; start += 500) {
      await db
        .insertInto("insights_facts")
        .values(rows.slice(start, start + 500))
        .execute();
    }
  }

  return {
    /** Every stored person's facts (live or not: the caller looks up the people it counts). */
    async listAll(ownerId: string): Promise<Map<string, PersonEffort>> {
      const rows = await db
        .selectFrom("insights_facts")
        .select([
          "person_id",
          "furthest",
          "days_to_first_answer",
          "first_outreach_channel",
          "activity_minutes",
        ])
        .where("owner_id", "=", ownerId)
        .execute();
      return new Map(
        rows.map((row) => [
          row.person_id,
          {
            furthest: Number(row.furthest),
            // A double on both engines (PostgreSQL's real would round it to 7 digits).
            daysToFirstAnswer:
              row.days_to_first_answer === null ? null : Number(row.days_to_first_answer),
            firstOutreachChannel: knownChannels.has(row.first_outreach_channel ?? "")
              ? (row.first_outreach_channel as Channel)
              : null,
            activityMinutes: JSON.parse(row.activity_minutes) as number[],
          },
        ]),
      );
    },

    /** Replaces these people's facts (a person absent from `facts` has none stored). */
    async replaceFor(
      ownerId: string,
      personIds: readonly string[],
      facts: ReadonlyMap<string, PersonEffort>,
    ) {
      if (personIds.length === 0) return;
      await db
        .deleteFrom("insights_facts")
        .where("owner_id", "=", ownerId)
        .where("person_id", "in", [...personIds])
        .execute();
      await insert(ownerId, facts);
    },

    async replaceAll(ownerId: string, facts: ReadonlyMap<string, PersonEffort>) {
      await db.deleteFrom("insights_facts").where("owner_id", "=", ownerId).execute();
      await insert(ownerId, facts);
      // Fresh statistics, as for the reminders (due-actions.repository.ts).
      if (dialect === "postgres") await sql`analyze insights_facts`.execute(db);
    },

    ...projectionBuilds(db, "insights_fact_builds"),
  };
}
