import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../../services/context.js";
import { openStore, type Store } from "../../store/store.js";
import { createApp, type RapportApp } from "../app.js";

const origin = "http://127.0.0.1:4477";
const now = new Date("2026-11-22T09:00:00.000Z");
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

async function json(response: Response) {
  const answer = (await response.json()) as Record<string, unknown>;
  const body = response.ok ? answer : (answer.error as Record<string, unknown>);
  return { status: response.status, body };
}

describe("Follow up over HTTP", () => {
  it("takeaways: 201 on create, 404 for what is not a conversation, done and undo", async () => {
    const person = (
      await json(await send("/api/people", { method: "POST", body: { name: "Maya Chen" } }))
    ).body.person as { id: string };
    const conversation = (
      await json(
        await send("/api/conversations", {
          method: "POST",
          body: {
            personId: person.id,
            scheduledFor: "2026-11-20T15:00:00.000Z",
            channel: "phone",
          },
        }),
      )
    ).body.conversation as { activityId: string };
    const id = conversation.activityId;
    expect((await send("/api/conversations/nope/takeaways")).status).toBe(404);
    expect(await json(await send(`/api/conversations/${id}/takeaways`))).toEqual({
      status: 200,
      body: { takeaways: [], today: "2026-11-22", timeZone: "UTC" },
    });
    expect(
      await json(
        await send(`/api/conversations/${id}/takeaways`, {
          method: "POST",
          body: { tag: "action", text: "Call Dana" },
        }),
      ),
    ).toMatchObject({
      status: 400,
      body: {
        code: "validation_failed",
        fields: { actionDueOn: "Enter the day you will do it by" },
      },
    });
    const created = await json(
      await send(`/api/conversations/${id}/takeaways`, {
        method: "POST",
        body: { tag: "action", text: "Call Dana", actionDueOn: "2026-11-29" },
      }),
    );
    expect(created).toMatchObject({ status: 201, body: { takeaway: { personId: person.id } } });
    const takeawayId = (created.body.takeaway as { id: string }).id;
    expect(
      await json(
        await send(`/api/takeaways/${takeawayId}`, { method: "PATCH", body: { done: "yes" } }),
      ),
    ).toMatchObject({
      status: 400,
      body: { fields: { done: "Say whether it is done: true or false" } },
    });
    expect(
      await json(
        await send(`/api/takeaways/${takeawayId}`, { method: "PATCH", body: { done: true } }),
      ),
    ).toMatchObject({ status: 200, body: { takeaway: { actionDoneAt: now.toISOString() } } });
    expect((await send(`/api/takeaways/${takeawayId}`, { method: "DELETE" })).status).toBe(200);
    expect((await json(await send(`/api/people/${person.id}/takeaways`))).body).toEqual({
      takeaways: [],
    });
    expect((await send(`/api/takeaways/${takeawayId}/restore`, { method: "POST" })).status).toBe(
      200,
    );
    expect(
      ((await json(await send(`/api/people/${person.id}/takeaways`))).body.takeaways as unknown[])
        .length,
    ).toBe(1);
    expect((await send("/api/takeaways/nope", { method: "DELETE" })).status).toBe(404);

    // The reflection: null before the first save, then the trend.
    expect(await json(await send(`/api/conversations/${id}/reflection`))).toEqual({
      status: 200,
      body: { reflection: null },
    });
    expect(
      await json(
        await send(`/api/conversations/${id}/reflection`, {
          method: "PUT",
          body: { ratings: { confidence: 0 } },
        }),
      ),
    ).toMatchObject({
      status: 400,
      body: { fields: { "ratings.confidence": "Rate from 1 to 5" } },
    });
    expect(
      await json(
        await send(`/api/conversations/${id}/reflection`, {
          method: "PUT",
          body: { ratings: { confidence: 4 }, changeNext: "Slow down" },
        }),
      ),
    ).toMatchObject({ status: 200, body: { reflection: { changeNext: "Slow down" } } });
    expect(await json(await send("/api/reflections"))).toMatchObject({
      status: 200,
      body: {
        reflections: [
          { activityId: id, personName: "Maya Chen", startsAt: "2026-11-20T15:00:00.000Z" },
        ],
      },
    });
    expect((await send("/api/conversations/nope/reflection")).status).toBe(404);
  });
});
