import { type Kysely, type Selectable, sql } from "kysely";
import type {
  PeopleQuery,
  PeopleSortKey,
  Person,
  PersonInput,
  PersonSource,
} from "../domain/person.js";
import { containsPattern } from "./like-pattern.js";
import type { Database, PersonTable } from "./schema.js";

type PersonRow = Selectable<PersonTable> & { organization_name: string | null };

/** Columns a person's fields are stored in; the organization is resolved by the service. */
export type PersonColumns = Omit<PersonInput, "organizationName"> & {
  organizationId: string | null;
};

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    organizationId: row.organization_name === null ? null : row.organization_id,
    organizationName: row.organization_name,
    email: row.email,
    phone: row.phone,
    phoneExtension: row.phone_extension,
    workAddress: row.work_address,
    location: row.location,
    profileUrl: row.profile_url,
    source: row.source as PersonSource | null,
    commonGround: row.common_ground,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(person: PersonColumns) {
  return {
    name: person.name,
    title: person.title,
    organization_id: person.organizationId,
    email: person.email,
    phone: person.phone,
    phone_extension: person.phoneExtension,
    work_address: person.workAddress,
    location: person.location,
    profile_url: person.profileUrl,
    source: person.source,
    common_ground: person.commonGround,
    notes: person.notes,
  };
}

const sortExpressions: Record<PeopleSortKey, string> = {
  name: "lower(people.name)",
  organization: "lower(organizations.name)",
  location: "lower(people.location)",
  source: "people.source",
  updated: "people.updated_at",
};

// Words of the quick filter must each appear in one of these (AND of words, OR of fields).
const searchedColumns = [
  "people.name",
  "people.title",
  "organizations.name",
  "people.email",
  "people.location",
  "people.common_ground",
  "people.notes",
] as const;

export function peopleRepository(db: Kysely<Database>) {
  function selectPeople(ownerId: string) {
    return db
      .selectFrom("people")
      .leftJoin("organizations", (join) =>
        join
          .onRef("organizations.id", "=", "people.organization_id")
          .on("organizations.deleted_at", "is", null),
      )
      .selectAll("people")
      .select("organizations.name as organization_name")
      .where("people.owner_id", "=", ownerId);
  }

  return {
    async list(ownerId: string, query: PeopleQuery = {}): Promise<Person[]> {
      let select = selectPeople(ownerId).where("people.deleted_at", "is", null);
      if (query.organizationId)
        select = select.where("organizations.id", "=", query.organizationId);
      if (query.location)
        select = select.where(sql`lower(people.location)`, "=", query.location.toLowerCase());
      if (query.source) select = select.where("people.source", "=", query.source);
      for (const word of (query.text ?? "").split(/\s+/).filter(Boolean)) {
        const pattern = containsPattern(word);
        select = select.where((builder) =>
          builder.or(
            searchedColumns.map(
              (column) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
            ),
          ),
        );
      }
      const direction = query.direction ?? (query.sort === "updated" ? "desc" : "asc");
      const sortBy = sql.raw(sortExpressions[query.sort ?? "name"]);
      // Empty values sort last whichever way the column is sorted; name breaks ties.
      const rows = await select
        .orderBy(sql`${sortBy} ${sql.raw(direction)} nulls last`)
        .orderBy(sql`lower(people.name)`)
        .orderBy("people.id")
        .execute();
      return rows.map(toPerson);
    },

    /** Distinct locations of live people, for the location filter. */
    async listLocations(ownerId: string): Promise<string[]> {
      const rows = await db
        .selectFrom("people")
        .select((builder) => builder.fn.min("location").as("location"))
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .where("location", "is not", null)
        .groupBy(sql`lower(location)`)
        .orderBy(sql`lower(location)`)
        .execute();
      return rows.flatMap((row) => (row.location ? [row.location] : []));
    },

    async get(ownerId: string, id: string, options: { includeDeleted?: boolean } = {}) {
      let select = selectPeople(ownerId).where("people.id", "=", id);
      if (!options.includeDeleted) select = select.where("people.deleted_at", "is", null);
      const row = await select.executeTakeFirst();
      return row ? toPerson(row) : null;
    },

    async insert(ownerId: string, id: string, person: PersonColumns, now: string) {
      await db
        .insertInto("people")
        .values({ id, owner_id: ownerId, ...toRow(person), created_at: now, updated_at: now })
        .execute();
    },

    async update(ownerId: string, id: string, person: PersonColumns, now: string) {
      const result = await db
        .updateTable("people")
        .set({ ...toRow(person), updated_at: now })
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Marks deleted (`now`) or live again (`null`); false when nothing changed. */
    async setDeleted(ownerId: string, id: string, deletedAt: string | null, now: string) {
      const result = await db
        .updateTable("people")
        .set({ deleted_at: deletedAt, updated_at: now })
        .where("owner_id", "=", ownerId)
        .where("id", "=", id)
        .where("deleted_at", deletedAt === null ? "is not" : "is", null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

export type PeopleRepository = ReturnType<typeof peopleRepository>;
