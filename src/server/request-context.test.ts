import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor, createServiceContext } from "../services/context.js";
import { openStore, type Store } from "../store/store.js";
import { createApp, type RapportApp } from "./app.js";

const origin = "http://127.0.0.1:4477";
let store: Store;
let app: RapportApp;
const seen: Actor[] = [];

beforeAll(async () => {
  store = await openStore("sqlite::memory:");
  app = createApp({
    context: createServiceContext(store),
    // A stand-in for multi-user mode: the account is named by a header.
    resolveActor: async (request) => {
      const accountId = request.headers.get("x-account") ?? "nobody";
      const actor: Actor = { kind: "account", accountId, ownerId: `owner-of-${accountId}` };
      seen.push(actor);
      return actor;
    },
  });
});
afterAll(() => store.close());

function send(account: string, path: string, body?: unknown) {
  return app.request(`${origin}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { host: "127.0.0.1:4477", "content-type": "application/json", "x-account": account },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe("a context per request", () => {
  it("works on the data of whoever the resolver says is asking, and only theirs", async () => {
    expect((await send("ada", "/api/people", { name: "Maya Chen" })).status).toBe(201);
    const ada = (await (await send("ada", "/api/people")).json()) as { people: { name: string }[] };
    const grace = (await (await send("grace", "/api/people")).json()) as { people: unknown[] };
    expect(ada.people.map((person) => person.name)).toEqual(["Maya Chen"]);
    expect(grace.people).toEqual([]);
  });

  it("asks the resolver once for each request", async () => {
    seen.length = 0;
    await send("ada", "/api/people");
    await send("grace", "/api/organizations");
    expect(seen.map((actor) => actor.ownerId)).toEqual(["owner-of-ada", "owner-of-grace"]);
  });

  it("lets the calendar feed find its owner by the secret alone, without an actor", async () => {
    const turnedOn = await app.request(`${origin}/api/settings/calendar`, {
      method: "POST",
      headers: { host: "127.0.0.1:4477", "x-account": "ada" },
    });
    const { calendar } = (await turnedOn.json()) as { calendar: { path: string } };
    seen.length = 0;
    const feed = await app.request(`${origin}${calendar.path}`, {
      headers: { host: "127.0.0.1:4477" },
    });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(seen).toEqual([]);
  });
});
