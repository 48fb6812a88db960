import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createServiceContext } from "../services/context.js";
import { openStore, type Store } from "../store/store.js";
import { createApp, type RapportApp } from "./app.js";

const folder = mkdtempSync(join(tmpdir(), "rapport-full-"));
const file = join(folder, "rapport.sqlite");
let store: Store;
let app: RapportApp;

beforeAll(async () => {
  await (await openStore(`sqlite:${file}`)).close();
  // The file may not grow by one page: every write that needs room fails as on a full disk.
  store = await openStore(`sqlite:${file}`, {
    sqliteMaxPages: Math.ceil(statSync(file).size / 4096),
  });
  app = createApp({ context: createServiceContext(store) });
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

function post(path: string, body: string, contentType = "application/json") {
  return app.request(`http://127.0.0.1:4477${path}`, {
    method: "POST",
    headers: { host: "127.0.0.1:4477", "content-type": contentType },
    body,
  });
}

const fullMessage = `The disk that holds Rapport's data (${folder}) is full. Nothing was changed; free some space on it, then try again.`;

describe("a write on a full disk, over HTTP", () => {
  it("answers 503 with what happened and what to do, and logs SQLite's own error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await post(
      "/api/people",
      JSON.stringify({ name: "Grace Hopper", notes: "n".repeat(19_000) }),
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: "storage_unavailable", message: fullMessage },
    });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[1]).toMatchObject({ code: "SQLITE_FULL" });
    logged.mockRestore();
  });

  it("answers the same for an import, which writes nothing", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const rows = ["First Name,Last Name,Notes"];
    for (let index = 0; index < 50; index += 1)
      rows.push(`Person,Number${index},${"x".repeat(900)}`);
    const response = await post("/api/import?format=google", rows.join("\n"), "text/csv");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: "storage_unavailable", message: fullMessage },
    });
    logged.mockRestore();
    const people = await app.request("http://127.0.0.1:4477/api/people", {
      headers: { host: "127.0.0.1:4477" },
    });
    expect(await people.json()).toEqual({ people: [], total: 0, nextCursor: null });
  });
});

describe("a private file that cannot be written, over HTTP", () => {
  it("answers 503 with what to do when the data folder is a file", async () => {
    const notAFolder = join(folder, "data-is-a-file");
    writeFileSync(notAFolder, "");
    const misplaced = createApp({
      context: createServiceContext(store, { dataFolder: notAFolder }),
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await misplaced.request(
      "http://127.0.0.1:4477/api/settings/resume?fileName=cv.pdf",
      {
        method: "PUT",
        headers: { host: "127.0.0.1:4477", "content-type": "application/pdf" },
        body: "%PDF-1.4 a résumé",
      },
    );
    logged.mockRestore();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: {
        code: "storage_unavailable",
        message: `${notAFolder} is a file, not a folder, so Rapport cannot keep its data there. Give a folder instead (Rapport creates it if it does not exist).`,
      },
    });
  });
});
