import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../services/context.js";
import { createPerson, listPeople } from "../services/people.service.js";
import { StorageError } from "./storage-error.js";
import { openStore } from "./store.js";

const root = mkdtempSync(join(tmpdir(), "rapport-storage-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
function newFolder(): string {
  folders += 1;
  return join(root, `data-${folders}`);
}

/** A migrated store whose file may not grow by a single page: the "disk" is full. */
async function fullStore(folder: string) {
  const file = join(folder, "rapport.sqlite");
  const fresh = await openStore(`sqlite:${file}`);
  await createPerson(createServiceContext(fresh), { name: "Ada Lovelace" });
  await fresh.close();
  const pages = Math.ceil(statSync(file).size / 4096);
  return openStore(`sqlite:${file}`, { sqliteMaxPages: pages });
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

describe("storage faults on SQLite", () => {
  it("reports a full disk, not SQLite's 'cannot rollback', and saves nothing", async () => {
    const folder = newFolder();
    const store = await fullStore(folder);
    const context = createServiceContext(store);
    const error = await failure(
      createPerson(context, { name: "Grace Hopper", notes: "n".repeat(19_000) }),
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({
      problem: "full",
      message: `The disk that holds Rapport's data (${folder}) is full. Nothing was changed; free some space on it, then try again.`,
      cause: { code: "SQLITE_FULL" },
    });
    // The transaction was rolled back whole, and the store still reads.
    expect((await listPeople(context)).map((person) => person.name)).toEqual(["Ada Lovelace"]);
    await store.close();
  });

  it("reports a store too full to migrate when it opens", async () => {
    const folder = newFolder();
    const error = await failure(
      openStore(`sqlite:${join(folder, "rapport.sqlite")}`, { sqliteMaxPages: 3 }),
    );
    expect(error).toMatchObject({ problem: "full", cause: { code: "SQLITE_FULL" } });
  });

  it("says another program holds the database when its write lock outlasts the wait", async () => {
    const folder = newFolder();
    const file = join(folder, "rapport.sqlite");
    const store = await openStore(`sqlite:${file}`);
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    try {
      const error = await failure(createPerson(createServiceContext(store), { name: "Ada" }));
      expect(error).toMatchObject({
        problem: "busy",
        message: `Another program kept Rapport's database ${file} locked for more than 5 seconds (often a second Rapport, or a backup or sync tool holding the file). Nothing was changed; try again in a moment, and close the other program if it keeps happening.`,
        cause: { code: "SQLITE_BUSY" },
      });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(await listPeople(createServiceContext(store))).toEqual([]);
    await store.close();
  });

  it("says so when the data folder is a file", async () => {
    const file = join(root, "not-a-folder");
    writeFileSync(file, "");
    const error = await failure(openStore(`sqlite:${join(file, "rapport.sqlite")}`));
    expect(error).toMatchObject({
      problem: "not_a_folder",
      message: `${file} is a file, not a folder, so Rapport cannot keep its data there. Give a folder instead (Rapport creates it if it does not exist).`,
      cause: { code: "EEXIST" },
    });
  });

  it("says so when a folder above the data folder is a file", async () => {
    const file = join(root, "a-file-above");
    writeFileSync(file, "");
    const error = await failure(openStore(`sqlite:${join(file, "data", "rapport.sqlite")}`));
    expect(error).toMatchObject({ problem: "not_a_folder", cause: { code: "ENOTDIR" } });
    expect((error as Error).message).toMatch(new RegExp(`^${file} is a file, not a folder`));
  });

  it("says the file is not a database rather than 'file is not a database'", async () => {
    const folder = newFolder();
    mkdirSync(folder);
    const file = join(folder, "rapport.sqlite");
    writeFileSync(file, "these are someone's notes, not a database ".repeat(200));
    const error = await failure(openStore(`sqlite:${file}`));
    expect(error).toMatchObject({
      problem: "damaged",
      message: `${file} is not a Rapport database, or it is damaged. Move it out of the folder to start afresh, or restore a backup into an empty folder (rapport restore).`,
      cause: { code: "SQLITE_NOTADB" },
    });
  });
});
