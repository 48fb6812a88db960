import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testContext } from "../../../test/builders.js";
import { createBackup } from "../../services/backup.service.js";
import { createPerson, listPeople } from "../../services/people.service.js";
import { openStore, type Store } from "../../store/store.js";
import { createApp, type RapportApp } from "../app.js";

const origin = "http://127.0.0.1:4477";
let store: Store;
let app: RapportApp;
let backup: string;

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  const source = testContext(store).context;
  source.ownerId = "source";
  await createPerson(source, { name: "Maya Chen", organizationName: "Hopkins" });
  backup = JSON.stringify(await createBackup(source));
  app = createApp({ context: testContext(store).context });
});
afterAll(() => store.close());

function restore(body: string, query = "") {
  return app.request(`${origin}/api/restore${query}`, {
    method: "POST",
    headers: { host: "127.0.0.1:4477", origin, "content-type": "application/octet-stream" },
    body,
  });
}

describe("POST /api/restore", () => {
  it("answers a refused backup with the per-row report, and writes nothing", async () => {
    const broken = JSON.parse(backup);
    broken.tables.people[0].profile_url = "javascript:alert(1)";
    broken.tables.people[0].created_at = "yesterday";
    const response = await restore(JSON.stringify(broken));
    expect(response.status).toBe(400);
    const id = broken.tables.people[0].id;
    expect(await response.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "This backup has 2 problems; nothing was restored. Fix them and restore again.",
        report: [
          `people row 1 (id ${id}), created_at: Enter when it was created as a date and time`,
          `people row 1 (id ${id}), profile_url: Enter profile url like https://example.com/…`,
        ],
      },
    });
    expect(await listPeople(testContext(store).context)).toEqual([]);
  });

  it("says a file that is not JSON is not a backup", async () => {
    const response = await restore("{ not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "validation_failed",
        message:
          "This file is not JSON, so it is not a Rapport backup. Choose the .json file Rapport's backup download saved.",
        report: [],
      },
    });
  });

  it("restores into an empty store, then refuses to overwrite unless told to replace", async () => {
    const response = await restore(backup);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ restored: { people: 1, organizations: 1 } });
    const again = await restore(backup);
    expect(again.status).toBe(409);
    expect((await restore(backup, "?replace=true")).status).toBe(200);
    const people = await listPeople(testContext(store).context);
    expect(people.map((person) => person.name)).toEqual(["Maya Chen"]);
  });
});
