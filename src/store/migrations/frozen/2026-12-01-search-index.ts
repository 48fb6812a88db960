import { type Kysely, sql } from "kysely";
import {
  bodySearchWords,
  type SearchDocument,
  searchWords,
} from "./2026-12-01-search-documents.js";

// FROZEN: never edit this file.
//
// A frozen private copy, for the search migrations (2026-11-22T0200-search and
// 2026-12-01T0800-search-trips-phones), of how the live store wrote search documents at
// commit 01f3c68: `upsert` of src/store/search/search-documents.ts with the indexed columns of
// src/store/search/sqlite-search-index.ts (body_words, which the FTS5 triggers index) and
// src/store/search/postgres-search-index.ts (search_vector), trimmed to the upsert and
// otherwise unchanged. Why a copy: see ./2026-12-01-search-documents.ts; an old database
// must upgrade the same way forever, whatever the live store later writes.

/** The search_documents columns these migrations write, as the table was then. */
interface SearchDocumentsTable {
  owner_id: string;
  entity_type: string;
  entity_id: string;
  person_id: string | null;
  title: string;
  body: string;
  recency: string;
  title_words: string;
  /** SQLite only. */
  body_words?: string;
  /** PostgreSQL only. */
  search_vector?: string;
}

type SearchTables = { search_documents: SearchDocumentsTable };

const rowsPerStatement = 500;

function vectorText(words: readonly string[]): string {
  return words.map((word) => `'${word}'`).join(" ");
}

/** Adds or replaces these documents of one owner: delete, then insert, as the store did. */
export async function upsertSearchDocuments(
  db: Kysely<unknown>,
  postgres: boolean,
  ownerId: string,
  documents: readonly SearchDocument[],
): Promise<void> {
  const tables = db.withTables<SearchTables>();
  for (const type of new Set(documents.map((document) => document.type))) {
    const ids = documents.filter((document) => document.type === type).map(({ id }) => id);
    for (let start = 0; start < ids.length; start += rowsPerStatement) {
      await tables
        .deleteFrom("search_documents")
        .where("owner_id", "=", ownerId)
        .where("entity_type", "=", type)
        .where("entity_id", "in", ids.slice(start, start + rowsPerStatement))
        .execute();
    }
  }
  for (let start = 0; start < documents.length; start += rowsPerStatement) {
    const rows = documents.slice(start, start + rowsPerStatement).map((document) => ({
      owner_id: ownerId,
      entity_type: document.type,
      entity_id: document.id,
      person_id: document.personId,
      title: document.title,
      body: document.body,
      recency: document.recency,
      title_words: searchWords(document.title).join(" "),
      ...(postgres
        ? {
            search_vector: sql<string>`cast(${vectorText([
              ...searchWords(document.title),
              ...bodySearchWords(document),
            ])} as tsvector)`,
          }
        : { body_words: bodySearchWords(document).join(" ") }),
    }));
    await tables.insertInto("search_documents").values(rows).execute();
  }
}
