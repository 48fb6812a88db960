import type { Kysely } from "kysely";
import type { SearchDocument, SearchEntityType } from "../../domain/search.js";
import type { StoreDialect } from "../connect.js";
import type { Database } from "../schema.js";
import { postgresSearchIndex } from "./postgres-search-index.js";
import { sqliteSearchIndex } from "./sqlite-search-index.js";

/** A document that matched, best first; the snippet is built above the store. */
export type SearchHit = Pick<SearchDocument, "type" | "id" | "personId" | "title" | "body">;

/**
 * The full-text index: FTS5 on SQLite, `tsvector`/GIN on PostgreSQL. Both index the same
 * folded words (`searchWords`) and match every term as a word prefix, so they find the
 * same documents, and both order them by the same rules (`rankedSearch`).
 */
export interface SearchIndex {
  /** Adds or replaces these documents. */
  upsert(ownerId: string, documents: readonly SearchDocument[]): Promise<void>;
  remove(ownerId: string, type: SearchEntityType, id: string): Promise<void>;
  /** Removes every log entry and ask indexed under a person (not the person). */
  removePersonRecords(ownerId: string, personId: string): Promise<void>;
  /** Empties the owner's index, before a rebuild. */
  removeAll(ownerId: string): Promise<void>;
  /** Documents containing every term as a word prefix, best first. */
  search(ownerId: string, terms: readonly string[], limit: number): Promise<SearchHit[]>;
  /** Ids of the people whose organization is this one, deleted or not. */
  peopleAtOrganization(ownerId: string, organizationId: string): Promise<string[]>;
  /** The `searchDocumentVersion` the owner's index was last built with, or null. */
  builtVersion(ownerId: string): Promise<number | null>;
  /** Records that the owner's index was just built, whole, with `version`. */
  setBuilt(ownerId: string, version: number, builtAt: string): Promise<void>;
  /** Marks the owner's index out of date: the next search rebuilds it. */
  clearBuilt(ownerId: string): Promise<void>;
}

/** The one place the dialect is chosen; everything above sees only `SearchIndex`. */
export function searchIndex(db: Kysely<Database>, dialect: StoreDialect): SearchIndex {
  switch (dialect) {
    case "sqlite":
      return sqliteSearchIndex(db);
    case "postgres":
      return postgresSearchIndex(db);
  }
}
