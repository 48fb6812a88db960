import type SqliteDatabase from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase as KyselySqliteDatabase,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";
import { sqliteStorageError } from "./storage-error.js";
import { StorageErrorDriver } from "./storage-error-driver.js";

/**
 * Every transaction here writes, so it starts with BEGIN IMMEDIATE: it takes SQLite's
 * write lock up front and waits for it (busy_timeout) instead of failing later when a
 * second process committed first, which a deferred BEGIN does in WAL mode.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  readonly #database: SqliteDatabase.Database;

  constructor(config: SqliteDialectConfig, database: SqliteDatabase.Database) {
    super(config);
    this.#database = database;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  /**
   * SQLite itself rolls the transaction back on some errors (a full disk, an I/O error);
   * a second ROLLBACK would then fail with "no transaction is active", and that error
   * would replace the real one on its way to the user and the log.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#database.inTransaction) await super.rollbackTransaction(connection);
  }
}

/** SQLite rolls back DDL like any other statement, so migrations can run in a transaction. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * Kysely prepares every statement anew, and preparing costs more than running a small
 * query. The same SQL text reuses its prepared statement; the cache is bounded (least
 * recently used goes first) because IN-lists of varying length make new texts. Safe: the
 * one connection runs one statement at a time.
 */
export function withStatementCache(
  database: SqliteDatabase.Database,
  capacity = 500,
): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= capacity) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

export class RapportSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #database: SqliteDatabase.Database;

  /** `database` is the open file; its path names the file in messages about it. */
  constructor(database: SqliteDatabase.Database) {
    const config = { database: withStatementCache(database) };
    super(config);
    this.#config = config;
    this.#database = database;
  }

  override createDriver(): Driver {
    const file = this.#database.name;
    return new StorageErrorDriver(
      new ImmediateTransactionDriver(this.#config, this.#database),
      (error) => sqliteStorageError(error, file),
    );
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlAdapter();
  }
}
