import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api.js";

export function createQueryClient(): QueryClient {
  return new QueryClient({
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
