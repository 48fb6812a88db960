/**
 * Whether a database error is a broken unique key, on either engine: PostgreSQL's SQLSTATE
 * 23505, SQLite's "UNIQUE constraint failed". Services turn it into what the user should do
 * where a check before the write can lose a race to another writer.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === "23505" || (typeof message === "string" && message.includes("UNIQUE constraint"));
}
