import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeEach } from "vitest";
import { openStore, type Store } from "../src/store/store.js";
import { testContext } from "./builders.js";

/** A place the integration tests run against; PostgreSQL only where a server is given. */
export interface StoreTarget {
  name: "sqlite" | "postgres";
  available: boolean;
  /** Opens a fresh, empty, migrated store; `cleanup` closes it and drops what it made. */
  open(): Promise<{ store: Store; cleanup(): Promise<void> }>;
}

const postgresUrl = process.env.TEST_DATABASE_URL;

if (!postgresUrl) {
  if (process.env.CI === "true") {
    throw new Error(
      "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.",
    );
  }
  console.warn(
    "\n*** POSTGRESQL TESTS NOT RUN: set TEST_DATABASE_URL=postgres://user@127.0.0.1:5432/test to run them. ***\n",
  );
}

/** A throwaway database on the test server, so runs never collide or see leftovers. */
export async function createPostgresDatabase(adminUrl: string) {
  const name = `rapport_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

export const storeTargets: StoreTarget[] = [
  {
    name: "sqlite",
    available: true,
    async open() {
      const store = await openStore("sqlite::memory:");
      return { store, cleanup: () => store.close() };
    },
  },
  {
    name: "postgres",
    available: Boolean(postgresUrl),
    async open() {
      if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set");
      const database = await createPostgresDatabase(postgresUrl);
      const store = await openStore(database.url);
      return {
        store,
        async cleanup() {
          await store.close();
          await database.drop();
        },
      };
    },
  },
];

/**
 * One store per test file on this target, and a new owner for every test, so tests share
 * a database (fast on PostgreSQL) yet each sees only its own rows.
 */
export function freshOwnerEachTest(target: StoreTarget) {
  let opened: { store: Store; cleanup(): Promise<void> } | undefined;
  let owner = 0;
  const current = {} as { store: Store; clock: ReturnType<typeof testContext> };
  beforeEach(async () => {
    opened ??= await target.open();
    current.store = opened.store;
    current.clock = testContext(opened.store);
    current.clock.context.ownerId = `owner-${++owner}`;
  });
  afterAll(async () => opened?.cleanup());
  return current;
}
