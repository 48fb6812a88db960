import { type Kysely, PostgresAdapter, sql } from "kysely";
import {
  activitySearchDocument,
  networkAskSearchDocument,
  organizationSearchDocument,
  personSearchDocument,
  type SearchDocument,
} from "./frozen/2026-12-01-search-documents.js";
import { upsertSearchDocuments } from "./frozen/2026-12-01-search-index.js";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Full-text search is where the dialects truly differ (FTS5 vs tsvector/GIN), so this
// migration creates each dialect's own structures. Kysely hands a migration only the
// connection, not our store's dialect name; its adapter is what Kysely itself uses to
// choose the SQL flavour, so it is the honest place to ask.
//
// The one deliberate edit, behaviour-neutral: the backfill imported the live domain and
// store code (domain/search.ts, store/search/search-index.ts, store/schema.ts); it now
// imports frozen private copies of them (./frozen/2026-12-01-search-*.ts) and declares the
// few columns it reads below, so an old database upgrades the same way forever, whatever the
// live code becomes. src/store/migrations-frozen.test.ts pins the documents it writes,
// taken before the edit.
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) await createPostgresStructures(db);
  else await createSqliteStructures(db);
  await backfill(db, postgres);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql`drop table search_fts`.execute(db);
  }
  await db.schema.dropTable("search_documents").execute();
}

async function createSqliteStructures(db: Kysely<unknown>) {
  // An integer primary key: the FTS5 table points at rows by it, and it never changes
  // (a plain rowid may be renumbered by VACUUM).
  await db.schema
    .createTable("search_documents")
    .addColumn("id", "integer", (column) => column.primaryKey())
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("entity_type", "text", (column) => column.notNull())
    .addColumn("entity_id", "text", (column) => column.notNull())
    .addColumn("person_id", "text")
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("recency", "text", (column) => column.notNull())
    .addColumn("title_words", "text", (column) => column.notNull())
    .addColumn("body_words", "text", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("search_documents_entity")
    .on("search_documents")
    .columns(["owner_id", "entity_type", "entity_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("search_documents_person")
    .on("search_documents")
    .columns(["owner_id", "person_id"])
    .execute();
  // External content: the words are stored once, in search_documents; the triggers are
  // the FTS5 manual's way of keeping the index in step with every insert and delete.
  await sql`
    create virtual table search_fts using fts5(
      title_words, body_words,
      content = 'search_documents', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    )
  `.execute(db);
  await sql`
    create trigger search_documents_insert after insert on search_documents begin
      insert into search_fts (rowid, title_words, body_words)
      values (new.id, new.title_words, new.body_words);
    end
  `.execute(db);
  await sql`
    create trigger search_documents_delete after delete on search_documents begin
      insert into search_fts (search_fts, rowid, title_words, body_words)
      values ('delete', old.id, old.title_words, old.body_words);
    end
  `.execute(db);
  await sql`
    create trigger search_documents_update after update on search_documents begin
      insert into search_fts (search_fts, rowid, title_words, body_words)
      values ('delete', old.id, old.title_words, old.body_words);
      insert into search_fts (rowid, title_words, body_words)
      values (new.id, new.title_words, new.body_words);
    end
  `.execute(db);
}

async function createPostgresStructures(db: Kysely<unknown>) {
  await db.schema
    .createTable("search_documents")
    .addColumn("owner_id", "text", (column) => column.notNull())
    .addColumn("entity_type", "text", (column) => column.notNull())
    .addColumn("entity_id", "text", (column) => column.notNull())
    .addColumn("person_id", "text")
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("body", "text", (column) => column.notNull())
    .addColumn("recency", "text", (column) => column.notNull())
    .addColumn("title_words", "text", (column) => column.notNull())
    .addColumn("search_vector", sql`tsvector`, (column) => column.notNull())
    .addPrimaryKeyConstraint("search_documents_pk", ["owner_id", "entity_type", "entity_id"])
    .execute();
  await db.schema
    .createIndex("search_documents_person")
    .on("search_documents")
    .columns(["owner_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("search_documents_vector")
    .on("search_documents")
    .using("gin")
    .column("search_vector")
    .execute();
}

/** The columns the backfill reads, as the tables were at this point in history. */
type BackfillTables = {
  organizations: {
    id: string;
    owner_id: string;
    name: string;
    industry: string | null;
    locations: string;
    mission: string | null;
    notes: string | null;
    updated_at: string;
    deleted_at: string | null;
  };
  people: {
    id: string;
    owner_id: string;
    name: string;
    title: string | null;
    organization_id: string | null;
    email: string | null;
    location: string | null;
    common_ground: string | null;
    notes: string | null;
    updated_at: string;
    deleted_at: string | null;
  };
  activities: {
    id: string;
    owner_id: string;
    person_id: string;
    kind: string;
    detail: string | null;
    with_name: string | null;
    occurred_at: string;
    deleted_at: string | null;
  };
  network_asks: {
    id: string;
    owner_id: string;
    person_id: string;
    question: string;
    outcome: string | null;
    asked_at: string;
    deleted_at: string | null;
  };
};

/**
 * Indexes what already exists: live organizations, live people, and the live log entries
 * and asks of live people. Reads only the columns that exist at this point in history.
 */
async function backfill(connection: Kysely<unknown>, postgres: boolean) {
  const db = connection.withTables<BackfillTables>();
  const byOwner = new Map<string, SearchDocument[]>();
  const add = (ownerId: string, document: SearchDocument) =>
    byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), document]);

  const organizations = await db
    .selectFrom("organizations")
    .select(["id", "owner_id", "name", "industry", "locations", "mission", "notes", "updated_at"])
    .where("deleted_at", "is", null)
    .execute();
  for (const row of organizations) {
    const locations: unknown = JSON.parse(row.locations);
    add(
      row.owner_id,
      organizationSearchDocument({
        ...row,
        locations: Array.isArray(locations) ? locations.map(String) : [],
        updatedAt: row.updated_at,
      }),
    );
  }

  const people = await db
    .selectFrom("people")
    .leftJoin("organizations", (join) =>
      join
        .onRef("organizations.id", "=", "people.organization_id")
        .on("organizations.deleted_at", "is", null),
    )
    .select([
      "people.id",
      "people.owner_id",
      "people.name",
      "people.title",
      "organizations.name as organization_name",
      "people.email",
      "people.location",
      "people.common_ground",
      "people.notes",
      "people.updated_at",
    ])
    .where("people.deleted_at", "is", null)
    .execute();
  for (const row of people) {
    add(
      row.owner_id,
      personSearchDocument({
        ...row,
        organizationName: row.organization_name,
        commonGround: row.common_ground,
        updatedAt: row.updated_at,
      }),
    );
  }

  const activities = await db
    .selectFrom("activities")
    .innerJoin("people", "people.id", "activities.person_id")
    .select([
      "activities.id",
      "activities.owner_id",
      "activities.person_id",
      "activities.kind",
      "activities.detail",
      "activities.with_name",
      "activities.occurred_at",
      "people.name as person_name",
    ])
    .where("activities.deleted_at", "is", null)
    .where("people.deleted_at", "is", null)
    .execute();
  for (const row of activities) {
    add(
      row.owner_id,
      activitySearchDocument(
        {
          id: row.id,
          personId: row.person_id,
          kind: row.kind,
          detail: row.detail,
          withName: row.with_name,
          occurredAt: row.occurred_at,
        },
        row.person_name,
      ),
    );
  }

  const asks = await db
    .selectFrom("network_asks")
    .innerJoin("people", "people.id", "network_asks.person_id")
    .select([
      "network_asks.id",
      "network_asks.owner_id",
      "network_asks.person_id",
      "network_asks.question",
      "network_asks.outcome",
      "network_asks.asked_at",
      "people.name as person_name",
    ])
    .where("network_asks.deleted_at", "is", null)
    .where("people.deleted_at", "is", null)
    .execute();
  for (const row of asks) {
    add(
      row.owner_id,
      networkAskSearchDocument(
        {
          id: row.id,
          personId: row.person_id,
          question: row.question,
          outcome: row.outcome,
          askedAt: row.asked_at,
        },
        row.person_name,
      ),
    );
  }

  for (const [ownerId, documents] of byOwner)
    await upsertSearchDocuments(connection, postgres, ownerId, documents);
}
