import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rapport } from "./run-cli.js";

const _root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-storage-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe("rapport at start-up, when the data cannot be kept", () => {
  it.each([
    ["serve", ["serve", "--port", "0"]],
    ["today", ["today"]],
  ])("%s: --data naming a file says so and what to do", async (_name, args) => {
    const file = join(folder, "notes.txt");
    writeFileSync(file, "not a folder");
    const run = await rapport([...args, "--data", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        `rapport: ${file} is a file, not a folder, so Rapport cannot keep its data there. Give a folder instead (Rapport creates it if it does not exist).`,
        "To keep Rapport's data in another folder, start it with --data DIR or set RAPPORT_DATA.",
        `Details: EEXIST: file already exists, mkdir '${file}'`,
        "",
      ].join("\n"),
    );
  });

  it("names DATABASE_URL without its password when the server is down", async () => {
    const port = await closedPort();
    const run = await rapport(["today"], {
      DATABASE_URL: `postgres://jordan:hunter2@127.0.0.1:${port}/rapport`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        `rapport: Rapport cannot reach the PostgreSQL server in DATABASE_URL (postgres://jordan:***@127.0.0.1:${port}/rapport). Check that the server is running and that DATABASE_URL names its host and port, then try again.`,
        `Details: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}`,
        "",
      ].join("\n"),
    );
  });
});

describe("the data folder is private", () => {
  it("creates it 0700", async () => {
    const data = join(folder, "fresh", "rapport");
    const run = await rapport(["today", "--data", data]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(statSync(data).mode & 0o777).toBe(0o700);
  });

  it("tightens a folder others could read, and says so once", async () => {
    const data = join(folder, "older");
    mkdirSync(data);
    chmodSync(data, 0o755);
    const first = await rapport(["today", "--data", data]);
    expect([first.code, first.stderr]).toEqual([
      0,
      `Made the data folder ${data} private: other users of this computer could read it (mode 755, now 700).\n`,
    ]);
    expect(statSync(data).mode & 0o777).toBe(0o700);
    const second = await rapport(["today", "--data", data]);
    expect([second.code, second.stderr]).toEqual([0, ""]);
  });
});
