import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  type PeopleQuery,
  type PeopleSortKey,
  type PersonSource,
  peopleSortKeys,
  personSources,
} from "../../../domain/person.js";
import { type Stage, stages } from "../../../domain/stage.js";

/** The URL parameter for each filter; short names keep shared links readable. */
export type PeopleParam =
  | "q"
  | "organization"
  | "location"
  | "source"
  | "stage"
  | "target"
  | "sort"
  | "direction";

const filterParams: PeopleParam[] = ["q", "organization", "location", "source", "stage", "target"];

function isSortKey(value: string | null): value is PeopleSortKey {
  return peopleSortKeys.some((key) => key === value);
}

function isSource(value: string | null): value is PersonSource {
  return personSources.some((source) => source === value);
}

function isStage(value: string | null): value is Stage {
  return stages.some((stage) => stage === value);
}

export interface PeopleSearch {
  query: PeopleQuery;
  sort: PeopleSortKey;
  direction: "asc" | "desc";
  text: string;
  hasFilters: boolean;
  setParam: (param: PeopleParam, value: string) => void;
  setSort: (sort: PeopleSortKey) => void;
  /** Adds or removes one interest/location from the "tagged with all of these" filter. */
  toggleTarget: (targetId: string) => void;
  clearFilters: () => void;
}

/** What the table shows for these URL parameters; unknown values are left out. */
export function readPeopleParams(params: URLSearchParams): {
  query: PeopleQuery;
  sort: PeopleSortKey;
  direction: "asc" | "desc";
  text: string;
} {
  const text = params.get("q") ?? "";
  const organizationId = params.get("organization") ?? "";
  const location = params.get("location") ?? "";
  const rawSource = params.get("source");
  const rawStage = params.get("stage");
  // Repeated (?target=a&target=b).
  const targetIds = params.getAll("target").filter(Boolean);
  const rawSort = params.get("sort");
  const sort: PeopleSortKey = isSortKey(rawSort) ? rawSort : "name";
  const direction = params.get("direction") === "desc" ? "desc" : "asc";
  const query: PeopleQuery = { sort, direction };
  if (text.trim()) query.text = text.trim();
  if (organizationId) query.organizationId = organizationId;
  if (location) query.location = location;
  if (isSource(rawSource)) query.source = rawSource;
  if (isStage(rawStage)) query.stage = rawStage;
  if (targetIds.length > 0) query.targetIds = targetIds;
  return { query, sort, direction, text };
}

/** One filter set (or removed, when empty). */
export function withParam(current: URLSearchParams, param: PeopleParam, value: string) {
  const next = new URLSearchParams(current);
  if (value) next.set(param, value);
  else next.delete(param);
  return next;
}

/**
 * Sorting by a column: the same column flips the order; a new column starts with its
 * natural order (A→Z for text, newest first for "Updated"). Name A→Z, the default, leaves
 * the URL without sort parameters.
 */
export function withSort(current: URLSearchParams, key: PeopleSortKey) {
  const next = new URLSearchParams(current);
  const currentSort = isSortKey(current.get("sort")) ? current.get("sort") : "name";
  const currentDirection = current.get("direction") === "desc" ? "desc" : "asc";
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
}

/** Adds or removes one interest/location from the "tagged with all of these" filter. */
export function withTargetToggled(current: URLSearchParams, targetId: string) {
  const next = new URLSearchParams(current);
  const chosen = current.getAll("target");
  next.delete("target");
  const kept = chosen.includes(targetId)
    ? chosen.filter((id) => id !== targetId)
    : [...chosen, targetId];
  for (const id of kept) next.append("target", id);
  return next;
}

/** Every filter removed; the sort order stays. */
export function withoutFilters(current: URLSearchParams) {
  const next = new URLSearchParams(current);
  for (const param of filterParams) next.delete(param);
  return next;
}

/**
 * Filters and sort order live in the URL, so reload, back and shared links all show the
 * same table. Unknown values in the URL are ignored rather than sent to the server.
 */
export function usePeopleSearch(): PeopleSearch {
  const [params, setParams] = useSearchParams();
  // Read once per change of the URL's query, so the query object stays the same meanwhile.
  const search = params.toString();
  const { query, sort, direction, text } = useMemo(
    () => readPeopleParams(new URLSearchParams(search)),
    [search],
  );

  const setParam = useCallback(
    (param: PeopleParam, value: string) =>
      setParams((current) => withParam(current, param, value), { replace: true }),
    [setParams],
  );

  const setSort = useCallback(
    (key: PeopleSortKey) => setParams((current) => withSort(current, key), { replace: true }),
    [setParams],
  );

  const toggleTarget = useCallback(
    (targetId: string) =>
      setParams((current) => withTargetToggled(current, targetId), { replace: true }),
    [setParams],
  );

  const clearFilters = useCallback(
    () => setParams((current) => withoutFilters(current), { replace: true }),
    [setParams],
  );

  return {
    query,
    sort,
    direction,
    text,
    hasFilters: Boolean(
      query.text ||
        query.organizationId ||
        query.location ||
        query.source ||
        query.stage ||
        query.targetIds,
    ),
    setParam,
    setSort,
    toggleTarget,
    clearFilters,
  };
}
