import { type RawBuilder, sql } from "kysely";

/**
 * The order of results, written once for both dialects so they rank identically. The
 * engines' own relevance functions are not used: bm25 (FTS5) weighs rare words up and
 * long documents down, ts_rank does neither, and on the same data they disagree. Instead:
 *
 * 1. the more terms start a word of the title, the better;
 * 2. among title matches, the shorter title (the person before their log entries);
 * 3. then the newest, then type and id, so the order is total.
 *
 * Titles are compared through `title_words` (folded, space-separated): a term starts a
 * title word exactly when `' ' || title_words` contains `' ' || term`. Terms hold only
 * letters and digits, so they never carry LIKE wildcards.
 */
export function rankingOrder(
  terms: readonly string[],
  /** How text is compared when ordering: byte order on both (SQLite's default; "C" on PostgreSQL). */
  bytewise: RawBuilder<unknown>,
) {
  const titleHits = sql.join(
    terms.map((term) => sql`(case when ' ' || title_words like ${`% ${term}%`} then 1 else 0 end)`),
    sql` + `,
  );
  return sql`
    (${titleHits}) desc,
    case when (${titleHits}) > 0 then length(title_words) else 0 end,
    recency ${bytewise} desc, entity_type ${bytewise}, entity_id ${bytewise}`;
}
