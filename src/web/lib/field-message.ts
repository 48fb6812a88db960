import { ApiError } from "./api.js";
import { errorMessage } from "./error-message.js";

/** What to show at one field: the server's words for that field, else its message. */
export function fieldMessage(error: unknown, field: string): string {
  if (error instanceof ApiError && error.fields[field]) return error.fields[field];
  return errorMessage(error);
}
