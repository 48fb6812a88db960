import { type Kysely, type Selectable, sql } from "kysely";
import type { Organization, OrganizationInput } from "../domain/organization.js";
import type { Database, OrganizationTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";
import { organizationKeys } from "./stored-keys.js";

type OrganizationRow = Selectable<OrganizationTable> & { people_count: number | string };

function toOrganization(row: OrganizationRow, targetIds: string[]): Organization {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    industry: row.industry,
    locations: JSON.parse(row.locations) as string[],
    mission: row.mission,
    notes: row.notes,
    targetIds,
    // PostgreSQL returns count() as a string (bigint); SQLite as a number.
    peopleCount: Number(row.people_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(input: Omit<OrganizationInput, "targetIds">) {
  return {
    name: input.name,
    ...organizationKeys(input),
    website: input.website,
    industry: input.industry,
    locations: JSON.stringify(input.locations),
    mission: input.mission,
    notes: input.notes,
  };
}

export function organizationsRepository(db: Kysely<Database>) {
  function selectOrganizations(ownerId: string) {
    return db
      .selectFrom("organizations")
      .selectAll("organizations")
      .select((builder) =>
        builder
          .selectFrom("people")
          // owner_id first lets the (owner_id, organization_id) index serve the count.
          .whereRef("people.owner_id", "=", "organizations.owner_id")
          .whereRef("people.organization_id", "=", "organizations.id")
          .where("people.deleted_at", "is", null)
          .select((count) => count.fn.countAll().as("count"))
          .as("people_count"),
      )
      .where("organizations.owner_id", "=", ownerId);
  }

  async function withTargets(ownerId: string, rows: OrganizationRow[]): Promise<Organization[]> {
    const byOrganization = new Map<string, string[]>();
    for (let start = 0; start < rows.length; start += 500) {
      const links = await db
        .selectFrom("organization_targets")
        .select(["organization_id", "target_id"])
        .where("owner_id", "=", ownerId)
        .where(
          "organization_id",
          "in",
          rows.slice(start, start + 500).map((row) => row.id),
        )
        .execute();
      for (const link of links) {
        byOrganization.set(link.organization_id, [
          ...(byOrganization.get(link.organization_id) ?? []),
          link.target_id,
        ]);
      }
    }
    return rows.map((row) => toOrganization(row, (byOrganization.get(row.id) ?? []).sort()));
  }

  /** The live organization with this name (its key: case, spacing, Unicode forms folded). */
  async function findIdByName(ownerId: string, name: string): Promise<string | null> {
    const row = await db
      .selectFrom("organizations")
      .select("id")
      .where("owner_id", "=", ownerId)
      .where("deleted_at", "is", null)
      .where("name_key", "=", organizationKeys({ name }).name_key)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  return {
    /** Replaces an organization's tags; the service has checked the ids belong to the owner. */
    async setTargets(ownerId: string, organizationId: string, targetIds: string[]) {
      await db
        .deleteFrom("organization_targets")
        .where("owner_id", "=", ownerId)
        .where("organization_id", "=", organizationId)
        .execute();
      if (targetIds.length > 0) {
        await db
          .insertInto("organization_targets")
          .values(
            targetIds.map((targetId) => ({
              owner_id: ownerId,
              organization_id: organizationId,
              target_id: targetId,
            })),
          )
          .execute();
      }
    },

    async list(ownerId: string): Promise<Organization[]> {
      const rows = await selectOrganizations(ownerId)
        .where("organizations.deleted_at", "is", null)
        .orderBy(sql`lower(organizations.name)`)
        .execute();
      return withTargets(ownerId, rows as OrganizationRow[]);
    },

    /** A live organization, or a deleted one when asked (for undo). */
    async get(ownerId: string, id: string, options: { includeDeleted?: boolean } = {}) {
      let query = selectOrganizations(ownerId).where("organizations.id", "=", id);
      if (!options.includeDeleted) query = query.where("organizations.deleted_at", "is", null);
      const row = await query.executeTakeFirst();
      return row ? ((await withTargets(ownerId, [row as OrganizationRow]))[0] ?? null) : null;
    },

    /** Live organizations' ids by name key (nameKey), for matching many names at once. */
    async idsByName(ownerId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom("organizations")
        .select(["id", "name_key"])
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .execute();
      return new Map(rows.map((row) => [row.name_key, row.id]));
    },

    findIdByName,

    /**
     * Inserts the organization unless a live one has its name already, in one atomic
     * statement (ON CONFLICT on the unique name key), so two writers adding the same new
     * name at once both succeed with one row. Returns the id now holding the name.
     */
    async insertUnlessNamed(
      ownerId: string,
      id: string,
      input: Omit<OrganizationInput, "targetIds">,
      now: string,
    ): Promise<{ id: string; inserted: boolean }> {
      // The holder of the name may be deleted between the two statements; try again then.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const result = await db
          .insertInto("organizations")
          .values({ id, owner_id: ownerId, ...toColumns(input), created_at: now, updated_at: now })
          .onConflict((conflict) =>
            conflict.columns(["owner_id", "name_key"]).where("deleted_at", "is", null).doNothing(),
          )
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return { id, inserted: true };
        // Read committed (PostgreSQL): this statement sees the row the other writer committed.
        const holder = await findIdByName(ownerId, input.name);
        if (holder) return { id: holder, inserted: false };
      }
      throw new Error(`The organization name "${input.name}" kept changing hands; try again`);
    },

    update: (ownerId: string, id: string, input: OrganizationInput, now: string) =>
      updateLive(db, "organizations", ownerId, id, toColumns(input), now),

    /** Marks deleted (`now`) or live again (`null`); false when nothing changed. */
    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "organizations", ownerId, id, deletedAt, now),
  };
}

export type OrganizationsRepository = ReturnType<typeof organizationsRepository>;
