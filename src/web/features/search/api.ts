import type { SearchResult } from "../../../domain/search.js";
import { request } from "../../lib/api.js";

/** Global search over people, organizations and the log. */
export const searchApi = {
  search: async (text: string) =>
    (
      await request<{ results: SearchResult[] }>(
        "GET",
        `/api/search?q=${encodeURIComponent(text)}&limit=12`,
      )
    ).results,
};
