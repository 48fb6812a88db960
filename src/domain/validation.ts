import type { z } from "zod";

/** Field name → the message to show beside that field. */
export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors };

/**
 * Runs a schema and flattens its issues to one message per field, the shape both the
 * API's error body and the web forms use, so a user sees the same words either way.
 */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): Validated<z.output<Schema>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    // Keep the first message per field: it is the most basic thing to fix.
    fields[field] ??= issue.message;
  }
  return { ok: false, fields };
}
