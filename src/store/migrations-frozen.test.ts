import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, type Migration, Migrator, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../../test/stores.js";
import { connect, type StoreLocation } from "./connect.js";
import { migrations } from "./migrations/index.js";
import type { Database } from "./schema.js";
import { searchIndex } from "./search/search-index.js";

/**
 * An old database upgrades the same way forever: a database made at the first migration,
 * with rows written between the migrations as an older Rapport would have, is upgraded and
 * what the backfilling migrations computed (the search documents and their indexed words,
 * the name keys, the numbered names) is compared with exact values. The values were taken
 * from the migrations as they were before they got frozen private copies of the live code,
 * so this proves the copies changed nothing; it also fails if the live code changes and a
 * migration still follows it.
 */

const folder = mkdtempSync(join(tmpdir(), "rapport-frozen-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Loose rows: these tables are written as they were at a point in history, not as now. */
type Rows = Record<string, Record<string, string | number | null>>;

async function migrateUpTo(location: StoreLocation, last?: string) {
  const names = Object.keys(migrations).sort();
  const chosen = last === undefined ? names : names.slice(0, names.indexOf(last) + 1);
  const db = connect(location);
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(chosen.map((name) => [name, migrations[name] as Migration])),
    },
    migrationTableName: "rapport_migrations",
    migrationLockTableName: "rapport_migrations_lock",
  });
  const { error } = await migrator.migrateToLatest();
  expect(error).toBeUndefined();
  return db as unknown as Kysely<Rows>;
}

const at = (day: number) => `2026-10-${String(day).padStart(2, "0")}T09:00:00.000Z`;
const stamps = (id: string, day: number, deleted = false) => ({
  id,
  created_at: at(day),
  updated_at: at(day + 1),
  deleted_at: deleted ? at(day + 2) : null,
});

/** The first migration's tables: organizations and people (with phones), two owners. */
async function writeAtFirstMigration(db: Kysely<Rows>) {
  await db
    .insertInto("organizations")
    .values([
      {
        ...stamps("o1", 1),
        owner_id: "local",
        name: "Straße",
        industry: "Café chain",
        locations: '["Berlin","Zürich"]',
        mission: "Coffee for everyone",
        notes: null,
      },
      { ...stamps("o2", 2), owner_id: "local", name: "STRASSE", locations: "[]" },
      { ...stamps("o3", 3), owner_id: "local", name: "Ørsted", locations: '["Fredericia"]' },
      { ...stamps("o4", 4, true), owner_id: "local", name: "Gone GmbH", locations: "[]" },
      { ...stamps("o5", 5), owner_id: "other", name: "ﬁsh & Co", locations: "[]" },
      { ...stamps("o6", 6), owner_id: "other", name: "FISH & CO", locations: "[]" },
    ])
    .execute();
  await db
    .insertInto("people")
    .values([
      {
        ...stamps("p1", 1),
        owner_id: "local",
        name: "José Álvarez",
        title: "Head of Research",
        organization_id: "o1",
        email: "jose@example.org",
        phone: "+1 (410) 555-0100",
        phone_extension: "12",
        location: "Zürich",
        common_ground: "Both ran the Łódź marathon",
        notes: "Café owner; speaks Español",
      },
      {
        ...stamps("p2", 2),
        owner_id: "local",
        name: "Zoë Søren",
        title: "Ingénieure",
        organization_id: "o3",
        phone: "030 1234 5678",
        location: "ÅLESUND",
      },
      {
        ...stamps("p3", 3),
        owner_id: "local",
        name: "İlker Işık",
        organization_id: "o4",
        email: "ilker@example.org",
        location: "İstanbul",
        notes: "Straße   des 17. Juni",
      },
      { ...stamps("p4", 4, true), owner_id: "local", name: "Ada Gone", phone: "410 555 0199" },
      { ...stamps("p5", 5), owner_id: "other", name: "Maya Chen", phone: "+44 20 7946 0901" },
    ])
    .execute();
}

/** After the log migration, before search: log entries and asks, live and deleted. */
async function writeBeforeSearch(db: Kysely<Rows>) {
  await db
    .insertInto("activities")
    .values([
      {
        ...stamps("a1", 7),
        owner_id: "local",
        person_id: "p1",
        kind: "note",
        occurred_at: at(7),
        detail: "Coffee in Zürich — talked about the Ørsted job",
        with_name: "Maya",
      },
      {
        ...stamps("a2", 8),
        owner_id: "local",
        person_id: "p2",
        kind: "call",
        occurred_at: at(8),
        outcome: "voicemail",
      },
      {
        ...stamps("a3", 9),
        owner_id: "local",
        person_id: "p4",
        kind: "note",
        occurred_at: at(9),
        detail: "of a deleted person",
      },
      {
        ...stamps("a4", 10, true),
        owner_id: "local",
        person_id: "p1",
        kind: "email_sent",
        occurred_at: at(10),
        detail: "deleted entry",
      },
      {
        ...stamps("a5", 11),
        owner_id: "other",
        person_id: "p5",
        kind: "conversation_held",
        occurred_at: at(11),
        detail: "Naïve questions welcome",
      },
    ])
    .execute();
  await db
    .insertInto("network_asks")
    .values([
      {
        ...stamps("n1", 12),
        owner_id: "local",
        person_id: "p1",
        asked_at: at(12),
        question: "Who knows someone at Ørsted?",
        outcome: "Introduced to Zoë",
      },
      {
        ...stamps("n2", 13, true),
        owner_id: "local",
        person_id: "p2",
        asked_at: at(13),
        question: "deleted ask",
        outcome: null,
      },
    ])
    .execute();
}

/** After search, before name keys: trips, templates, and people written since search. */
async function writeBeforeNameKeys(db: Kysely<Rows>) {
  await db
    .insertInto("trips")
    .values([
      {
        ...stamps("t1", 14),
        owner_id: "local",
        place: "Zürich",
        starts_on: "2026-10-10",
        ends_on: "2026-10-12",
        note: "Café visit",
      },
      {
        ...stamps("t2", 15),
        owner_id: "local",
        place: "Łódź",
        starts_on: "2026-11-03",
        ends_on: "2026-11-03",
        note: null,
      },
      {
        ...stamps("t3", 16, true),
        owner_id: "local",
        place: "Deleted trip",
        starts_on: "2026-11-04",
        ends_on: "2026-11-05",
        note: null,
      },
    ])
    .execute();
  await db
    .insertInto("templates")
    .values([
      { ...stamps("m1", 17), owner_id: "local", name: "PREMIÈRE", purpose: "email", body: "Hi" },
      { ...stamps("m2", 18), owner_id: "local", name: "première", purpose: "email", body: "Yo" },
      {
        ...stamps("m3", 19, true),
        owner_id: "local",
        name: "Première",
        purpose: "email",
        body: "",
      },
    ])
    .execute();
  await db
    .insertInto("people")
    .values([
      // With a phone: the trips-and-phones migration indexes them. Without: nothing does.
      { ...stamps("p6", 20), owner_id: "local", name: "Noël Phone", phone: "0410 5550100" },
      { ...stamps("p7", 21), owner_id: "local", name: "Ünal Unindexed", phone: null },
    ])
    .execute();
}

/** Every search document, with the words it is indexed by (the same on both engines). */
async function searchDocuments(db: Kysely<Rows>, postgres: boolean) {
  const words = postgres
    ? sql<string>`cast(search_vector as text)`
    : sql<string>`title_words || ' ' || body_words`;
  const { rows } = await sql<Record<string, string | null>>`
    select owner_id, entity_type, entity_id, person_id, title, body, recency, title_words,
      ${words} as words
    from search_documents order by owner_id, entity_type, entity_id`.execute(db);
  return rows.map(({ words: indexed, ...row }) => ({
    ...row,
    // A tsvector's text is its distinct words, quoted and sorted; FTS5 keeps them as written.
    words: [...new Set((indexed ?? "").replaceAll("'", "").split(" ").filter(Boolean))].sort(),
  }));
}

async function nameKeys(db: Kysely<Rows>) {
  const keyed = (table: string, columns: string) =>
    sql<Record<string, string | null>>`select id, ${sql.raw(columns)} from ${sql.table(table)}
      order by id`
      .execute(db)
      .then(({ rows }) => rows);
  return {
    organizations: await keyed("organizations", "name, name_key"),
    templates: await keyed("templates", "name, name_key"),
    people: await keyed("people", "filter_text, location_key"),
  };
}

const postgresUrl = process.env.TEST_DATABASE_URL;
const engines = [
  {
    name: "sqlite" as const,
    available: true,
    async create() {
      return {
        location: { dialect: "sqlite", path: join(folder, "old.sqlite") } as const,
        drop: async () => {},
      };
    },
  },
  {
    name: "postgres" as const,
    available: Boolean(postgresUrl),
    async create() {
      const database = await createPostgresDatabase(postgresUrl ?? "");
      return {
        location: { dialect: "postgres", connectionString: database.url } as const,
        drop: database.drop,
      };
    },
  },
];

describe.each(engines)("an old database upgraded on $name", (engine) => {
  it.skipIf(!engine.available)(
    "gets exactly the search documents and name keys the migrations always computed",
    async () => {
      const database = await engine.create();
      const postgres = engine.name === "postgres";
      try {
        let db = await migrateUpTo(database.location, "2026-11-22T0000-people-and-organizations");
        await writeAtFirstMigration(db);
        await db.destroy();
        db = await migrateUpTo(database.location, "2026-11-22T0100-log-network-profile");
        await writeBeforeSearch(db);
        await db.destroy();
        db = await migrateUpTo(database.location, "2026-11-23T0600-due-actions-cache");
        await writeBeforeNameKeys(db);
        await db.destroy();
        db = await migrateUpTo(database.location);
        try {
          expect(await searchDocuments(db, postgres)).toEqual(expectedDocuments);
          expect(await nameKeys(db)).toEqual(expectedKeys);
          // Indexes the migrations built are recorded at the shape they have, version 1, so
          // the first search does not rebuild them (and a later version will).
          const builds = await sql<{ owner_id: string; version: number }>`
            select owner_id, version from search_index_builds order by owner_id`.execute(db);
          expect(builds.rows).toEqual([
            { owner_id: "local", version: 1 },
            { owner_id: "other", version: 1 },
          ]);
          // The index itself, not the search service: nothing may rebuild it before it is read.
          const index = searchIndex(db as unknown as Kysely<Database>, engine.name);
          const found = async (ownerId: string, terms: string[]) =>
            (await index.search(ownerId, terms, 20)).map((hit) => `${hit.type}:${hit.id}`);
          const results = {
            zurich: await found("local", ["zurich"]),
            phone: await found("local", ["4105550100"]),
            orsted: await found("local", ["orsted"]),
            strasse: await found("local", ["strasse"]),
            fish: await found("other", ["fish"]),
            naive: await found("other", ["naive"]),
            unindexed: await found("local", ["unal"]),
          };
          expect(results).toEqual({
            zurich: ["trip:t1", "activity:a1", "organization:o1", "person:p1"],
            phone: ["person:p6", "person:p1"],
            orsted: ["organization:o3", "network_ask:n1", "activity:a1", "person:p2"],
            strasse: ["organization:o2", "organization:o1", "person:p3", "person:p1"],
            fish: ["organization:o6", "organization:o5"],
            naive: ["activity:a5"],
            unindexed: [],
          });
        } finally {
          await db.destroy();
        }
      } finally {
        await database.drop();
      }
    },
  );
});

/**
 * Taken from the migrations before they were frozen (commit 01f3c68), quirks included: the
 * name-keys migration renames "STRASSE" to "STRASSE (2)" but does not reindex it, so its
 * document keeps the old title; "Ünal Unindexed", written raw after the search migration
 * with no phone, is in no document.
 */
const expectedDocuments = [
  {
    owner_id: "local",
    entity_type: "activity",
    entity_id: "a1",
    person_id: "p1",
    title: "José Álvarez · Note",
    body: "Coffee in Zürich — talked about the Ørsted job · Maya",
    recency: "2026-10-07T09:00:00.000Z",
    title_words: "jose alvarez note",
    words: [
      "about",
      "alvarez",
      "coffee",
      "in",
      "job",
      "jose",
      "maya",
      "note",
      "orsted",
      "talked",
      "the",
      "zurich",
    ],
  },
  {
    owner_id: "local",
    entity_type: "activity",
    entity_id: "a2",
    person_id: "p2",
    title: "Zoë Søren · Call",
    body: "",
    recency: "2026-10-08T09:00:00.000Z",
    title_words: "zoe soren call",
    words: ["call", "soren", "zoe"],
  },
  {
    owner_id: "local",
    entity_type: "network_ask",
    entity_id: "n1",
    person_id: "p1",
    title: "José Álvarez",
    body: "Who knows someone at Ørsted? · Introduced to Zoë",
    recency: "2026-10-12T09:00:00.000Z",
    title_words: "jose alvarez",
    words: [
      "alvarez",
      "at",
      "introduced",
      "jose",
      "knows",
      "orsted",
      "someone",
      "to",
      "who",
      "zoe",
    ],
  },
  {
    owner_id: "local",
    entity_type: "organization",
    entity_id: "o1",
    person_id: null,
    title: "Straße",
    body: "Café chain · Berlin, Zürich · Coffee for everyone",
    recency: "2026-10-02T09:00:00.000Z",
    title_words: "strasse",
    words: ["berlin", "cafe", "chain", "coffee", "everyone", "for", "strasse", "zurich"],
  },
  {
    owner_id: "local",
    entity_type: "organization",
    entity_id: "o2",
    person_id: null,
    title: "STRASSE",
    body: "",
    recency: "2026-10-03T09:00:00.000Z",
    title_words: "strasse",
    words: ["strasse"],
  },
  {
    owner_id: "local",
    entity_type: "organization",
    entity_id: "o3",
    person_id: null,
    title: "Ørsted",
    body: "Fredericia",
    recency: "2026-10-04T09:00:00.000Z",
    title_words: "orsted",
    words: ["fredericia", "orsted"],
  },
  {
    owner_id: "local",
    entity_type: "person",
    entity_id: "p1",
    person_id: "p1",
    title: "José Álvarez",
    body: "Head of Research · Straße · jose@example.org · +1 (410) 555-0100 ext. 12 · Zürich · Both ran the Łódź marathon · Café owner; speaks Español",
    recency: "2026-10-02T09:00:00.000Z",
    title_words: "jose alvarez",
    words: [
      "0100",
      "05550100",
      "1",
      "105550100",
      "12",
      "14105550100",
      "410",
      "4105550100",
      "50100",
      "550100",
      "555",
      "5550100",
      "alvarez",
      "both",
      "cafe",
      "espanol",
      "example",
      "ext",
      "head",
      "jose",
      "lodz",
      "marathon",
      "of",
      "org",
      "owner",
      "ran",
      "research",
      "speaks",
      "strasse",
      "the",
      "zurich",
    ],
  },
  {
    owner_id: "local",
    entity_type: "person",
    entity_id: "p2",
    person_id: "p2",
    title: "Zoë Søren",
    body: "Ingénieure · Ørsted · 030 1234 5678 · ÅLESUND",
    recency: "2026-10-03T09:00:00.000Z",
    title_words: "zoe soren",
    words: [
      "012345678",
      "030",
      "03012345678",
      "1234",
      "12345678",
      "2345678",
      "3012345678",
      "345678",
      "45678",
      "5678",
      "alesund",
      "ingenieure",
      "orsted",
      "soren",
      "zoe",
    ],
  },
  {
    owner_id: "local",
    entity_type: "person",
    entity_id: "p3",
    person_id: "p3",
    title: "İlker Işık",
    body: "ilker@example.org · İstanbul · Straße   des 17. Juni",
    recency: "2026-10-04T09:00:00.000Z",
    title_words: "ilker isik",
    words: ["17", "des", "example", "ilker", "isik", "istanbul", "juni", "org", "strasse"],
  },
  {
    owner_id: "local",
    entity_type: "person",
    entity_id: "p6",
    person_id: "p6",
    title: "Noël Phone",
    body: "0410 5550100",
    recency: "2026-10-21T09:00:00.000Z",
    title_words: "noel phone",
    words: [
      "0100",
      "0410",
      "04105550100",
      "05550100",
      "105550100",
      "4105550100",
      "50100",
      "550100",
      "5550100",
      "noel",
      "phone",
    ],
  },
  {
    owner_id: "local",
    entity_type: "trip",
    entity_id: "t1",
    person_id: null,
    title: "Zürich",
    body: "10 October 2026 – 12 October 2026 · Café visit",
    recency: "2026-10-15T09:00:00.000Z",
    title_words: "zurich",
    words: ["10", "12", "2026", "cafe", "october", "visit", "zurich"],
  },
  {
    owner_id: "local",
    entity_type: "trip",
    entity_id: "t2",
    person_id: null,
    title: "Łódź",
    body: "3 November 2026",
    recency: "2026-10-16T09:00:00.000Z",
    title_words: "lodz",
    words: ["2026", "3", "lodz", "november"],
  },
  {
    owner_id: "other",
    entity_type: "activity",
    entity_id: "a5",
    person_id: "p5",
    title: "Maya Chen · Conversation held",
    body: "Naïve questions welcome",
    recency: "2026-10-11T09:00:00.000Z",
    title_words: "maya chen conversation held",
    words: ["chen", "conversation", "held", "maya", "naive", "questions", "welcome"],
  },
  {
    owner_id: "other",
    entity_type: "organization",
    entity_id: "o5",
    person_id: null,
    title: "ﬁsh & Co",
    body: "",
    recency: "2026-10-06T09:00:00.000Z",
    title_words: "fish co",
    words: ["co", "fish"],
  },
  {
    owner_id: "other",
    entity_type: "organization",
    entity_id: "o6",
    person_id: null,
    title: "FISH & CO",
    body: "",
    recency: "2026-10-07T09:00:00.000Z",
    title_words: "fish co",
    words: ["co", "fish"],
  },
  {
    owner_id: "other",
    entity_type: "person",
    entity_id: "p5",
    person_id: "p5",
    title: "Maya Chen",
    body: "+44 20 7946 0901",
    recency: "2026-10-06T09:00:00.000Z",
    title_words: "maya chen",
    words: [
      "079460901",
      "0901",
      "20",
      "2079460901",
      "42079460901",
      "44",
      "442079460901",
      "460901",
      "60901",
      "7946",
      "79460901",
      "9460901",
      "chen",
      "maya",
    ],
  },
];

const expectedKeys = {
  organizations: [
    { id: "o1", name: "Straße", name_key: "strasse" },
    { id: "o2", name: "STRASSE (2)", name_key: "strasse (2)" },
    { id: "o3", name: "Ørsted", name_key: "ørsted" },
    { id: "o4", name: "Gone GmbH", name_key: "gone gmbh" },
    { id: "o5", name: "ﬁsh & Co", name_key: "fish & co" },
    { id: "o6", name: "FISH & CO (2)", name_key: "fish & co (2)" },
  ],
  templates: [
    { id: "m1", name: "PREMIÈRE", name_key: "première" },
    { id: "m2", name: "première (2)", name_key: "première (2)" },
    { id: "m3", name: "Première", name_key: "première" },
  ],
  people: [
    {
      id: "p1",
      filter_text:
        "josé álvarez\nhead of research\njose@example.org\nzürich\nboth ran the łódź marathon\ncafé owner; speaks español",
      location_key: "zürich",
    },
    { id: "p2", filter_text: "zoë søren\ningénieure\nålesund", location_key: "ålesund" },
    {
      id: "p3",
      filter_text: "ilker işık\nilker@example.org\nistanbul\nstrasse des 17. juni",
      location_key: "istanbul",
    },
    { id: "p4", filter_text: "ada gone", location_key: null },
    { id: "p5", filter_text: "maya chen", location_key: null },
    { id: "p6", filter_text: "noël phone", location_key: null },
    { id: "p7", filter_text: "ünal unindexed", location_key: null },
  ],
};
