import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { queryKeys } from "../../lib/invalidation.js";
import { type InsightsQueryString, insightsApi } from "./api.js";
import type { InsightsSection } from "./filter-state.js";

/** What the filters offer (interests, places) and whether there is anything to count yet. */
export const insightsOptionsQuery = () =>
  queryOptions({
    queryKey: queryKeys.insightsSection("options", {}),
    queryFn: insightsApi.options,
  });

/** Each section's figures for a filter (the same key whether fetched ahead or by the section). */
export const insightsSectionQueries = {
  effort: (query: InsightsQueryString) =>
    queryOptions({
      queryKey: queryKeys.insightsSection("effort", query),
      queryFn: () => insightsApi.effort(query),
    }),
  themes: (query: InsightsQueryString) =>
    queryOptions({
      queryKey: queryKeys.insightsSection("themes", query),
      queryFn: () => insightsApi.themes(query),
    }),
  compare: (query: InsightsQueryString) =>
    queryOptions({
      queryKey: queryKeys.insightsSection("compare", query),
      queryFn: () => insightsApi.compare(query),
    }),
  network: (query: InsightsQueryString) =>
    queryOptions({
      queryKey: queryKeys.insightsSection("network", query),
      queryFn: () => insightsApi.network(query),
    }),
} satisfies Record<InsightsSection, unknown>;

export function useInsightsOptions() {
  return useQuery(insightsOptionsQuery());
}

// Changing a filter keeps the previous figures on screen (dimmed) until the new ones arrive.
export function useEffort(query: InsightsQueryString) {
  return useQuery({
    ...insightsSectionQueries.effort(query),
    placeholderData: keepPreviousData,
  });
}

export function useThemes(query: InsightsQueryString) {
  return useQuery({
    ...insightsSectionQueries.themes(query),
    placeholderData: keepPreviousData,
  });
}

export function useCompare(query: InsightsQueryString) {
  return useQuery({
    ...insightsSectionQueries.compare(query),
    placeholderData: keepPreviousData,
  });
}

export function useNetwork(query: InsightsQueryString) {
  return useQuery({
    ...insightsSectionQueries.network(query),
    placeholderData: keepPreviousData,
  });
}
