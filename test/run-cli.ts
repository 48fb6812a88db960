import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect } from "vitest";
import { createPostgresDatabase } from "./stores.js";

/**
 * The built CLI as a user runs it (`npm test` builds first), shared by the test/cli-*.test.ts
 * files: what it printed and its exit status, and a fresh store on each engine to point it at.
 */

const root = new URL("..", import.meta.url).pathname;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `rapport ARGS` with no DATABASE_URL or RAPPORT_DATA from outside, unless `env` sets one. */
export function rapport(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  expect(existsSync(join(root, "dist/cli/main.js")), "run `npm run build:server` first").toBe(true);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["dist/cli/main.js", ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: "", RAPPORT_DATA: "", ...env } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export interface CliStoreTarget {
  name: string;
  available: boolean;
  /** A fresh empty store: its URL and the environment and arguments that point the CLI at it. */
  open(label: string): Promise<{ url: string; env: Record<string, string>; args: string[] }>;
}

/**
 * A data folder's SQLite file under `folder`, and a throwaway PostgreSQL database named by
 * DATABASE_URL when TEST_DATABASE_URL is set (dropped after the file's tests).
 */
export function cliStoreTargets(folder: string): CliStoreTarget[] {
  const dropAfter: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of dropAfter) await drop();
  });
  return [
    {
      name: "sqlite",
      available: true,
      async open(label) {
        const data = join(folder, label);
        return { url: `sqlite:${join(data, "rapport.sqlite")}`, env: {}, args: ["--data", data] };
      },
    },
    {
      name: "postgres",
      available: Boolean(process.env.TEST_DATABASE_URL),
      async open() {
        const database = await createPostgresDatabase(process.env.TEST_DATABASE_URL ?? "");
        dropAfter.push(database.drop);
        return {
          url: database.url,
          env: { DATABASE_URL: database.url },
          args: ["--data", join(folder, "unused")],
        };
      },
    },
  ];
}
