import type { Kysely, Selectable } from "kysely";
import type { Trip, TripInput } from "../domain/trip.js";
import type { Database, TripTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toTrip(row: Selectable<TripTable>): Trip {
  return {
    id: row.id,
    place: row.place,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(input: TripInput) {
  return {
    place: input.place,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    note: input.note,
  };
}

export function tripsRepository(db: Kysely<Database>) {
  return {
    /** Live trips in date order (earliest first). */
    async list(ownerId: string): Promise<Trip[]> {
      const rows = await db
        .selectFrom("trips")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .orderBy("starts_on")
        .orderBy("ends_on")
        .orderBy("id")
        .execute();
      return rows.map(toTrip);
    },

    async get(ownerId: string, id: string): Promise<Trip | null> {
      const row = await db
        .selectFrom("trips")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      return row ? toTrip(row) : null;
    },

    async insert(ownerId: string, id: string, input: TripInput, now: string) {
      await db
        .insertInto("trips")
        .values({
          id,
          owner_id: ownerId,
          ...toColumns(input),
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    /** False when there is no live trip with this id. */
    update: (ownerId: string, id: string, input: TripInput, now: string) =>
      updateLive(db, "trips", ownerId, id, toColumns(input), now),

    /** Marks deleted (`now`) or live again (`null`); false when nothing changed. */
    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "trips", ownerId, id, deletedAt, now),
  };
}

export type TripsRepository = ReturnType<typeof tripsRepository>;
