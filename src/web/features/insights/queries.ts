import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "../../lib/invalidation.js";
import { type InsightsQueryString, insightsApi } from "./api.js";

/** What the filters offer (interests, places) and whether there is anything to count yet. */
export function useInsightsOptions() {
  return useQuery({
    queryKey: queryKeys.insightsSection("options", {}),
    queryFn: insightsApi.options,
  });
}

// Changing a filter keeps the previous figures on screen (dimmed) until the new ones arrive.
export function useEffort(query: InsightsQueryString) {
  return useQuery({
    queryKey: queryKeys.insightsSection("effort", query),
    queryFn: () => insightsApi.effort(query),
    placeholderData: keepPreviousData,
  });
}

export function useThemes(query: InsightsQueryString) {
  return useQuery({
    queryKey: queryKeys.insightsSection("themes", query),
    queryFn: () => insightsApi.themes(query),
    placeholderData: keepPreviousData,
  });
}

export function useCompare(query: InsightsQueryString) {
  return useQuery({
    queryKey: queryKeys.insightsSection("compare", query),
    queryFn: () => insightsApi.compare(query),
    placeholderData: keepPreviousData,
  });
}

export function useNetwork(query: InsightsQueryString) {
  return useQuery({
    queryKey: queryKeys.insightsSection("network", query),
    queryFn: () => insightsApi.network(query),
    placeholderData: keepPreviousData,
  });
}
