import type { InsertObject, Kysely, Selectable } from "kysely";
import { type SearchDocument, type SearchEntityType, searchWords } from "../../domain/search.js";
import type { Database } from "../schema.js";
import type { SearchHit } from "./search-index.js";
import type { SearchDocumentTable, SearchTables } from "./search-tables.js";

export type SearchDatabase = Kysely<Database & SearchTables>;

export function withSearchTables(db: Kysely<Database>): SearchDatabase {
  return db.withTables<SearchTables>();
}

type DocumentRow = InsertObject<Database & SearchTables, "search_documents">;

// Well under both engines' bound-parameter limits (SQLite 32766, PostgreSQL 65535).
const rowsPerStatement = 500;

/**
 * The writes both implementations share. Replacing is delete-then-insert, which both
 * engines do the same way (on SQLite, triggers keep the FTS5 table in step). A change to
 * the columns derived here is a change of the document shape: bump `searchDocumentVersion`.
 */
export function documentWrites(
  db: SearchDatabase,
  /** The dialect's indexed form of a document (folded words or a tsvector). */
  indexedColumns: (document: SearchDocument) => Partial<DocumentRow>,
  /**
   * Runs before every write: takes the owner's search-index lock shared, so a rebuild of
   * the index (which holds it alone, see services/search-freshness.ts) never interleaves
   * with another transaction's index writes.
   */
  beforeWrite: (ownerId: string) => Promise<void>,
) {
  async function removeDocuments(ownerId: string, documents: readonly SearchDocument[]) {
    for (const type of new Set(documents.map((document) => document.type))) {
      const ids = documents.filter((document) => document.type === type).map(({ id }) => id);
      for (let start = 0; start < ids.length; start += rowsPerStatement) {
        await db
          .deleteFrom("search_documents")
          .where("owner_id", "=", ownerId)
          .where("entity_type", "=", type)
          .where("entity_id", "in", ids.slice(start, start + rowsPerStatement))
          .execute();
      }
    }
  }

  return {
    async upsert(ownerId: string, documents: readonly SearchDocument[]) {
      if (documents.length === 0) return;
      await beforeWrite(ownerId);
      await removeDocuments(ownerId, documents);
      for (let start = 0; start < documents.length; start += rowsPerStatement) {
        const rows = documents.slice(start, start + rowsPerStatement).map(
          (document): DocumentRow => ({
            owner_id: ownerId,
            entity_type: document.type,
            entity_id: document.id,
            person_id: document.personId,
            title: document.title,
            body: document.body,
            recency: document.recency,
            title_words: searchWords(document.title).join(" "),
            ...indexedColumns(document),
          }),
        );
        await db.insertInto("search_documents").values(rows).execute();
      }
    },

    async remove(ownerId: string, type: SearchEntityType, id: string) {
      await beforeWrite(ownerId);
      await db
        .deleteFrom("search_documents")
        .where("owner_id", "=", ownerId)
        .where("entity_type", "=", type)
        .where("entity_id", "=", id)
        .execute();
    },

    async removePersonRecords(ownerId: string, personId: string) {
      await beforeWrite(ownerId);
      await db
        .deleteFrom("search_documents")
        .where("owner_id", "=", ownerId)
        .where("person_id", "=", personId)
        .where("entity_type", "in", ["activity", "network_ask", "takeaway"])
        .execute();
    },

    async removeAll(ownerId: string) {
      await beforeWrite(ownerId);
      await db.deleteFrom("search_documents").where("owner_id", "=", ownerId).execute();
    },

    async peopleAtOrganization(ownerId: string, organizationId: string) {
      const rows = await db
        .selectFrom("people")
        .select("id")
        .where("owner_id", "=", ownerId)
        .where("organization_id", "=", organizationId)
        .execute();
      return rows.map((row) => row.id);
    },
  };
}

export type HitRow = Pick<
  Selectable<SearchDocumentTable>,
  "entity_type" | "entity_id" | "person_id" | "title" | "body"
>;

export function toSearchHit(row: HitRow): SearchHit {
  return {
    type: row.entity_type as SearchEntityType,
    id: row.entity_id,
    personId: row.person_id,
    title: row.title,
    body: row.body,
  };
}
