import { ApiError } from "./api.js";

/** The message to show a person for any failure, never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong. Please try again.";
}
