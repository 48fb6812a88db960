import { useEffect, useState } from "react";
import type { SearchResult } from "../../../domain/search.js";
import { useSearch } from "../search/index.js";

/** Names are looked up from this many letters typed, after this pause. */
export const nameLookupMinLength = 2;
const debounceMs = 150;
const maxPeople = 5;
const maxOrganizations = 3;

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export interface NamedRecords {
  people: SearchResult[];
  organizations: SearchResult[];
  /** The answer for what is typed now has arrived (or nothing needs asking). */
  settled: boolean;
  error: unknown;
}

/**
 * People (and organizations) whose names match what is typed, from the global search (the same
 * request and cache as the header's search), a few of each. Nothing is asked under two letters.
 */
export function useNamedRecords(text: string): NamedRecords {
  const typed = text.trim();
  const debounced = useDebounced(typed, debounceMs);
  const asked = debounced.length >= nameLookupMinLength ? debounced : "";
  const search = useSearch(asked);
  if (typed.length < nameLookupMinLength) {
    return { people: [], organizations: [], settled: true, error: null };
  }
  const results = asked ? (search.data ?? []) : [];
  return {
    people: results.filter((result) => result.type === "person").slice(0, maxPeople),
    organizations: results
      .filter((result) => result.type === "organization")
      .slice(0, maxOrganizations),
    settled: asked === typed && !search.isFetching,
    error: search.isError ? search.error : null,
  };
}
