import { MutationCache, onlineManager, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api.js";

const unpairedReloadKey = "rapport-unpaired-reload";

/**
 * A phone revoked while a page was open: load the page again, and the server answers with
 * its own "pair this device again" page instead of the app. At most once a minute, so a
 * page served from a cache can never reload in a loop.
 */
function whenUnpaired(error: Error) {
  if (!(error instanceof ApiError && error.code === "not_paired")) return;
  const last = Number(window.sessionStorage.getItem(unpairedReloadKey) ?? 0);
  if (Date.now() - last < 60_000) return;
  window.sessionStorage.setItem(unpairedReloadKey, String(Date.now()));
  window.location.reload();
}

export function createQueryClient(): QueryClient {
  // TanStack Query learns of the connection from events only; a page opened offline starts
  // offline, so coming back online refreshes what could not load.
  onlineManager.setOnline(navigator.onLine);
  return new QueryClient({
    queryCache: new QueryCache({ onError: whenUnpaired }),
    mutationCache: new MutationCache({ onError: whenUnpaired }),
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
