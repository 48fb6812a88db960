import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../services/context.js";
import { openStore, type Store } from "../store/store.js";
import { createApp, type RapportApp } from "./app.js";

const origin = "http://127.0.0.1:4477";
let store: Store;
let app: RapportApp;

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  app = createApp({ context: createServiceContext(store) });
});
afterAll(() => store.close());

function send(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  return app.request(`${origin}${path}`, {
    method: init.method ?? "GET",
    headers: { host: "127.0.0.1:4477", "content-type": "application/json", ...init.headers },
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
  });
}

describe("local-mode safety", () => {
  it.each(["evil.example", "evil.example:4477", "192.168.1.20:4477", ""])(
    "rejects Host %j (DNS rebinding) before any data is read",
    async (host) => {
      const response = await send("/api/people", { headers: { host } });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "forbidden_host" } });
    },
  );

  it.each(["localhost:4477", "127.0.0.1:4477", "[::1]:4477", "localhost"])(
    "accepts loopback Host %j",
    async (host) => {
      expect((await send("/api/people", { headers: { host } })).status).toBe(200);
    },
  );

  it("rejects a change sent from another site's page (CSRF) and writes nothing", async () => {
    const response = await send("/api/people", {
      method: "POST",
      body: { name: "Mallory" },
      headers: { origin: "http://evil.example" },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden_origin" } });
    const listed = (await (await send("/api/people")).json()) as { people: unknown[] };
    expect(listed.people).toEqual([]);
  });

  it("rejects an opaque null Origin and a cross-site fetch without Origin", async () => {
    const nullOrigin = await send("/api/people", {
      method: "POST",
      body: { name: "X" },
      headers: { origin: "null" },
    });
    expect(nullOrigin.status).toBe(403);
    const crossSite = await send("/api/people", {
      method: "POST",
      body: { name: "X" },
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
  });

  it("rejects the same host on another port as a foreign origin", async () => {
    const response = await send("/api/people", {
      method: "POST",
      body: { name: "X" },
      headers: { origin: "http://127.0.0.1:9999" },
    });
    expect(response.status).toBe(403);
  });

  it("accepts a change from the app's own page and from tools that send no Origin", async () => {
    const fromPage = await send("/api/people", {
      method: "POST",
      body: { name: "Page" },
      headers: { origin },
    });
    expect(fromPage.status).toBe(201);
    const fromTool = await send("/api/organizations", {
      method: "POST",
      body: { name: "Tool Org" },
    });
    expect(fromTool.status).toBe(201);
  });

  it("lets reads through whatever the Origin", async () => {
    const response = await send("/api/people", { headers: { origin: "http://evil.example" } });
    expect(response.status).toBe(200);
  });
});

describe("API errors have one stable shape", () => {
  it("names each invalid field", async () => {
    const response = await send("/api/people", {
      method: "POST",
      body: { name: " ", email: "x@" },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "2 fields need fixing.",
        fields: { name: "Enter name", email: "Enter an email address like name@example.com" },
      },
    });
  });

  it("explains a body that is not JSON", async () => {
    const response = await send("/api/people", { method: "POST", body: "{not json" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "validation_failed" } });
  });

  it("reports an unknown person and an unknown route as not_found", async () => {
    const person = await send("/api/people/no-such-id");
    expect(person.status).toBe(404);
    expect(await person.json()).toMatchObject({
      error: { code: "not_found", message: expect.any(String) },
    });
    expect((await send("/api/nothing-here")).status).toBe(404);
  });

  it("reports a duplicate organization name as a conflict at the name field", async () => {
    await send("/api/organizations", { method: "POST", body: { name: "Twice" } });
    const response = await send("/api/organizations", { method: "POST", body: { name: "twice" } });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: { code: "conflict", fields: { name: expect.any(String) } },
    });
  });

  it("says how far Today's lists open, and refuses what it cannot show", async () => {
    const tooFew = await send("/api/today?call=0&comingUp=lots");
    expect(tooFew.status).toBe(400);
    expect(await tooFew.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "The request is not valid.",
        fields: { call: "Show at least one", comingUp: "Say a whole number" },
      },
    });
    const tooMany = await send("/api/today?write=501");
    expect(await tooMany.json()).toMatchObject({
      error: { fields: { write: "Show at most 500" } },
    });
    const opened = await send("/api/today?call=25&conversations=10");
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ groups: [], comingUpTotal: 0, upcomingTotal: 0 });
  });

  it("rejects an unknown sort key in the query", async () => {
    const response = await send("/api/people?sort=salary");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "validation_failed", fields: { sort: expect.any(String) } },
    });
  });
});

describe("people and organizations over HTTP", () => {
  it("creates, edits, filters, deletes and restores a person", async () => {
    const created = await send("/api/people", {
      method: "POST",
      body: {
        name: "Grace Hopper",
        organizationName: "Navy Lab",
        location: "Arlington",
        source: "professor",
      },
    });
    const { person } = (await created.json()) as { person: { id: string; organizationId: string } };

    const edited = await send(`/api/people/${person.id}`, {
      method: "PUT",
      body: {
        name: "Grace Hopper",
        organizationName: "Navy Lab",
        title: "Rear Admiral",
        location: "Arlington",
      },
    });
    expect(await edited.json()).toMatchObject({ person: { title: "Rear Admiral", source: null } });

    const filtered = await send("/api/people?text=hopper&location=arlington");
    expect(((await filtered.json()) as { people: unknown[] }).people).toHaveLength(1);
    const locations = await send("/api/people/locations");
    expect(await locations.json()).toMatchObject({
      locations: expect.arrayContaining(["Arlington"]),
    });

    const organization = await send(`/api/organizations/${person.organizationId}`);
    expect(await organization.json()).toMatchObject({
      organization: { name: "Navy Lab", peopleCount: 1 },
      people: [{ name: "Grace Hopper" }],
    });

    expect((await send(`/api/people/${person.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await send(`/api/people/${person.id}`)).status).toBe(404);
    const restored = await send(`/api/people/${person.id}/restore`, { method: "POST" });
    expect(await restored.json()).toMatchObject({
      person: { id: person.id, title: "Rear Admiral" },
    });
  });
});

describe("the test clock", () => {
  it("does not exist unless the server is started for browser tests", async () => {
    const response = await send("/api/test/clock", {
      method: "PUT",
      body: { now: "2030-01-01T00:00:00Z" },
    });
    expect(response.status).toBe(404);
  });

  it("moves what the services see as now, when enabled", async () => {
    const { createTestClock } = await import("./test-clock.js");
    const clock = createTestClock();
    const clocked = createApp({
      context: createServiceContext(store, { now: clock.now }),
      testClock: clock,
    });
    const headers = { host: "127.0.0.1:4477", "content-type": "application/json" };
    const moved = await clocked.request(`${origin}/api/test/clock`, {
      method: "PUT",
      headers,
      body: JSON.stringify({ now: "2030-01-01T00:00:00Z" }),
    });
    expect(moved.status).toBe(200);
    const today = await clocked.request(`${origin}/api/today`, { headers });
    expect(await today.json()).toMatchObject({ now: "2030-01-01T00:00:00.000Z" });
  });
});
