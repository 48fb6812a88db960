import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "../../lib/invalidation.js";
import { searchApi } from "./api.js";

export function useSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: queryKeys.search(trimmed),
    queryFn: () => searchApi.search(trimmed),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}
