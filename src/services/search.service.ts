import {
  buildSnippet,
  clampSearchLimit,
  parseSearchTerms,
  type SearchResult,
  searchResultHref,
} from "../domain/search.js";
import type { ServiceContext } from "./context.js";
import { ensureSearchIndex } from "./search-freshness.js";

/**
 * The search box: people, organizations, log entries and asks matching every word typed,
 * best first, each with a highlighted snippet. Any input is accepted; input with no
 * letters or digits finds nothing. An index built with another document shape (or marked
 * stale by a bulk change) is rebuilt first.
 */
export async function searchEverything(
  context: ServiceContext,
  rawQuery: string,
  limit?: number,
): Promise<SearchResult[]> {
  const terms = parseSearchTerms(rawQuery);
  if (terms.length === 0) return [];
  await ensureSearchIndex(context);
  const hits = await context.store.search.search(context.ownerId, terms, clampSearchLimit(limit));
  return hits.map((hit) => ({
    type: hit.type,
    id: hit.id,
    personId: hit.personId,
    title: hit.title,
    snippet: buildSnippet(hit.body, terms),
    href: searchResultHref(hit),
  }));
}
