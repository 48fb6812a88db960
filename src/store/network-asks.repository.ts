import type { Kysely, Selectable } from "kysely";
import type { NetworkAsk, NetworkAskInput } from "../domain/network.js";
import type { Database, NetworkAskTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toNetworkAsk(row: Selectable<NetworkAskTable>, suggestedPersonIds: string[]): NetworkAsk {
  return {
    id: row.id,
    personId: row.person_id,
    askedAt: row.asked_at,
    question: row.question,
    outcome: row.outcome,
    suggestedPersonIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(input: NetworkAskInput) {
  return { asked_at: input.askedAt, question: input.question, outcome: input.outcome };
}

export function networkAsksRepository(db: Kysely<Database>) {
  async function suggestionsOf(ownerId: string, askIds: string[]) {
    const byAsk = new Map<string, string[]>();
    if (askIds.length === 0) return byAsk;
    const rows = await db
      .selectFrom("people")
      .select(["id", "network_ask_id"])
      .where("owner_id", "=", ownerId)
      .where("deleted_at", "is", null)
      .where("network_ask_id", "in", askIds)
      .orderBy("created_at")
      .execute();
    for (const row of rows) {
      if (row.network_ask_id)
        byAsk.set(row.network_ask_id, [...(byAsk.get(row.network_ask_id) ?? []), row.id]);
    }
    return byAsk;
  }

  async function withSuggestions(ownerId: string, rows: Selectable<NetworkAskTable>[]) {
    const suggestions = await suggestionsOf(
      ownerId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toNetworkAsk(row, suggestions.get(row.id) ?? []));
  }

  return {
    /** Asks made of one person, newest first; or every ask when no person is given. */
    async list(ownerId: string, personId?: string): Promise<NetworkAsk[]> {
      let query = db
        .selectFrom("network_asks")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null);
      if (personId) query = query.where("person_id", "=", personId);
      return withSuggestions(ownerId, await query.orderBy("asked_at", "desc").execute());
    },

    async get(ownerId: string, id: string): Promise<NetworkAsk | null> {
      const row = await db
        .selectFrom("network_asks")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      return row ? ((await withSuggestions(ownerId, [row]))[0] ?? null) : null;
    },

    async insert(
      ownerId: string,
      id: string,
      personId: string,
      input: NetworkAskInput,
      now: string,
    ) {
      await db
        .insertInto("network_asks")
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

    update: (ownerId: string, id: string, input: NetworkAskInput, now: string) =>
      updateLive(db, "network_asks", ownerId, id, toColumns(input), now),

    /** Marks deleted (`now`) or live again (`null`); false when nothing changed. */
    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "network_asks", ownerId, id, deletedAt, now),

    /** Records that a person came from this ask (set when the suggestion becomes a person). */
    async linkSuggestedPerson(ownerId: string, askId: string, personId: string) {
      await db
        .updateTable("people")
        .set({ network_ask_id: askId })
        .where("owner_id", "=", ownerId)
        .where("id", "=", personId)
        .execute();
    },
  };
}
