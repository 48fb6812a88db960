import { type RawBuilder, sql } from "kysely";
import { type HitRow, type SearchDatabase, toSearchHit } from "./search-documents.js";
import type { SearchHit } from "./search-index.js";

/**
 * The ranked query both dialects run; only `matches`, the engine's full-text predicate,
 * differs. The engines' own relevance functions are not used: bm25 (FTS5) weighs rare
 * words up and long documents down, ts_rank does neither, and on the same data they
 * order results differently. Instead, the same rules on both:
 *
 * 1. the more terms start a word of the title, the better;
 * 2. among title matches, records (people, organizations, trips) before entries (log
 *    entries, asks), which carry their person's name as a title: the person comes first;
 * 3. then the shorter title;
 * 4. then the newest, then type and id, so the order is total.
 *
 * Titles are compared through `title_words` (folded, space-separated): a term starts a
 * title word exactly when `' ' || title_words` contains `' ' || term`. Terms hold only
 * letters and digits, so they never carry LIKE wildcards. Only the keys are sorted; the
 * texts of the few best are read afterwards.
 */
export async function rankedSearch(
  db: SearchDatabase,
  options: {
    ownerId: string;
    terms: readonly string[];
    limit: number;
    matches: RawBuilder<boolean>;
    /** Byte-order comparison of text: SQLite's default; `collate "C"` on PostgreSQL. */
    bytewise: RawBuilder<unknown>;
  },
): Promise<SearchHit[]> {
  const { ownerId, terms, limit, matches, bytewise } = options;
  const titleHits = sql.join(
    terms.map((term) => sql`(case when ' ' || title_words like ${`% ${term}%`} then 1 else 0 end)`),
    sql` + `,
  );
  const order = (table: "matched" | "best") => {
    const column = (name: string) => sql.ref(`${table}.${name}`);
    return sql`
      ${column("title_hits")} desc,
      case when ${column("title_hits")} > 0 then ${column("entry_rank")} else 0 end,
      case when ${column("title_hits")} > 0 then ${column("title_length")} else 0 end,
      ${column("recency")} ${bytewise} desc,
      ${column("entity_type")} ${bytewise},
      ${column("entity_id")} ${bytewise}`;
  };
  const { rows } = await sql<HitRow>`
    with matched as (
      select entity_type, entity_id, recency, length(title_words) as title_length,
        ${titleHits} as title_hits,
        case when entity_type in ('activity', 'network_ask') then 1 else 0 end as entry_rank
      from search_documents
      where owner_id = ${ownerId} and ${matches}
    ), best as (
      select * from matched order by ${order("matched")} limit ${limit}
    )
    select best.entity_type, best.entity_id, document.person_id, document.title, document.body
    from best
    join search_documents as document
      on document.owner_id = ${ownerId}
      and document.entity_type = best.entity_type
      and document.entity_id = best.entity_id
    order by ${order("best")}
  `.execute(db);
  return rows.map(toSearchHit);
}
