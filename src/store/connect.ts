import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { type Driver, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { postgresStorageError } from "./postgres-storage-error.js";
import type { Database } from "./schema.js";
import { RapportSqliteDialect } from "./sqlite-dialect.js";
import { folderStorageError, sqliteStorageError } from "./storage-error.js";
import { StorageErrorDriver } from "./storage-error-driver.js";

export type StoreDialect = "sqlite" | "postgres";

/** Where a store lives: an embedded SQLite file (or memory) or a PostgreSQL server. */
export type StoreLocation =
  | { dialect: "sqlite"; path: string }
  | { dialect: "postgres"; connectionString: string };

/**
 * Reads a store URL: `postgres://…`/`postgresql://…` for a server, `sqlite:PATH` or a
 * plain file path for the embedded database, `sqlite::memory:` for a throwaway one.
 */
export function parseStoreUrl(url: string): StoreLocation {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: "postgres", connectionString: url };
  const path = url.replace(/^sqlite:(\/\/)?/i, "");
  if (!path) throw new Error(`No database file given in "${url}"`);
  return { dialect: "sqlite", path };
}

export interface ConnectOptions {
  /**
   * Caps the SQLite file at this many pages (4 KB each); past it every write fails as on
   * a full disk. Tests use it to fill the "disk" without a real one.
   */
  sqliteMaxPages?: number;
}

export function connect(location: StoreLocation, options: ConnectOptions = {}): Kysely<Database> {
  switch (location.dialect) {
    case "sqlite":
      return new Kysely<Database>({
        dialect: new RapportSqliteDialect(openSqlite(location.path, options)),
      });
    case "postgres":
      return new Kysely<Database>({
        dialect: new RapportPostgresDialect(location.connectionString),
      });
  }
}

/** PostgreSQL's failures (server down, wrong password…) as StorageErrors naming DATABASE_URL. */
class RapportPostgresDialect extends PostgresDialect {
  readonly #connectionString: string;

  constructor(connectionString: string) {
    super({ pool: openPool(connectionString) });
    this.#connectionString = connectionString;
  }

  override createDriver(): Driver {
    const connectionString = this.#connectionString;
    return new StorageErrorDriver(super.createDriver(), (error) =>
      postgresStorageError(error, connectionString),
    );
  }
}

function openPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // The server may close an idle connection (a restart, an administrator). pg reports it
  // on the pool, and with no listener Node would stop the whole app; the pool simply
  // opens a new connection for the next query.
  pool.on("error", (error) =>
    console.warn(`PostgreSQL closed an idle connection: ${error.message}`),
  );
  return pool;
}

const privateFolderMode = 0o700;
const privateFileMode = 0o600;

/**
 * The database holds every contact, so only its user may read it: a new file is created
 * 0600 before SQLite opens it (SQLite gives its -wal and -shm files the database file's
 * mode), and files an older Rapport left readable by others are narrowed to 0600.
 */
function keepPrivate(path: string): void {
  try {
    closeSync(openSync(path, "a", privateFileMode));
    for (const file of [path, `${path}-wal`, `${path}-shm`]) {
      if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, privateFileMode);
    }
  } catch (error) {
    // A file that cannot be made private is one SQLite cannot use either; it says why.
    if (!isPermissionError(error)) throw sqliteStorageError(error, path);
  }
}

function isPermissionError(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    (error.code === "EACCES" || error.code === "EPERM" || error.code === "EROFS")
  );
}

function openSqlite(path: string, options: ConnectOptions): SqliteDatabase.Database {
  if (path !== ":memory:") {
    try {
      mkdirSync(dirname(path), { recursive: true, mode: privateFolderMode });
    } catch (error) {
      throw folderStorageError(error, dirname(path));
    }
    keepPrivate(path);
  }
  let database: SqliteDatabase.Database | undefined;
  try {
    database = new SqliteDatabase(path);
    // WAL lets readers and one writer share the file; FULL fsyncs every commit so a power
    // cut never loses an acknowledged write; busy_timeout makes a second process wait for
    // SQLite's own lock instead of failing at once.
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = FULL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 5000");
    if (options.sqliteMaxPages !== undefined) {
      database.pragma(`max_page_count = ${Math.floor(options.sqliteMaxPages)}`);
    }
    return database;
  } catch (error) {
    database?.close();
    throw sqliteStorageError(error, path);
  }
}
