import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeLinkedInFile } from "../bench/linkedin-file.mjs";
import { createServiceContext } from "../src/services/context.js";
import { createPerson, listPeople } from "../src/services/people.service.js";
import { openStore } from "../src/store/store.js";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-killed-import-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function walSize(path: string): number {
  return existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
}

// Real child processes (the built CLI) run beside the other test files on 2 cores: under that
// load they take two to three times as long as alone, so this bounds a hang, not the speed.
const realProcessTimeout = 60_000;

describe("an import killed while it writes", () => {
  it(
    "leaves the store exactly as it was",
    async () => {
      expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(
        true,
      );
      const data = join(folder, "data");
      const database = join(data, "rapport.sqlite");
      const store = await openStore(`sqlite:${database}`);
      await createPerson(createServiceContext(store), {
        name: "Already Here",
        email: "here@example.com",
      });
      await store.close();

      const file = join(folder, "Connections.csv");
      writeLinkedInFile(file, 60_000);
      const child = spawn(process.execPath, ["dist/cli/main.js", "import", file, "--data", data], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: "" },
        stdio: "ignore",
      });
      let exited = false;
      child.once("exit", () => {
        exited = true;
      });
      // Wait until the import's transaction has written megabytes to the WAL, then kill it hard.
      const deadline = Date.now() + 60_000;
      while (walSize(database) < 4 * 1024 * 1024 && !exited && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(exited, "the import finished before it could be killed; use a larger file").toBe(
        false,
      );
      expect(walSize(database)).toBeGreaterThanOrEqual(4 * 1024 * 1024);
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));

      const reopened = await openStore(`sqlite:${database}`);
      try {
        const people = await listPeople(createServiceContext(reopened));
        expect(people.map((person) => person.name)).toEqual(["Already Here"]);
      } finally {
        await reopened.close();
      }
    },
    realProcessTimeout,
  );
});
