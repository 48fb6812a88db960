import type { Kysely, Selectable } from "kysely";
import type { Pitch, PitchInput } from "../domain/prepare/preparation.js";
import type { Database, PitchTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";

function toPitch(row: Selectable<PitchTable>): Pitch {
  return {
    id: row.id,
    organizationId: row.organization_id,
    whoIAm: row.who_i_am,
    workIHope: row.work_i_hope,
    learnToday: row.learn_today,
    updatedAt: row.updated_at,
  };
}

type PitchParts = Required<PitchInput>;

function toColumns(parts: PitchParts) {
  return { who_i_am: parts.whoIAm, work_i_hope: parts.workIHope, learn_today: parts.learnToday };
}

export function pitchesRepository(db: Kysely<Database>) {
  return {
    /** The live default pitch (organizationId null) and every live variant of a live organization. */
    async list(ownerId: string): Promise<{
      default: Pitch | null;
      variants: (Pitch & { organizationName: string })[];
    }> {
      const defaults = await db
        .selectFrom("pitches")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .where("organization_id", "is", null)
        .orderBy("created_at")
        .executeTakeFirst();
      const variants = await db
        .selectFrom("pitches")
        .innerJoin("organizations", (join) =>
          join
            .onRef("organizations.id", "=", "pitches.organization_id")
            .onRef("organizations.owner_id", "=", "pitches.owner_id"),
        )
        .selectAll("pitches")
        .select("organizations.name as organization_name")
        .where("pitches.owner_id", "=", ownerId)
        .where("pitches.deleted_at", "is", null)
        .where("organizations.deleted_at", "is", null)
        .orderBy("organizations.name_key")
        .orderBy("pitches.id")
        .execute();
      return {
        default: defaults ? toPitch(defaults) : null,
        variants: variants.map((row) => ({
          ...toPitch(row),
          organizationName: row.organization_name,
        })),
      };
    },

    /** The live pitch for an organization (null: the default). */
    async findLive(ownerId: string, organizationId: string | null): Promise<Pitch | null> {
      let query = db
        .selectFrom("pitches")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null);
      query =
        organizationId === null
          ? query.where("organization_id", "is", null)
          : query.where("organization_id", "=", organizationId);
      const row = await query.orderBy("created_at").executeTakeFirst();
      return row ? toPitch(row) : null;
    },

    async get(
      ownerId: string,
      id: string,
      options: { includeDeleted?: boolean } = {},
    ): Promise<Pitch | null> {
      let query = db
        .selectFrom("pitches")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .where("id", "=", id);
      if (!options.includeDeleted) query = query.where("deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? toPitch(row) : null;
    },

    async insert(
      ownerId: string,
      id: string,
      organizationId: string | null,
      parts: PitchParts,
      now: string,
    ) {
      await db
        .insertInto("pitches")
        .values({
          id,
          owner_id: ownerId,
          organization_id: organizationId,
          ...toColumns(parts),
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    update: (ownerId: string, id: string, parts: PitchParts, now: string) =>
      updateLive(db, "pitches", ownerId, id, toColumns(parts), now),

    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "pitches", ownerId, id, deletedAt, now),
  };
}
