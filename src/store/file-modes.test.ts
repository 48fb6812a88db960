import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../services/context.js";
import { createPerson } from "../services/people.service.js";
import { openStore } from "./store.js";

const root = mkdtempSync(join(tmpdir(), "rapport-modes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("the database is readable by its user only", () => {
  it("creates the folder 0700 and the database, -wal and -shm files 0600", async () => {
    const folder = join(root, "new", "data");
    const file = join(folder, "rapport.sqlite");
    const store = await openStore(`sqlite:${file}`);
    await createPerson(createServiceContext(store), { name: "Ada Lovelace" });
    // Checked while open: SQLite removes -wal and -shm when the last connection closes.
    const modes = [folder, file, `${file}-wal`, `${file}-shm`].map(modeOf);
    await store.close();
    expect(modes).toEqual(["700", "600", "600", "600"]);
  });

  it("narrows database files an older Rapport left readable by others", async () => {
    const folder = join(root, "older");
    mkdirSync(folder);
    const file = join(folder, "rapport.sqlite");
    await (await openStore(`sqlite:${file}`)).close();
    chmodSync(file, 0o644);
    const store = await openStore(`sqlite:${file}`);
    await createPerson(createServiceContext(store), { name: "Grace Hopper" });
    const modes = [file, `${file}-wal`, `${file}-shm`].map(modeOf);
    await store.close();
    expect(modes).toEqual(["600", "600", "600"]);
  });
});
