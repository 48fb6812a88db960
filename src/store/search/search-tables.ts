import type { ColumnType, Generated } from "kysely";

/** A column only one dialect's table has: the other never writes it. */
type DialectColumn = ColumnType<string, string | undefined, string>;

/**
 * The search index as Kysely sees it: one row per indexed thing. Kept beside the search
 * code rather than in `schema.ts` because nothing else reads it; the store adds it to
 * its `Database` with `withTables`.
 */
export type SearchTables = {
  search_documents: SearchDocumentTable;
  search_index_builds: SearchIndexBuildTable;
};

/** Which `searchDocumentVersion` built an owner's index; no row means it was never built. */
export interface SearchIndexBuildTable {
  owner_id: string;
  version: number;
  built_at: string;
}

export interface SearchDocumentTable {
  /** SQLite only: the stable rowid the FTS5 table points at. */
  id: Generated<number>;
  owner_id: string;
  entity_type: string;
  entity_id: string;
  person_id: string | null;
  /** As written, for showing the result and building its snippet. */
  title: string;
  body: string;
  recency: string;
  /** The title's folded words, space-separated: ranking reads them in both dialects. */
  title_words: string;
  /** SQLite only: the body's folded words, which the FTS5 table indexes with the title's. */
  body_words: DialectColumn;
  /** PostgreSQL only: the title's and body's folded words as a `tsvector` (GIN-indexed). */
  search_vector: DialectColumn;
}
