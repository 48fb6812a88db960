import { type Kysely, PostgresAdapter, sql } from "kysely";
import {
  personSearchDocument,
  type SearchDocument,
  tripSearchDocument,
} from "./frozen/2026-12-01-search-documents.js";
import { upsertSearchDocuments } from "./frozen/2026-12-01-search-index.js";

// Append-only: once committed, never edit this file; add a new migration instead.
//
// Search now finds trips (by place, days and note) and people by phone number, however it
// is written. Nothing in the schema changes: this indexes the live trips that exist, and
// re-indexes live people who have a phone number so their number's digits are found.
//
// The one deliberate edit, behaviour-neutral: this migration imported the live domain and
// store code (domain/search.ts, store/search/search-index.ts, store/schema.ts); it now
// imports frozen private copies of them (./frozen/2026-12-01-search-*.ts) and declares the
// few columns it reads below, so an old database upgrades the same way forever, whatever the
// live code becomes. src/store/migrations-frozen.test.ts pins the documents it writes,
// taken before the edit.

/** The columns this migration reads, as the tables were at this point in history. */
type Tables = {
  trips: {
    id: string;
    owner_id: string;
    place: string;
    starts_on: string;
    ends_on: string;
    note: string | null;
    updated_at: string;
    deleted_at: string | null;
  };
  organizations: { id: string; name: string; deleted_at: string | null };
  people: {
    id: string;
    owner_id: string;
    name: string;
    title: string | null;
    organization_id: string | null;
    email: string | null;
    phone: string | null;
    phone_extension: string | null;
    location: string | null;
    common_ground: string | null;
    notes: string | null;
    updated_at: string;
    deleted_at: string | null;
  };
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const database = db.withTables<Tables>();
  const byOwner = new Map<string, SearchDocument[]>();
  const add = (ownerId: string, document: SearchDocument) => {
    const documents = byOwner.get(ownerId);
    if (documents) documents.push(document);
    else byOwner.set(ownerId, [document]);
  };

  const trips = await database
    .selectFrom("trips")
    .select(["id", "owner_id", "place", "starts_on", "ends_on", "note", "updated_at"])
    .where("deleted_at", "is", null)
    .execute();
  for (const row of trips) {
    add(
      row.owner_id,
      tripSearchDocument({
        id: row.id,
        place: row.place,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        note: row.note,
        updatedAt: row.updated_at,
      }),
    );
  }

  const people = await database
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
      "people.phone",
      "people.phone_extension",
      "people.location",
      "people.common_ground",
      "people.notes",
      "people.updated_at",
    ])
    .where("people.deleted_at", "is", null)
    .where("people.phone", "is not", null)
    .execute();
  for (const row of people) {
    add(
      row.owner_id,
      personSearchDocument({
        id: row.id,
        name: row.name,
        title: row.title,
        organizationName: row.organization_name,
        email: row.email,
        phone: row.phone,
        phoneExtension: row.phone_extension,
        location: row.location,
        commonGround: row.common_ground,
        notes: row.notes,
        updatedAt: row.updated_at,
      }),
    );
  }

  for (const [ownerId, documents] of byOwner)
    await upsertSearchDocuments(db, postgres, ownerId, documents);
}

/** Trips leave the index; people keep their documents (the phone words do no harm). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from search_documents where entity_type = 'trip'`.execute(db);
}
