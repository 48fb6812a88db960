import type { ClientResponse } from "hono/client";
import { hc } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";
import type { ApiRoutes } from "../../server/api-types.js";
import { ApiError, errorFromAnswer, unreachableMessage } from "./api.js";

/**
 * The typed client for Rapport's HTTP API, derived from the server's route types: a path,
 * a body field or an answer's key that the server does not have fails `tsc`. Calls go
 * through `unwrap` (JSON answers) or `answered` (files), which throw ApiError on failure.
 */
export const api = hc<ApiRoutes>("/api", {
  fetch: (input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, { ...init, credentials: "same-origin" }),
  headers: { Accept: "application/json" },
  buildSearchParams: searchParams,
});

/**
 * The query as the hand-written client sent it: lists repeat the key (?targetIds=a&targetIds=b),
 * which the server reads as an array, and empty values are left out (a cleared filter).
 */
function searchParams(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else if (typeof value === "string" && value) search.set(key, value);
  }
  return search;
}

/** An id as a path parameter; the client puts it in the path as given, so it is encoded here. */
export function byId(id: string): { param: { id: string } } {
  return { param: { id: encodeURIComponent(id) } };
}

type AnyResponse = ClientResponse<unknown, number, string>;

/** What a successful answer's JSON is, by the route's own type. */
export type Answer<Response> =
  Response extends ClientResponse<infer Body, infer Status, "json">
    ? Status extends SuccessStatusCode
      ? Body
      : never
    : never;

/**
 * The response once it is known to be a success: a network failure becomes ApiError
 * "network", an error answer the ApiError it carries (see errorFromAnswer). For files.
 */
export async function answered<Response extends AnyResponse>(
  pending: Promise<Response>,
): Promise<Response> {
  let response: Response;
  try {
    response = await pending;
  } catch {
    throw new ApiError("network", unreachableMessage, 0);
  }
  if (response.ok) return response;
  const parsed: unknown = await response.json().catch(() => null);
  throw errorFromAnswer(response.status, parsed);
}

/** A call's JSON answer, typed by its route; throws ApiError as `answered` does. */
export async function unwrap<Response extends AnyResponse>(
  pending: Promise<Response>,
): Promise<Answer<Response>> {
  const text = await (await answered(pending)).text();
  // As before the typed client: an empty or unreadable body reads as null.
  if (!text) return null as Answer<Response>;
  try {
    return JSON.parse(text) as Answer<Response>;
  } catch {
    return null as Answer<Response>;
  }
}
