import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, type Migration, Migrator } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../../test/stores.js";
import { createServiceContext } from "../services/context.js";
import { listOrganizations } from "../services/organizations.service.js";
import { createPerson, listPeople } from "../services/people.service.js";
import { searchEverything } from "../services/search.service.js";
import { addTemplate, listTemplates } from "../services/templates.service.js";
import { connect, type StoreLocation } from "./connect.js";
import { migrations } from "./migrations/index.js";
import type { Database } from "./schema.js";
import { openStore } from "./store.js";

const folder = mkdtempSync(join(tmpdir(), "rapport-migrations-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Applies the migrations up to and including `last`, as an older Rapport would have. */
async function migrateUpTo(path: string, last: string) {
  return migrateLocationUpTo({ dialect: "sqlite", path }, last);
}

async function migrateLocationUpTo(location: StoreLocation, last: string) {
  const names = Object.keys(migrations).sort();
  const older = Object.fromEntries(
    names.slice(0, names.indexOf(last) + 1).map((name) => [name, migrations[name] as Migration]),
  );
  const db = connect(location);
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

type BeforeNameKeys = {
  [Table in keyof Database]: Omit<Database[Table], "name_key" | "filter_text" | "location_key">;
};

const postgresUrl = process.env.TEST_DATABASE_URL;
const engines = [
  {
    name: "sqlite",
    available: true,
    async create() {
      const path = join(folder, "names.sqlite");
      return {
        location: { dialect: "sqlite", path } as const,
        url: `sqlite:${path}`,
        drop: async () => {},
      };
    },
  },
  {
    name: "postgres",
    available: Boolean(postgresUrl),
    async create() {
      const database = await createPostgresDatabase(postgresUrl ?? "");
      return {
        location: { dialect: "postgres", connectionString: database.url } as const,
        url: database.url,
        drop: database.drop,
      };
    },
  },
];

describe.each(engines)("upgrading to name keys on $name", (engine) => {
  it.skipIf(!engine.available)(
    "keys the names already on file, numbers live names that now collide, and matches them after",
    async () => {
      const database = await engine.create();
      try {
        const migrated = await migrateLocationUpTo(
          database.location,
          "2026-11-23T0600-due-actions-cache",
        );
        expect(migrated.error).toBeUndefined();
        // The tables as they were before this migration added the key columns.
        const older = { db: migrated.db as unknown as Kysely<BeforeNameKeys> };
        const row = (id: string, created: string) => ({
          id,
          owner_id: "local",
          created_at: created,
          updated_at: created,
          deleted_at: null,
        });
        // lower() let both in on either engine; the new key says they are one name.
        await older.db
          .insertInto("organizations")
          .values([
            { ...row("o1", "2026-11-01T10:00:00.000Z"), name: "Straße" },
            { ...row("o2", "2026-11-02T10:00:00.000Z"), name: "STRASSE" },
            { ...row("o3", "2026-11-03T10:00:00.000Z"), name: "Ørsted" },
          ])
          .execute();
        await older.db
          .insertInto("people")
          .values({
            ...row("p1", "2026-11-01T10:00:00.000Z"),
            name: "JOSÉ",
            location: "ÅLESUND",
            organization_id: "o3",
          })
          .execute();
        await older.db
          .insertInto("templates")
          .values({
            ...row("t1", "2026-11-01T10:00:00.000Z"),
            name: "PREMIÈRE",
            purpose: "email",
            subject: null,
            body: "Hello {{first_name}}",
          })
          .execute();
        await older.db.destroy();

        const store = await openStore(database.url);
        try {
          const context = createServiceContext(store);
          const names = (await listOrganizations(context)).map((organization) => organization.name);
          expect(names.sort()).toEqual(["STRASSE (2)", "Straße", "Ørsted"]);
          const joined = await createPerson(context, { name: "Ana", organizationName: "ørsted" });
          expect(joined.organizationId).toBe("o3");
          expect(
            (await createPerson(context, { name: "Ben", organizationName: "strasse" }))
              .organizationId,
          ).toBe("o1");
          expect(
            (await listPeople(context, { text: "josé" })).map((person) => person.name),
          ).toEqual(["JOSÉ"]);
          expect(
            (await listPeople(context, { location: "ålesund" })).map((person) => person.name),
          ).toEqual(["JOSÉ"]);
          await expect(
            addTemplate(context, { name: "première", purpose: "email", subject: null, body: "Hi" }),
          ).rejects.toMatchObject({ code: "conflict" });
          expect(await listTemplates(context)).toHaveLength(1);
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    },
  );
});
