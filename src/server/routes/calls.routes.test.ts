import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../../services/context.js";
import { openStore, type Store } from "../../store/store.js";
import { createApp, type RapportApp } from "../app.js";

const origin = "http://127.0.0.1:4477";
const now = new Date("2025-03-11T14:00:00.000Z");
let store: Store;
let app: RapportApp;

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  app = createApp({ context: createServiceContext(store, { now: () => now }) });
});
afterAll(() => store.close());

function send(path: string, init: { method?: string; body?: unknown } = {}) {
  return app.request(`${origin}${path}`, {
    method: init.method ?? "GET",
    headers: { host: "127.0.0.1:4477", "content-type": "application/json" },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function person(name: string): Promise<string> {
  const response = await send("/api/people", { method: "POST", body: { name } });
  return ((await response.json()) as { person: { id: string } }).person.id;
}

describe("POST /api/people/:id/call-outcomes and DELETE /api/call-outcomes/:id", () => {
  it("logs an outcome at the server's now, and takes it back with the person it brought in", async () => {
    const maya = await person("Maya Chen");
    const logged = await send(`/api/people/${maya}/call-outcomes`, {
      method: "POST",
      body: { outcome: "try_someone_else", name: "Ines Duarte" },
    });
    expect(logged.status).toBe(201);
    const body = (await logged.json()) as {
      activity: { id: string; occurredAt: string; kind: string; outcome: string };
      suggestedPerson: { id: string; name: string };
    };
    expect(body.activity).toMatchObject({
      kind: "declined",
      outcome: "try_someone_else",
      occurredAt: now.toISOString(),
    });
    expect(body.suggestedPerson.name).toBe("Ines Duarte");

    const undone = await send(`/api/call-outcomes/${body.activity.id}`, { method: "DELETE" });
    expect(undone.status).toBe(200);
    expect(await undone.json()).toMatchObject({
      activity: { id: body.activity.id },
      removedPersonId: body.suggestedPerson.id,
    });
    const people = (await (await send("/api/people")).json()) as { people: { name: string }[] };
    expect(people.people.map((entry) => entry.name)).toEqual(["Maya Chen"]);
  });

  it("answers the service's field messages and 404s", async () => {
    const maya = await person("Lee Park");
    const refused = await send(`/api/people/${maya}/call-outcomes`, {
      method: "POST",
      body: { outcome: "message_left" },
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { code: "validation_failed", fields: { name: "Enter who took the message" } },
    });
    expect((await send("/api/call-outcomes/missing", { method: "DELETE" })).status).toBe(404);
  });
});
