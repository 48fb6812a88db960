import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Migration, Migrator } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../services/context.js";
import { searchEverything } from "../services/search.service.js";
import { connect } from "./connect.js";
import { migrations } from "./migrations/index.js";
import { openStore } from "./store.js";

const folder = mkdtempSync(join(tmpdir(), "rapport-migrations-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Applies the migrations up to and including `last`, as an older Rapport would have. */
async function migrateUpTo(path: string, last: string) {
  const names = Object.keys(migrations).sort();
  const older = Object.fromEntries(
    names.slice(0, names.indexOf(last) + 1).map((name) => [name, migrations[name] as Migration]),
  );
  const db = connect({ dialect: "sqlite", path });
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => older },
    migrationTableName: "rapport_migrations",
    migrationLockTableName: "rapport_migrations_lock",
  });
  const { error } = await migrator.migrateToLatest();
  return { db, error };
}

describe("upgrading an existing SQLite database", () => {
  it("indexes people written before search existed, and keeps finding them after the tokenizer change", async () => {
    const path = join(folder, "rapport.sqlite");
    const beforeSearch = await migrateUpTo(path, "2026-11-22T0100-log-network-profile");
    expect(beforeSearch.error).toBeUndefined();
    const now = "2026-11-01T10:00:00.000Z";
    await beforeSearch.db
      .insertInto("people")
      .values({
        id: "p1",
        owner_id: "local",
        name: "José Okafor",
        notes: "speech therapy",
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    await beforeSearch.db.destroy();

    // The search migration backfills; the tokenizer migration rebuilds; openStore runs what is left.
    const store = await openStore(`sqlite:${path}`);
    try {
      const context = createServiceContext(store);
      expect((await searchEverything(context, "jose THERA")).map((result) => result.title)).toEqual(
        ["José Okafor"],
      );
    } finally {
      await store.close();
    }
  });
});
