import { type Kysely, type RawBuilder, type Selectable, sql } from "kysely";
import type { Routine } from "../domain/cadence-settings.js";
import { nameKey } from "../domain/name-key.js";
import type { MentionPermission } from "../domain/network.js";
import {
  type PeopleCursor,
  type PersonListRow,
  type PersonName,
  sortDirection,
} from "../domain/people-page.js";
import type {
  PeopleQuery,
  PeopleSortKey,
  Person,
  PersonInput,
  PersonSource,
} from "../domain/person.js";
import { type Stage, stages } from "../domain/stage.js";
import type { StoreDialect } from "./connect.js";
import { containsPattern } from "./like-pattern.js";
import type { Database, PersonTable } from "./schema.js";
import { setDeleted, updateLive } from "./soft-delete.js";
import { personKeys } from "./stored-keys.js";

type PersonRow = Selectable<PersonTable> & {
  organization_name: string | null;
  referred_by_name: string | null;
};

/**
 * Columns a person's fields are stored in; organization and tags are resolved by the service.
 * A routine or keep-in-touch interval left out (undefined) keeps the stored one, so merges
 * never reset it.
 */
export type PersonColumns = Omit<
  PersonInput,
  "organizationName" | "targetIds" | "routine" | "keepInTouchMonths"
> & {
  organizationId: string | null;
  routine?: Routine | null | undefined;
  keepInTouchMonths?: number | null | undefined;
};

function toPerson(row: PersonRow, targetIds: string[]): Person {
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
    referredById: row.referred_by_name === null ? null : row.referred_by_id,
    referredByName: row.referred_by_name,
    mentionPermission: row.mention_permission as MentionPermission,
    targetIds,
    routine: row.routine as Routine | null,
    keepInTouchMonths: row.keep_in_touch_months ?? null,
    stage: row.stage as Stage,
    lastTouchAt: row.last_touch_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(person: PersonColumns) {
  const fields = {
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
    referred_by_id: person.referredById,
    mention_permission: person.mentionPermission,
    ...(person.routine === undefined ? {} : { routine: person.routine }),
    ...(person.keepInTouchMonths === undefined
      ? {}
      : { keep_in_touch_months: person.keepInTouchMonths }),
  };
  return { ...fields, ...personKeys(fields) };
}

// Stages sort in the order a relationship moves through them, not alphabetically.
const stageOrder = sql.raw(
  `case people.stage ${stages.map((stage, index) => `when '${stage}' then ${index}`).join(" ")} end`,
);

const sortExpressions: Record<PeopleSortKey, RawBuilder<unknown>> = {
  name: sql`lower(people.name)`,
  organization: sql`lower(organizations.name)`,
  location: sql`lower(people.location)`,
  source: sql`people.source`,
  updated: sql`people.updated_at`,
  stage: stageOrder,
  last_touch: sql`people.last_touch_at`,
};

const upperAscii = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * The list page's order, compared alike on both engines: text folded to lower case in ASCII
 * only (SQLite's lower(); PostgreSQL's lower() would fold more) and compared byte by byte
 * (SQLite's binary collation; "C" on PostgreSQL), stages by their place, ties by id.
 */
function pageOrderExpressions(dialect: StoreDialect) {
  const binary = dialect === "postgres" ? sql` collate "C"` : sql``;
  const folded = (column: string) =>
    dialect === "postgres"
      ? sql`translate(${sql.ref(column)}, ${sql.lit(upperAscii)}, ${sql.lit(upperAscii.toLowerCase())})${binary}`
      : sql`lower(${sql.ref(column)})`;
  const values: Record<PeopleSortKey, RawBuilder<unknown>> = {
    name: folded("people.name"),
    organization: folded("organizations.name"),
    location: folded("people.location"),
    source: sql`${sql.ref("people.source")}${binary}`,
    updated: sql`${sql.ref("people.updated_at")}${binary}`,
    stage: stageOrder,
    last_touch: sql`${sql.ref("people.last_touch_at")}${binary}`,
  };
  return { values, name: folded("people.name"), id: sql`${sql.ref("people.id")}${binary}` };
}

/** A sort value as the cursor keeps it: a stage's place as a number, anything else as text. */
function stageOrText(sort: PeopleSortKey, value: string | number): string | number {
  return sort === "stage" ? Number(value) : String(value);
}

// Words of the quick filter must each appear in the person's own fields (name, title,
// email, location, common ground, notes: `filter_text`) or their organization's name,
// both folded by nameKey in JavaScript so the two engines match alike.
const searchedColumns = ["people.filter_text", "organizations.name_key"] as const;

export function peopleRepository(db: Kysely<Database>, dialect: StoreDialect = "sqlite") {
  function selectPeople(ownerId: string) {
    return db
      .selectFrom("people")
      .leftJoin("organizations", (join) =>
        join
          .onRef("organizations.id", "=", "people.organization_id")
          .on("organizations.deleted_at", "is", null),
      )
      .leftJoin("people as referrer", (join) =>
        join
          .onRef("referrer.id", "=", "people.referred_by_id")
          .on("referrer.deleted_at", "is", null),
      )
      .selectAll("people")
      .select(["organizations.name as organization_name", "referrer.name as referred_by_name"])
      .where("people.owner_id", "=", ownerId);
  }

  /** Tags of the given people, keyed by person id. */
  async function targetsOf(ownerId: string, personIds: string[]): Promise<Map<string, string[]>> {
    const byPerson = new Map<string, string[]>();
    // Chunked to stay under SQLite's and PostgreSQL's bound-parameter limits.
    for (let start = 0; start < personIds.length; start += 500) {
      const rows = await db
        .selectFrom("person_targets")
        .select(["person_id", "target_id"])
        .where("owner_id", "=", ownerId)
        .where("person_id", "in", personIds.slice(start, start + 500))
        .execute();
      for (const row of rows)
        byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row.target_id]);
    }
    return byPerson;
  }

  /** Live people whose `column` is one of `values`, in chunks under the engines' parameter limits. */
  async function liveWhereIn(
    ownerId: string,
    column: "people.id" | "organizations.id",
    values: readonly string[],
  ): Promise<Person[]> {
    const found: Person[] = [];
    for (let start = 0; start < values.length; start += 500) {
      const rows = await selectPeople(ownerId)
        .where(column, "in", values.slice(start, start + 500))
        .where("people.deleted_at", "is", null)
        .execute();
      found.push(...(await withTargets(ownerId, rows)));
    }
    return found;
  }

  async function withTargets(ownerId: string, rows: PersonRow[]): Promise<Person[]> {
    if (rows.length === 0) return [];
    const targets = await targetsOf(
      ownerId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toPerson(row, (targets.get(row.id) ?? []).sort()));
  }

  /** Live people matching the list's filters, joined to their (live) organization. */
  function filteredPeople(ownerId: string, query: PeopleQuery) {
    let select = db
      .selectFrom("people")
      .leftJoin("organizations", (join) =>
        join
          .onRef("organizations.id", "=", "people.organization_id")
          .on("organizations.deleted_at", "is", null),
      )
      .where("people.owner_id", "=", ownerId)
      .where("people.deleted_at", "is", null);
    if (query.organizationId) select = select.where("organizations.id", "=", query.organizationId);
    if (query.location) select = select.where("people.location_key", "=", nameKey(query.location));
    if (query.source) select = select.where("people.source", "=", query.source);
    if (query.stage) select = select.where("people.stage", "=", query.stage);
    // A tag counts when it is on the person or on the organization they work at.
    for (const targetId of query.targetIds ?? []) {
      select = select.where((builder) =>
        builder.or([
          builder.exists(
            builder
              .selectFrom("person_targets")
              .select("person_targets.person_id")
              .whereRef("person_targets.person_id", "=", "people.id")
              .where("person_targets.target_id", "=", targetId),
          ),
          builder.exists(
            builder
              .selectFrom("organization_targets")
              .select("organization_targets.organization_id")
              .whereRef("organization_targets.organization_id", "=", "organizations.id")
              .where("organization_targets.target_id", "=", targetId),
          ),
        ]),
      );
    }
    for (const word of (query.text ?? "").split(/\s+/).filter(Boolean)) {
      const pattern = containsPattern(word);
      select = select.where((builder) =>
        builder.or(
          searchedColumns.map(
            (column) => sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`,
          ),
        ),
      );
    }
    return select;
  }

  const pageOrder = pageOrderExpressions(dialect);

  return {
    /** Everyone matching the filters, whole (exports, imports, indexing; not the web list). */
    async list(ownerId: string, query: PeopleQuery = {}): Promise<Person[]> {
      const sortBy = sortExpressions[query.sort ?? "name"];
      // Empty values sort last whichever way the column is sorted; name breaks ties.
      const rows = await filteredPeople(ownerId, query)
        .leftJoin("people as referrer", (join) =>
          join
            .onRef("referrer.id", "=", "people.referred_by_id")
            .on("referrer.deleted_at", "is", null),
        )
        .selectAll("people")
        .select(["organizations.name as organization_name", "referrer.name as referred_by_name"])
        .orderBy(sql`${sortBy} ${sql.raw(sortDirection(query))} nulls last`)
        .orderBy(sql`lower(people.name)`)
        .orderBy("people.id")
        .execute();
      return withTargets(ownerId, rows);
    },

    /**
     * One page of the list: up to `limit` rows after `after` (keyset: the sort value, then
     * the folded name, then the id, compared alike on both engines), and how many match.
     */
    async listPage(
      ownerId: string,
      query: PeopleQuery,
      page: { after: PeopleCursor | null; limit: number },
    ): Promise<{ rows: PersonListRow[]; total: number; last: PeopleCursor | null }> {
      const sort = query.sort ?? "name";
      const direction = sortDirection(query);
      const value = pageOrder.values[sort];
      const { name, id } = pageOrder;
      const counted = await filteredPeople(ownerId, query)
        .select((builder) => builder.fn.countAll<number | string>().as("count"))
        .executeTakeFirst();
      let select = filteredPeople(ownerId, query)
        .select([
          "people.id",
          "people.name",
          "people.title",
          "people.organization_id",
          "people.location",
          "people.source",
          "people.stage",
          "people.last_touch_at",
          "people.updated_at",
          "organizations.name as organization_name",
          sql<string | number | null>`${value}`.as("sort_value"),
          sql<string>`${name}`.as("sort_name"),
        ])
        .orderBy(sql`${value} ${sql.raw(direction)} nulls last`)
        .orderBy(sql`${name}`)
        .orderBy(sql`${id}`)
        .limit(page.limit + 1);
      const after = page.after;
      if (after) {
        const later = sql<boolean>`(${name} > ${after.name} or (${name} = ${after.name} and ${id} > ${after.id}))`;
        const beyond = sql.raw(direction === "asc" ? ">" : "<");
        select = select.where(
          after.value === null
            ? sql<boolean>`(${value} is null and ${later})`
            : sql<boolean>`(${value} ${beyond} ${after.value} or (${value} = ${after.value} and ${later}) or ${value} is null)`,
        );
      }
      const rows = await select.execute();
      const shown = rows.slice(0, page.limit);
      const lastRow = rows.length > page.limit ? shown.at(-1) : undefined;
      return {
        rows: shown.map((row) => ({
          id: row.id,
          name: row.name,
          title: row.title,
          organizationId: row.organization_name === null ? null : row.organization_id,
          organizationName: row.organization_name,
          location: row.location,
          source: row.source as PersonSource | null,
          stage: row.stage as Stage,
          lastTouchAt: row.last_touch_at,
          updatedAt: row.updated_at,
        })),
        total: Number(counted?.count ?? 0),
        last: lastRow
          ? {
              sort,
              direction,
              value: lastRow.sort_value === null ? null : stageOrText(sort, lastRow.sort_value),
              name: lastRow.sort_name,
              id: lastRow.id,
            }
          : null,
      };
    },

    /** Names of live people by folded name (pickers), at most `limit`; text as the quick filter. */
    async listNames(
      ownerId: string,
      text: string | undefined,
      limit: number,
    ): Promise<{ people: PersonName[]; complete: boolean }> {
      const rows = await filteredPeople(ownerId, text ? { text } : {})
        .select(["people.id", "people.name", "organizations.name as organization_name"])
        .orderBy(sql`${pageOrder.name}`)
        .orderBy(sql`${pageOrder.id}`)
        .limit(limit + 1)
        .execute();
      return {
        people: rows.slice(0, limit).map((row) => ({
          id: row.id,
          name: row.name,
          organizationName: row.organization_name,
        })),
        complete: rows.length <= limit,
      };
    },

    /** Distinct locations of live people, for the location filter. */
    async listLocations(ownerId: string): Promise<string[]> {
      const rows = await db
        .selectFrom("people")
        .select((builder) => builder.fn.min("location").as("location"))
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .where("location", "is not", null)
        .groupBy("location_key")
        .orderBy("location_key")
        .execute();
      return rows.flatMap((row) => (row.location ? [row.location] : []));
    },

    async get(ownerId: string, id: string, options: { includeDeleted?: boolean } = {}) {
      let select = selectPeople(ownerId).where("people.id", "=", id);
      if (!options.includeDeleted) select = select.where("people.deleted_at", "is", null);
      const row = await select.executeTakeFirst();
      return row ? ((await withTargets(ownerId, [row]))[0] ?? null) : null;
    },

    /** Replaces a person's tags; the service has checked the ids belong to the owner. */
    async setTargets(ownerId: string, personId: string, targetIds: string[]) {
      await db
        .deleteFrom("person_targets")
        .where("owner_id", "=", ownerId)
        .where("person_id", "=", personId)
        .execute();
      if (targetIds.length > 0) {
        await db
          .insertInto("person_targets")
          .values(
            targetIds.map((targetId) => ({
              owner_id: ownerId,
              person_id: personId,
              target_id: targetId,
            })),
          )
          .execute();
      }
    },

    /** Stores what the pure derivation computed from the person's log. */
    async setDerived(
      ownerId: string,
      personId: string,
      derived: { stage: Stage; lastTouchAt: string | null },
    ) {
      await db
        .updateTable("people")
        .set({ stage: derived.stage, last_touch_at: derived.lastTouchAt })
        .where("owner_id", "=", ownerId)
        .where("id", "=", personId)
        .execute();
    },

    /** People this person introduced. */
    async listReferredBy(ownerId: string, referrerId: string): Promise<Person[]> {
      const rows = await selectPeople(ownerId)
        .where("people.referred_by_id", "=", referrerId)
        .where("people.deleted_at", "is", null)
        .orderBy(sql`lower(people.name)`)
        .execute();
      return withTargets(ownerId, rows);
    },

    async insert(ownerId: string, id: string, person: PersonColumns, now: string) {
      await db
        .insertInto("people")
        .values({ id, owner_id: ownerId, ...toRow(person), created_at: now, updated_at: now })
        .execute();
    },

    /** Adds many people in few statements (imports); chunks stay under parameter limits. */
    async insertMany(
      ownerId: string,
      people: Array<{ id: string; person: PersonColumns }>,
      now: string,
    ) {
      for (let start = 0; start < people.length; start += 200) {
        await db
          .insertInto("people")
          .values(
            people.slice(start, start + 200).map(({ id, person }) => ({
              id,
              owner_id: ownerId,
              ...toRow(person),
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
      }
    },

    /** Live people by id, in no particular order. */
    getMany: (ownerId: string, ids: readonly string[]) => liveWhereIn(ownerId, "people.id", ids),

    /** Live people at these (live) organizations. */
    atOrganizations: (ownerId: string, organizationIds: readonly string[]) =>
      liveWhereIn(ownerId, "organizations.id", organizationIds),

    /** Whether the owner has anyone (live) saved. */
    async hasAny(ownerId: string): Promise<boolean> {
      const row = await db
        .selectFrom("people")
        .select("id")
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** How many live people were added after `after` until `until`. */
    async countAdded(ownerId: string, window: { after: string; until: string }): Promise<number> {
      const row = await db
        .selectFrom("people")
        .select((select) => select.fn.countAll<number | string>().as("count"))
        .where("owner_id", "=", ownerId)
        .where("deleted_at", "is", null)
        .where("created_at", ">", window.after)
        .where("created_at", "<=", window.until)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },

    update: (ownerId: string, id: string, person: PersonColumns, now: string) =>
      updateLive(db, "people", ownerId, id, toRow(person), now),

    /** Marks deleted (`now`) or live again (`null`); false when nothing changed. */
    setDeleted: (ownerId: string, id: string, deletedAt: string | null, now: string) =>
      setDeleted(db, "people", ownerId, id, deletedAt, now),
  };
}

export type PeopleRepository = ReturnType<typeof peopleRepository>;
