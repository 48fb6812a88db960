import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { formatByteSize } from "../domain/byte-size.js";
import type { FieldErrors } from "../domain/validation.js";
import { errorResponse } from "./errors.js";

/**
 * The most any JSON body may be. The largest valid one (a person with every long field
 * full, or a 50,000-character draft for the coach) is well under 256 KB in UTF-8.
 */
export const jsonBodyLimitBytes = 512 * 1024;

/**
 * Refuses a body over `maxBytes` with 413 and `message`. Hono's bodyLimit answers from a
 * Content-Length before reading anything, and counts a chunked body as it streams in, so
 * an oversize body is never held in memory; Node's HTTP parser never delivers more than
 * the declared length.
 */
export function limitBody(
  maxBytes: number,
  message: string,
  fields?: FieldErrors,
): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (context) => errorResponse(context, "too_large", message, fields),
  });
}

/** Every body but a file upload is JSON; this is its limit. */
export const limitJsonBody = limitBody(
  jsonBodyLimitBytes,
  `This request is larger than ${formatByteSize(jsonBodyLimitBytes)}, the most Rapport accepts here. Shorten the text and try again.`,
);

/** A file upload's limit; the message names the file, which is what the user chose. */
export function limitUpload(maxBytes: number, message: string): MiddlewareHandler {
  return limitBody(maxBytes, message, { file: message });
}
