import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../src/services/context.js";
import { listPeople } from "../src/services/people.service.js";
import { openStore } from "../src/store/store.js";

const root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-processes-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A real second process, built code, the same file: what a user gets when the CLI
// imports while the server runs. Needs `npm run build:server` (npm test builds first).
const writer = `
  const { openStore } = await import(${JSON.stringify(join(root, "dist/store/store.js"))});
  const { createServiceContext } = await import(${JSON.stringify(join(root, "dist/services/context.js"))});
  const { createPerson } = await import(${JSON.stringify(join(root, "dist/services/people.service.js"))});
  const store = await openStore(process.argv[1]);
  const context = createServiceContext(store);
  for (let index = 0; index < 150; index += 1) {
    await createPerson(context, { name: process.argv[2] + " " + index, organizationName: "Shared Org" });
  }
  await store.close();
`;

function runWriter(url: string, label: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", writer, url, label], {
      stdio: "pipe",
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("exit", (code) => resolve({ code, stderr }));
  });
}

describe("two processes on one SQLite file", () => {
  it("both migrate a new file and both write, losing nothing", async () => {
    expect(existsSync(join(root, "dist/store/store.js")), "run `npm run build:server` first").toBe(
      true,
    );
    const url = `sqlite:${join(folder, "rapport.sqlite")}`;
    const results = await Promise.all([runWriter(url, "Ana"), runWriter(url, "Ben")]);
    expect(results).toEqual([
      { code: 0, stderr: "" },
      { code: 0, stderr: "" },
    ]);

    const store = await openStore(url);
    const people = await listPeople(createServiceContext(store));
    await store.close();
    expect(people).toHaveLength(300);
    expect(new Set(people.map((person) => person.organizationId)).size).toBe(1);
  });
});
