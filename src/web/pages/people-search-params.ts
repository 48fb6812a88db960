import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  type PeopleQuery,
  type PeopleSortKey,
  type PersonSource,
  peopleSortKeys,
  personSources,
} from "../../domain/person.js";

/** The URL parameter for each filter; short names keep shared links readable. */
export type PeopleParam = "q" | "organization" | "location" | "source" | "sort" | "direction";

const filterParams: PeopleParam[] = ["q", "organization", "location", "source"];

function isSortKey(value: string | null): value is PeopleSortKey {
  return peopleSortKeys.some((key) => key === value);
}

function isSource(value: string | null): value is PersonSource {
  return personSources.some((source) => source === value);
}

export interface PeopleSearch {
  query: PeopleQuery;
  sort: PeopleSortKey;
  direction: "asc" | "desc";
  text: string;
  hasFilters: boolean;
  setParam: (param: PeopleParam, value: string) => void;
  setSort: (sort: PeopleSortKey) => void;
  clearFilters: () => void;
}

/**
 * Filters and sort order live in the URL, so reload, back and shared links all show the
 * same table. Unknown values in the URL are ignored rather than sent to the server.
 */
export function usePeopleSearch(): PeopleSearch {
  const [params, setParams] = useSearchParams();

  const text = params.get("q") ?? "";
  const organizationId = params.get("organization") ?? "";
  const location = params.get("location") ?? "";
  const rawSource = params.get("source");
  const rawSort = params.get("sort");
  const sort: PeopleSortKey = isSortKey(rawSort) ? rawSort : "name";
  const direction = params.get("direction") === "desc" ? "desc" : "asc";

  const query = useMemo<PeopleQuery>(() => {
    const result: PeopleQuery = { sort, direction };
    if (text.trim()) result.text = text.trim();
    if (organizationId) result.organizationId = organizationId;
    if (location) result.location = location;
    if (isSource(rawSource)) result.source = rawSource;
    return result;
  }, [text, organizationId, location, rawSource, sort, direction]);

  const setParam = useCallback(
    (param: PeopleParam, value: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(param, value);
          else next.delete(param);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const setSort = useCallback(
    (key: PeopleSortKey) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const currentSort = isSortKey(current.get("sort")) ? current.get("sort") : "name";
          const currentDirection = current.get("direction") === "desc" ? "desc" : "asc";
          // Same column flips the order; a new column starts with its natural order
          // (A→Z for text, newest first for "Updated").
          const nextDirection =
            currentSort === key
              ? currentDirection === "asc"
                ? "desc"
                : "asc"
              : key === "updated"
                ? "desc"
                : "asc";
          if (key === "name" && nextDirection === "asc") {
            next.delete("sort");
            next.delete("direction");
          } else {
            next.set("sort", key);
            next.set("direction", nextDirection);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clearFilters = useCallback(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const param of filterParams) next.delete(param);
        return next;
      },
      { replace: true },
    );
  }, [setParams]);

  return {
    query,
    sort,
    direction,
    text,
    hasFilters: Boolean(query.text || query.organizationId || query.location || query.source),
    setParam,
    setSort,
    clearFilters,
  };
}
