import { StorageError } from "./storage-error.js";

/** The connection string with its password replaced, so no message or log shows it. */
export function withoutPassword(connectionString: string): string {
  try {
    const parsed = new URL(connectionString);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(a DATABASE_URL that is not a valid URL)";
  }
}

function field(error: unknown, name: "code" | "message"): string {
  if (typeof error !== "object" || error === null || !(name in error)) return "";
  const value: unknown = Reflect.get(error, name);
  return typeof value === "string" ? value : "";
}

/** Node reports a refused connection to "localhost" (IPv4 and IPv6) as one AggregateError. */
function networkCode(error: unknown): string {
  const code = field(error, "code");
  if (code || !(error instanceof AggregateError)) return code;
  return field(error.errors[0], "code");
}

const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  // The server is shutting down, starting up, or was stopped by its administrator.
  "57P01",
  "57P02",
  "57P03",
]);

/**
 * PostgreSQL's failures (pg's errors carry SQLSTATE codes; the network's carry errno
 * names) as StorageErrors naming DATABASE_URL without its password; anything else,
 * such as a constraint violation, is returned unchanged.
 */
export function postgresStorageError(error: unknown, connectionString: string): unknown {
  const where = `DATABASE_URL (${withoutPassword(connectionString)})`;
  const code = networkCode(error);
  const message = field(error, "message");
  const parsed = URL.canParse(connectionString) ? new URL(connectionString) : null;
  const user = decodeURIComponent(parsed?.username ?? "") || "(none given)";
  const database = decodeURIComponent(parsed?.pathname.slice(1) ?? "") || user;
  if (unreachableCodes.has(code) || /Connection terminated/i.test(message)) {
    return new StorageError(
      "unreachable",
      `Rapport cannot reach the PostgreSQL server in ${where}. Check that the server is running and that DATABASE_URL names its host and port, then try again.`,
      { cause: error },
    );
  }
  // 28P01: wrong password; 28000: no such role or not allowed in; SASL: no password sent.
  if (code === "28P01" || code === "28000" || /SASL|password must be a string/i.test(message)) {
    return new StorageError(
      "login_refused",
      `The PostgreSQL server refused to let user "${user}" in with the password in ${where}. Correct the user name or password in DATABASE_URL.`,
      { cause: error },
    );
  }
  if (code === "3D000") {
    return new StorageError(
      "database_missing",
      `The PostgreSQL server has no database "${database}", named in ${where}. Create it (createdb ${database}) or correct DATABASE_URL.`,
      { cause: error },
    );
  }
  if (code === "53100") {
    return new StorageError(
      "full",
      "The PostgreSQL server's disk is full. Nothing was changed; free some space on the server, then try again.",
      { cause: error },
    );
  }
  // 25006: a read-only transaction, e.g. on a standby server.
  if (code === "25006") {
    return new StorageError(
      "read_only",
      `The PostgreSQL server in ${where} only allows reading (it may be a standby), so nothing was saved. Point DATABASE_URL at the primary server.`,
      { cause: error },
    );
  }
  return error;
}
