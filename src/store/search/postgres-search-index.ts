import { type Kysely, sql } from "kysely";
import { bodySearchWords, searchWords } from "../../domain/search.js";
import { ownerLocks } from "../owner-locks.js";
import type { Database } from "../schema.js";
import { searchIndexBuilds } from "./search-builds.js";
import { documentWrites, withSearchTables } from "./search-documents.js";
import type { SearchIndex } from "./search-index.js";
import { rankedSearch } from "./search-ranking.js";

/**
 * Our folded words in `tsvector` input syntax (`'jose' 'chen'`). Built here rather than
 * with `to_tsvector('simple', …)` because PostgreSQL's parser reads some words its own
 * way ("1e10x" becomes "1e10" and "x"), and would then match what FTS5 does not.
 */
function vectorText(words: readonly string[]): string {
  return words.map((word) => `'${word}'`).join(" ");
}

/** Every term as a prefix, AND-ed: `'jose':* & 'chen':*`. */
function queryText(terms: readonly string[]): string {
  return terms.map((term) => `'${term.replaceAll("'", "''")}':*`).join(" & ");
}

/**
 * PostgreSQL: a `tsvector` column of the title's and body's words with a GIN index. No
 * weights: ranking reads `title_words` (see `rankedSearch`), the same as on SQLite.
 */
export function postgresSearchIndex(db: Kysely<Database>): SearchIndex {
  const documents = withSearchTables(db);
  const locks = ownerLocks(db, "postgres");
  return {
    ...documentWrites(
      documents,
      (document) => {
        const words = [...searchWords(document.title), ...bodySearchWords(document)];
        return { search_vector: sql<string>`cast(${vectorText(words)} as tsvector)` };
      },
      (ownerId) => locks.shareOwner(ownerId, "search-index"),
    ),
    ...searchIndexBuilds(documents),

    async search(ownerId, terms, limit) {
      if (terms.length === 0) return [];
      // The query is a bound parameter cast to tsquery, never spliced into the SQL text.
      return rankedSearch(documents, {
        ownerId,
        terms,
        limit,
        matches: sql<boolean>`search_vector @@ cast(${queryText(terms)} as tsquery)`,
        bytewise: sql`collate "C"`,
      });
    },
  };
}
