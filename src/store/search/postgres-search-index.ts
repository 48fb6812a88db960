import { type Kysely, sql } from "kysely";
import { searchWords } from "../../domain/search.js";
import type { Database } from "../schema.js";
import { documentWrites, type HitRow, toSearchHit, withSearchTables } from "./search-documents.js";
import type { SearchIndex } from "./search-index.js";
import { rankingOrder } from "./search-ranking.js";

// tsvector positions stop at 16383; later words keep that position.
const lastPosition = 16383;

/**
 * Our folded words in `tsvector` input syntax (`'jose':1 'chen':2`). Built here rather
 * than with `to_tsvector('simple', …)` because PostgreSQL's parser reads some words its
 * own way ("1e10x" becomes "1e10" and "x"), and FTS5 would then match what it does not.
 */
function vectorText(words: readonly string[]): string {
  return words.map((word, index) => `'${word}':${Math.min(index + 1, lastPosition)}`).join(" ");
}

/** Every term as a prefix, AND-ed: `'jose':* & 'chen':*`. */
function queryText(terms: readonly string[]): string {
  return terms.map((term) => `'${term.replaceAll("'", "''")}':*`).join(" & ");
}

/** PostgreSQL: a `tsvector` column (title weighted A, body B) with a GIN index. */
export function postgresSearchIndex(db: Kysely<Database>): SearchIndex {
  const documents = withSearchTables(db);
  return {
    ...documentWrites(documents, (document) => ({
      search_vector: sql<string>`setweight(cast(${vectorText(searchWords(document.title))} as tsvector), 'A')
        || setweight(cast(${vectorText(searchWords(document.body))} as tsvector), 'B')`,
    })),

    async search(ownerId, terms, limit) {
      if (terms.length === 0) return [];
      // The query is a bound parameter cast to tsquery, never spliced into the SQL text.
      const { rows } = await sql<HitRow>`
        select entity_type, entity_id, person_id, title, body
        from search_documents
        where search_vector @@ cast(${queryText(terms)} as tsquery) and owner_id = ${ownerId}
        order by ${rankingOrder(terms, sql`collate "C"`)}
        limit ${limit}
      `.execute(documents);
      return rows.map(toSearchHit);
    },
  };
}
