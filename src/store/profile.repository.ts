import { type Kysely, sql } from "kysely";
import type {
  LocationFlexibility,
  Profile,
  ProfileInput,
  Target,
  TargetInput,
  TargetKind,
} from "../domain/profile.js";
import type { Database } from "./schema.js";

export function profileRepository(db: Kysely<Database>) {
  return {
    /** The explorer's profile; an empty one before they have filled anything in. */
    async get(ownerId: string): Promise<Profile> {
      const row = await db
        .selectFrom("profiles")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .executeTakeFirst();
      return {
        name: row?.name ?? null,
        schoolOrRole: row?.school_or_role ?? null,
        searchStatus: (row?.search_status ?? null) as Profile["searchStatus"],
        phone: row?.phone ?? null,
        email: row?.email ?? null,
        welcomeDoneAt: row?.welcome_done_at ?? null,
      };
    },

    async save(
      ownerId: string,
      input: ProfileInput & { welcomeDoneAt?: string | null },
      now: string,
    ) {
      const current = await this.get(ownerId);
      const values = {
        name: input.name,
        school_or_role: input.schoolOrRole,
        search_status: input.searchStatus,
        phone: input.phone,
        email: input.email,
        welcome_done_at:
          input.welcomeDoneAt === undefined ? current.welcomeDoneAt : input.welcomeDoneAt,
        updated_at: now,
      };
      // Upsert written the same way on both dialects (ON CONFLICT is shared syntax).
      await db
        .insertInto("profiles")
        .values({ owner_id: ownerId, ...values })
        .onConflict((conflict) => conflict.column("owner_id").doUpdateSet(values))
        .execute();
    },

    async listTargets(ownerId: string): Promise<Target[]> {
      const rows = await db
        .selectFrom("targets")
        .selectAll()
        .where("owner_id", "=", ownerId)
        .orderBy("kind")
        .orderBy("position")
        .orderBy(sql`lower(label)`)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind as TargetKind,
        label: row.label,
        flexibility: row.flexibility as LocationFlexibility | null,
      }));
    },

    async findTargetId(ownerId: string, kind: TargetKind, label: string): Promise<string | null> {
      const row = await db
        .selectFrom("targets")
        .select("id")
        .where("owner_id", "=", ownerId)
        .where("kind", "=", kind)
        .where(sql`lower(label)`, "=", label.toLowerCase())
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async insertTarget(
      ownerId: string,
      id: string,
      input: TargetInput,
      position: number,
      now: string,
    ) {
      await db
        .insertInto("targets")
        .values({ id, owner_id: ownerId, ...input, position, created_at: now })
        .execute();
    },

    async updateTarget(ownerId: string, id: string, input: TargetInput) {
      const result = await db
        .updateTable("targets")
        .set(input)
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Removes a target and every tag that pointed at it. */
    async deleteTarget(ownerId: string, id: string) {
      await db
        .deleteFrom("person_targets")
        .where("owner_id", "=", ownerId)
        .where("target_id", "=", id)
        .execute();
      await db
        .deleteFrom("organization_targets")
        .where("owner_id", "=", ownerId)
        .where("target_id", "=", id)
        .execute();
      const result = await db
        .deleteFrom("targets")
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
