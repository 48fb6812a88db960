import { type Kysely, type MigrationProvider, Migrator } from "kysely";
import { migrations } from "./migrations/index.js";
import type { Database } from "./schema.js";
import { StorageError } from "./storage-error.js";

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; each runs in a transaction where the dialect allows. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: "rapport_migrations",
    migrationLockTableName: "rapport_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    // The disk or the server failed, not the migration: its own message says what to do.
    if (error instanceof StorageError) throw error;
    const failed = results?.find((result) => result.status === "Error")?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ?? ""} failed: ${reason}`);
  }
}
