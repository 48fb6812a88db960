import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeLinkedInFile } from "../bench/linkedin-file.mjs";
import { createServiceContext } from "../src/services/context.js";
import { listOrganizations } from "../src/services/organizations.service.js";
import { listPeople } from "../src/services/people.service.js";
import { openStore } from "../src/store/store.js";
import { createPostgresDatabase } from "./stores.js";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-races-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const postgresUrl = process.env.TEST_DATABASE_URL;

// Two real processes of the built code against one store, the way the CLI and the server
// share one. Needs `npm run build:server` (npm test builds first).
const adder = `
  const { openStore } = await import(${JSON.stringify(join(root, "dist/store/store.js"))});
  const { createServiceContext } = await import(${JSON.stringify(join(root, "dist/services/context.js"))});
  const { createPerson } = await import(${JSON.stringify(join(root, "dist/services/people.service.js"))});
  const [url, label, count] = process.argv.slice(1);
  const store = await openStore(url);
  const context = createServiceContext(store);
  // Both processes start their loop on the same signal, so each pair truly overlaps.
  process.stdout.write("ready\\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  for (let index = 0; index < Number(count); index += 1) {
    const name = label === "Ana" ? "Nouvelle Société " + index : "NOUVELLE SOCIÉTÉ " + index;
    await createPerson(context, { name: label + " " + index, organizationName: name });
  }
  await store.close();
`;

interface Finished {
  code: number | null;
  stderr: string;
}

function finished(child: ChildProcess): Promise<Finished> {
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
}

async function addAtOnce(url: string, pairs: number): Promise<Finished[]> {
  const children = ["Ana", "Ben"].map((label) =>
    spawn(process.execPath, ["--input-type=module", "-e", adder, url, label, String(pairs)], {
      stdio: "pipe",
    }),
  );
  const exits = children.map(finished);
  await Promise.all(
    children.map((child) => new Promise((resolve) => child.stdout?.once("data", resolve))),
  );
  for (const child of children) child.stdin?.end("go\n");
  return Promise.all(exits);
}

function importAtOnce(file: string, data: string, databaseUrl: string): Promise<Finished[]> {
  return Promise.all(
    [1, 2].map(() =>
      finished(
        spawn(process.execPath, ["dist/cli/main.js", "import", file, "--data", data], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: databaseUrl },
          stdio: ["ignore", "ignore", "pipe"],
        }),
      ),
    ),
  );
}

async function counts(url: string) {
  // Migrated before the processes start, so the race is about the writes, not the schema.
  const store = await openStore(url);
  try {
    const context = createServiceContext(store);
    const organizations = await listOrganizations(context);
    return {
      people: (await listPeople(context)).length,
      organizations: organizations.length,
      peoplePerOrganization: new Set(organizations.map((organization) => organization.peopleCount)),
    };
  } finally {
    await store.close();
  }
}

interface Engine {
  name: string;
  available: boolean;
  /** A fresh, migrated store: its URL for the processes (empty means the data folder's file). */
  open(data: string): Promise<{ url: string; databaseUrl: string; drop(): Promise<void> }>;
}

const engines: Engine[] = [
  {
    name: "sqlite",
    available: true,
    async open(data) {
      const url = `sqlite:${join(data, "rapport.sqlite")}`;
      await counts(url);
      return { url, databaseUrl: "", drop: async () => {} };
    },
  },
  {
    name: "postgres",
    available: Boolean(postgresUrl),
    async open() {
      const database = await createPostgresDatabase(postgresUrl ?? "");
      await counts(database.url);
      return { url: database.url, databaseUrl: database.url, drop: database.drop };
    },
  },
];

describe.each(engines)("two processes at once on $name", (engine) => {
  describe.skipIf(!engine.available)("counting rows after", () => {
    it("two imports of one file add each person once, and both succeed", async () => {
      expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(
        true,
      );
      const data = mkdtempSync(join(folder, "import-"));
      const store = await engine.open(data);
      try {
        const file = join(data, "Connections.csv");
        writeLinkedInFile(file, 200);
        const exits = await importAtOnce(file, data, store.databaseUrl);
        expect(exits).toEqual([
          { code: 0, stderr: "" },
          { code: 0, stderr: "" },
        ]);
        expect((await counts(store.url)).people).toBe(200);
      } finally {
        await store.drop();
      }
    });

    it("many pairs adding a person at the same new organization share one organization", async () => {
      const data = mkdtempSync(join(folder, "add-"));
      const store = await engine.open(data);
      try {
        const pairs = 40;
        const exits = await addAtOnce(store.url, pairs);
        expect(exits).toEqual([
          { code: 0, stderr: "" },
          { code: 0, stderr: "" },
        ]);
        expect(await counts(store.url)).toEqual({
          people: 2 * pairs,
          organizations: pairs,
          peoplePerOrganization: new Set([2]),
        });
      } finally {
        await store.drop();
      }
    });
  });
});
