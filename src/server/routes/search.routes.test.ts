import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../../services/context.js";
import { openStore, type Store } from "../../store/store.js";
import { createApp, type RapportApp } from "../app.js";

const origin = "http://127.0.0.1:4477";
let store: Store;
let app: RapportApp;

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  app = createApp({ context: createServiceContext(store) });
});
afterAll(() => store.close());

function send(path: string, init: { method?: string; body?: unknown } = {}) {
  return app.request(`${origin}${path}`, {
    method: init.method ?? "GET",
    headers: { host: "127.0.0.1:4477", "content-type": "application/json" },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

describe("GET /api/search", () => {
  it("finds what was saved through the API, with snippet and link", async () => {
    const created = await send("/api/people", {
      method: "POST",
      body: { name: "Maya Chen", organizationName: "Bright Start", notes: "Loves jazz piano" },
    });
    const { person } = (await created.json()) as { person: { id: string } };

    const response = await send(`/api/search?q=${encodeURIComponent('"JAZZ')}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      results: [
        {
          type: "person",
          id: person.id,
          personId: person.id,
          title: "Maya Chen",
          snippet: [
            { text: "Bright Start · Loves ", highlighted: false },
            { text: "jazz", highlighted: true },
            { text: " piano", highlighted: false },
          ],
          href: `/people/${person.id}`,
        },
      ],
    });

    const bright = (await (await send("/api/search?q=bright&limit=1")).json()) as {
      results: { type: string; href: string }[];
    };
    expect(bright.results).toEqual([
      expect.objectContaining({
        type: "organization",
        href: expect.stringMatching(/^\/organizations\//),
      }),
    ]);
  });

  it.each([
    "",
    "?q=",
    "?q=%20%20",
    "?q=%F0%9F%8E%89",
    "?q=AND%20OR%20NOT",
    `?q=${"a".repeat(3000)}`,
  ])("answers %j with a list, never an error", async (query) => {
    const response = await send(`/api/search${query}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ results: expect.any(Array) });
  });

  it.each(["0", "51", "ten", "2.5"])("refuses limit=%s", async (limit) => {
    const response = await send(`/api/search?q=maya&limit=${limit}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "validation_failed", fields: { limit: expect.any(String) } },
    });
  });
});
