import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
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
  return new QueryClient({
    queryCache: new QueryCache({ onError: whenUnpaired }),
    mutationCache: new MutationCache({ onError: whenUnpaired }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 404 or a validation error will not fix itself; only retry network hiccups.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400),
      },
    },
  });
}
