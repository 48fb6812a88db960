import { onlineManager, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api.js";

export function createQueryClient(): QueryClient {
  // TanStack Query learns of the connection from events only; a page opened offline starts
  // offline, so coming back online refreshes what could not load.
  onlineManager.setOnline(navigator.onLine);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Asked even when the browser says it is offline: the service worker answers the reads
        // kept on this device (sw/sw.ts); the others fail at once and say so (LoadFailed).
        networkMode: "offlineFirst",
        // A 404 or a validation error will not fix itself; only retry network hiccups, and
        // not while offline, where the answer would only come later.
        retry: (failureCount, error) =>
          failureCount < 2 &&
          navigator.onLine &&
          !(error instanceof ApiError && error.status >= 400),
      },
    },
  });
}
