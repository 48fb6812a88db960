import type { ApiErrorCode } from "../domain/api-error.js";
import type { FieldErrors } from "../domain/validation.js";
import { pluralForm } from "../domain/wording/plural.js";

// The store's own failure (a full disk, an unreachable server): the same for every use case.
export { StorageError } from "../store/storage-error.js";

type ServiceErrorCode = Extract<ApiErrorCode, "validation_failed" | "not_found" | "conflict">;

/** A failure the user can act on; the server and CLI turn it into their own words. */
export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export function validationFailed(fields: FieldErrors): ServiceError {
  const count = Object.keys(fields).length;
  return new ServiceError(
    "validation_failed",
    pluralForm(count, { one: "One field needs fixing.", other: `${count} fields need fixing.` }),
    fields,
  );
}

export function notFound(what: string): ServiceError {
  return new ServiceError("not_found", `${what} was not found. It may have been deleted.`);
}
