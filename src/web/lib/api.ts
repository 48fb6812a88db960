import type { ApiErrorBody, ApiErrorCode } from "../../domain/api-error.js";
import type { FieldErrors } from "../../domain/validation.js";

/** An error the API answered with, or a network failure (code "network"). */
export class ApiError extends Error {
  readonly code: ApiErrorCode | "network";
  readonly status: number;
  readonly fields: FieldErrors;
  /** A per-row report (a refused restore), one line a problem. */
  readonly report: readonly string[];

  constructor(
    code: ApiErrorCode | "network",
    message: string,
    status: number,
    fields: FieldErrors = {},
    report: readonly string[] = [],
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.report = report;
  }
}

export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = body.error;
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    "message" in error &&
    typeof error.message === "string"
  );
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * A request on this origin whose answer is checked: a network failure or an error answer
 * becomes an ApiError with the server's message and field errors. Used directly for files.
 */
export async function fetchChecked(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...init });
  } catch {
    throw new ApiError(
      "network",
      "Rapport's server is not answering. Check that it is still running, then try again.",
      0,
    );
  }
  if (response.ok) return response;
  const parsed: unknown = await response.json().catch(() => null);
  throw errorFromAnswer(response.status, parsed);
}

/**
 * The error an answer carries: the API's own message and field errors when it sent them,
 * else a sentence for the status (a proxy in front of Rapport may answer 413 itself).
 */
export function errorFromAnswer(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message, fields, report } = body.error;
    return new ApiError(code, message, status, fields ?? {}, report ?? []);
  }
  if (status === 413) {
    return new ApiError(
      "too_large",
      "That is more than the server accepts at once. Send a smaller file or a shorter text.",
      status,
    );
  }
  return new ApiError("internal", `Something went wrong on the server (${status}).`, status);
}

/** One call to the API; shared by the feature clients (each feature's api.ts). */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await fetchChecked(path, {
    method,
    headers: {
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!text) return null as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null as T;
  }
}

/** The query part of a URL; empty values are left out. */
export function queryString(
  params: Record<string, string | readonly string[] | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    // Lists repeat the key (?targetIds=a&targetIds=b), which the server reads as an array.
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else if (typeof value === "string" && value) search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
