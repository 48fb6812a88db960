import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ApiErrorBody, ApiErrorCode } from "../domain/api-error.js";
import type { FieldErrors } from "../domain/validation.js";
import { ServiceError, StorageError } from "../services/service-error.js";

const statusOf: Record<ApiErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  storage_unavailable: 503,
  forbidden_host: 403,
  forbidden_origin: 403,
  not_paired: 401,
  internal: 500,
};

export function errorResponse(
  context: Context,
  code: ApiErrorCode,
  message: string,
  fields?: FieldErrors,
): Response {
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return context.json(body, statusOf[code]);
}

/** The app's last word on any error: the stable JSON shape, never a stack trace. */
export function handleError(error: Error, context: Context): Response {
  if (error instanceof ServiceError)
    return errorResponse(context, error.code, error.message, error.fields);
  // The sentence for the user; the engine's own error for whoever reads the log.
  if (error instanceof StorageError) {
    console.error(`${error.message}\n`, error.cause);
    return errorResponse(context, "storage_unavailable", error.message);
  }
  // Hono's own 400s, e.g. a body that is not JSON at all.
  if (error instanceof HTTPException && error.status === 400) {
    return errorResponse(
      context,
      "validation_failed",
      `The request body is not valid JSON: ${error.message}`,
    );
  }
  console.error(error);
  return errorResponse(
    context,
    "internal",
    "Something went wrong on our side. Your data is unchanged.",
  );
}
