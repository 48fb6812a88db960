import { isUniqueViolation } from "../store/unique-violation.js";
import type { ServiceError } from "./service-error.js";

/**
 * Runs a write whose uniqueness was checked just before it, and says a unique key broken by
 * another writer (who took the name after the check, under read committed) as the same
 * conflict the check gives, instead of the engine's raw error.
 */
export async function unlessTakenMeanwhile<Result>(
  conflict: () => ServiceError,
  write: () => Promise<Result>,
): Promise<Result> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
