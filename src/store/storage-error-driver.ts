import type {
  CompiledQuery,
  DatabaseConnection,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from "kysely";

/** Turns an engine's error into the error to throw (a StorageError, or the same error). */
export type ErrorTranslation = (error: unknown) => unknown;

async function translated<Result>(
  translate: ErrorTranslation,
  work: () => Promise<Result>,
): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    throw translate(error);
  }
}

/**
 * Every failure of a query, a connection or a transaction command passes through
 * `translate`, so the services and the API see one StorageError ("the disk is full")
 * whatever the engine said, on every path a write can take.
 */
class TranslatedConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly translate: ErrorTranslation,
  ) {}

  executeQuery<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
    return translated(this.translate, () => this.inner.executeQuery<Row>(query));
  }

  async *streamQuery<Row>(
    query: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<Row>> {
    try {
      yield* this.inner.streamQuery<Row>(query, chunkSize);
    } catch (error) {
      throw this.translate(error);
    }
  }
}

export class StorageErrorDriver implements Driver {
  // The inner driver must get back its own connection objects (pg's carry a private release).
  readonly #inner = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(
    private readonly driver: Driver,
    private readonly translate: ErrorTranslation,
  ) {}

  #unwrap(connection: DatabaseConnection): DatabaseConnection {
    return this.#inner.get(connection) ?? connection;
  }

  init(): Promise<void> {
    return translated(this.translate, () => this.driver.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await translated(this.translate, () => this.driver.acquireConnection());
    const wrapped = new TranslatedConnection(inner, this.translate);
    this.#inner.set(wrapped, inner);
    return wrapped;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return translated(this.translate, () =>
      this.driver.beginTransaction(this.#unwrap(connection), settings),
    );
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return translated(this.translate, () =>
      this.driver.commitTransaction(this.#unwrap(connection)),
    );
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return translated(this.translate, () =>
      this.driver.rollbackTransaction(this.#unwrap(connection)),
    );
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await translated(this.translate, async () =>
      this.driver.savepoint?.(this.#unwrap(connection), name, compileQuery),
    );
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await translated(this.translate, async () =>
      this.driver.rollbackToSavepoint?.(this.#unwrap(connection), name, compileQuery),
    );
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await translated(this.translate, async () =>
      this.driver.releaseSavepoint?.(this.#unwrap(connection), name, compileQuery),
    );
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.driver.releaseConnection(this.#unwrap(connection));
  }

  destroy(): Promise<void> {
    return this.driver.destroy();
  }
}
