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
  const rawStage = params.get("stage");
  // Repeated (?target=a&target=b); joined into one string so the memo below stays stable.
  const targetList = params.getAll("target").filter(Boolean).join("\n");
  const rawSort = params.get("sort");
  const sort: PeopleSortKey = isSortKey(rawSort) ? rawSort : "name";
  const direction = params.get("direction") === "desc" ? "desc" : "asc";

  const query = useMemo<PeopleQuery>(() => {
    const result: PeopleQuery = { sort, direction };
    if (text.trim()) result.text = text.trim();
    if (organizationId) result.organizationId = organizationId;
    if (location) result.location = location;
    if (isSource(rawSource)) result.source = rawSource;
    if (isStage(rawStage)) result.stage = rawStage;
    if (targetList) result.targetIds = targetList.split("\n");
    return result;
  }, [text, organizationId, location, rawSource, rawStage, targetList, sort, direction]);

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

  const toggleTarget = useCallback(
    (targetId: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const chosen = current.getAll("target");
          next.delete("target");
          const kept = chosen.includes(targetId)
            ? chosen.filter((id) => id !== targetId)
            : [...chosen, targetId];
          for (const id of kept) next.append("target", id);
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
