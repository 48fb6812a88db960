import { type Kysely, sql } from "kysely";
import { searchWords } from "../../domain/search.js";
import type { Database } from "../schema.js";
import { documentWrites, type HitRow, toSearchHit, withSearchTables } from "./search-documents.js";
import type { SearchIndex } from "./search-index.js";
import { rankingOrder } from "./search-ranking.js";

/** Every term as a quoted prefix (`"jose"* "chen"*`, implicitly AND-ed); no FTS5 syntax gets through. */
function matchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(" ");
}

/**
 * SQLite: an external-content FTS5 table over `search_documents` (tokenizer `unicode61
 * remove_diacritics 2`), kept in step by triggers.
 */
export function sqliteSearchIndex(db: Kysely<Database>): SearchIndex {
  const documents = withSearchTables(db);
  return {
    ...documentWrites(documents, (document) => ({
      body_words: searchWords(document.body).join(" "),
    })),

    async search(ownerId, terms, limit) {
      if (terms.length === 0) return [];
      // The match expression is a bound parameter, never spliced into the SQL text.
      const { rows } = await sql<HitRow>`
        select entity_type, entity_id, person_id, title, body
        from search_documents
        where id in (select rowid from search_fts where search_fts match ${matchExpression(terms)})
          and owner_id = ${ownerId}
        order by ${rankingOrder(terms, sql``)}
        limit ${limit}
      `.execute(documents);
      return rows.map(toSearchHit);
    },
  };
}
