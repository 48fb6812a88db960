import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { postgresStorageError, withoutPassword } from "./postgres-storage-error.js";
import { StorageError } from "./storage-error.js";
import { openStore } from "./store.js";

const testServer = process.env.TEST_DATABASE_URL;

/** A loopback port nothing listens on: bound, then released. */
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

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

describe("PostgreSQL failures name DATABASE_URL, never its password", () => {
  it("says the server cannot be reached when nothing listens", async () => {
    const port = await closedPort();
    const error = await failure(openStore(`postgres://jordan:s3cret@127.0.0.1:${port}/rapport`));
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({
      problem: "unreachable",
      message: `Rapport cannot reach the PostgreSQL server in DATABASE_URL (postgres://jordan:***@127.0.0.1:${port}/rapport). Check that the server is running and that DATABASE_URL names its host and port, then try again.`,
      cause: { code: "ECONNREFUSED" },
    });
  });

  it("says which user a wrong password was for", () => {
    const refused = { code: "28P01", message: 'password authentication failed for user "jordan"' };
    const error = postgresStorageError(refused, "postgres://jordan:wrong@db.example:5432/rapport");
    expect(error).toMatchObject({
      problem: "login_refused",
      message:
        'The PostgreSQL server refused to let user "jordan" in with the password in DATABASE_URL (postgres://jordan:***@db.example:5432/rapport). Correct the user name or password in DATABASE_URL.',
    });
  });

  it("says the server's disk is full, and leaves other errors alone", () => {
    const full = { code: "53100", message: "could not extend file: No space left on device" };
    expect(postgresStorageError(full, "postgres://u@h/d")).toMatchObject({
      problem: "full",
      message:
        "The PostgreSQL server's disk is full. Nothing was changed; free some space on the server, then try again.",
    });
    const duplicate = { code: "23505", message: "duplicate key value violates unique constraint" };
    expect(postgresStorageError(duplicate, "postgres://u@h/d")).toBe(duplicate);
  });

  it("never shows a password, even in a URL it cannot read", () => {
    expect(withoutPassword("postgres://u:p%40ss@h:1/d")).toBe("postgres://u:***@h:1/d");
    expect(withoutPassword("postgres://u:pass@[bad")).toBe(
      "(a DATABASE_URL that is not a valid URL)",
    );
  });

  it.runIf(testServer)("says the database is missing, and how to create it", async () => {
    const url = new URL(testServer ?? "");
    url.pathname = "/rapport_no_such_database";
    const error = await failure(openStore(url.toString()));
    expect(error).toMatchObject({
      problem: "database_missing",
      message: `The PostgreSQL server has no database "rapport_no_such_database", named in DATABASE_URL (${withoutPassword(url.toString())}). Create it (createdb rapport_no_such_database) or correct DATABASE_URL.`,
      cause: { code: "3D000" },
    });
  });

  it.runIf(testServer)("says the server refused the user", async () => {
    const url = new URL(testServer ?? "");
    url.username = "rapport_no_such_role";
    url.password = "whatever";
    const error = await failure(openStore(url.toString()));
    expect(error).toMatchObject({ problem: "login_refused", cause: { code: "28000" } });
    expect((error as Error).message).not.toContain("whatever");
  });
});
