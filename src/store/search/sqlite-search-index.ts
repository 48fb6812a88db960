import { type Kysely, sql } from "kysely";
import { bodySearchWords } from "../../domain/search.js";
import type { Database } from "../schema.js";
import { searchIndexBuilds } from "./search-builds.js";
import { documentWrites, withSearchTables } from "./search-documents.js";
import type { SearchIndex } from "./search-index.js";
import { rankedSearch } from "./search-ranking.js";

/** Every term as a quoted prefix (`"jose"* "chen"*`, implicitly AND-ed); no FTS5 syntax gets through. */
function matchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(" ");
}

/**
 * SQLite: an external-content FTS5 table over the folded words in `search_documents`,
 * kept in step by triggers (see the search migration).
 */
export function sqliteSearchIndex(db: Kysely<Database>): SearchIndex {
  const documents = withSearchTables(db);
  return {
    ...documentWrites(
      documents,
      (document) => ({ body_words: bodySearchWords(document).join(" ") }),
      // Transactions begin IMMEDIATE (sqlite-dialect.ts): every writer already runs alone.
      async () => {},
    ),
    ...searchIndexBuilds(documents),

    async search(ownerId, terms, limit) {
      if (terms.length === 0) return [];
      // The match expression is a bound parameter, never spliced into the SQL text.
      return rankedSearch(documents, {
        ownerId,
        terms,
        limit,
        matches: sql<boolean>`id in (select rowid from search_fts where search_fts match ${matchExpression(terms)})`,
        bytewise: sql``,
      });
    },
  };
}
