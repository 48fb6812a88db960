import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { searchApi } from "./api.js";

export const searchKeys = {
  search: (text: string) => ["search", text] as const,
};

export function useSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: searchKeys.search(trimmed),
    queryFn: () => searchApi.search(trimmed),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}
