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

/** What a request that never reached the server says (ApiError "network"). */
export const unreachableMessage =
  "Rapport's server is not answering. Check that it is still running, then try again.";

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
