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
  const organizationOfNote = await noteOrganizations(context, hits);
  return hits.map((hit) => ({
    type: hit.type,
    id: hit.id,
    personId: hit.personId,
    title: hit.title,
    snippet: buildSnippet(hit.body, terms),
    href: searchResultHref({ ...hit, organizationId: organizationOfNote.get(hit.id) ?? null }),
  }));
}

/** An organization's research note opens on the organization's page: which one, per hit. */
async function noteOrganizations(
  context: ServiceContext,
  hits: readonly { type: string; id: string; personId: string | null }[],
): Promise<Map<string, string>> {
  const organizations = new Map<string, string>();
  for (const hit of hits) {
    if (hit.type !== "research_note" || hit.personId) continue;
    const note = await context.store.researchNotes.get(context.ownerId, hit.id);
    if (note?.organizationId) organizations.set(hit.id, note.organizationId);
  }
  return organizations;
}
