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

/** The status and the answer; for an error, the one error body ({ error: { code, message, fields } }). */
async function json(response: Response) {
  const answer = (await response.json()) as Record<string, unknown>;
  const body = response.ok ? answer : (answer.error as Record<string, unknown>);
  return { status: response.status, body };
}

describe("Prepare's records over HTTP", () => {
  it("research notes: asks whose, refuses an empty note at its field, 404s what is not there", async () => {
    expect(await json(await send("/api/research-notes"))).toMatchObject({
      status: 400,
      body: {
        code: "validation_failed",
        fields: { personId: expect.stringContaining("one personId") },
      },
    });
    expect((await send("/api/research-notes?personId=nobody")).status).toBe(404);
    const person = (
      await json(await send("/api/people", { method: "POST", body: { name: "Maya" } }))
    ).body.person as { id: string };
    expect(
      await json(
        await send("/api/research-notes", {
          method: "POST",
          body: { personId: person.id, body: " " },
        }),
      ),
    ).toMatchObject({ status: 400, body: { fields: { body: "Write the note" } } });
    expect(
      await json(await send("/api/research-notes", { method: "POST", body: [1, 2] })),
    ).toMatchObject({ status: 400, body: { code: "validation_failed" } });
    const added = await json(
      await send("/api/research-notes", {
        method: "POST",
        body: { personId: person.id, body: "Hi" },
      }),
    );
    expect(added).toMatchObject({
      status: 201,
      body: { note: { body: "Hi", notedOn: "2026-11-22" } },
    });
    const id = (added.body.note as { id: string }).id;
    expect(
      await json(
        await send(`/api/research-notes/${id}`, { method: "PATCH", body: { notedOn: "soon" } }),
      ),
    ).toMatchObject({ status: 400, body: { fields: { notedOn: "Enter the date as 2026-10-10" } } });
    expect((await send(`/api/research-notes/${id}`, { method: "DELETE" })).status).toBe(200);
    expect((await send(`/api/research-notes/${id}`, { method: "DELETE" })).status).toBe(404);
    expect((await send(`/api/research-notes/${id}/restore`, { method: "POST" })).status).toBe(200);
  });

  it("pitches: 404 for an unknown organization, 400 for a part too long", async () => {
    expect(
      (await send("/api/pitches/organizations/nowhere", { method: "PUT", body: { whoIAm: "Hi" } }))
        .status,
    ).toBe(404);
    expect(
      await json(await send("/api/pitches/default", { method: "PUT", body: { learnToday: 5 } })),
    ).toMatchObject({
      status: 400,
      body: { fields: { learnToday: "What you hope to learn must be text" } },
    });
    const saved = await json(
      await send("/api/pitches/default", { method: "PUT", body: { whoIAm: "Hi" } }),
    );
    expect(saved).toMatchObject({ status: 200, body: { pitch: { whoIAm: "Hi", workIHope: "" } } });
    expect(await json(await send("/api/pitches"))).toMatchObject({
      status: 200,
      body: { default: { whoIAm: "Hi" }, variants: [] },
    });
    expect((await send("/api/pitches/missing", { method: "DELETE" })).status).toBe(404);
  });

  it("prepared answers and stories: unknown prompts and missing titles are named", async () => {
    expect(
      await json(
        await send("/api/prepared-answers", {
          method: "PUT",
          body: { answers: [{ prompt: "salary", answer: "x" }] },
        }),
      ),
    ).toMatchObject({
      status: 400,
      body: { fields: { "answers.0.prompt": "Choose about_you, why_field or looking_for" } },
    });
    expect(await json(await send("/api/prepared-answers"))).toEqual({
      status: 200,
      body: { answers: [] },
    });
    expect(
      await json(await send("/api/stories", { method: "POST", body: { title: "" } })),
    ).toMatchObject({ status: 400, body: { fields: { title: "Give the story a title" } } });
    expect(
      (await send("/api/stories/missing", { method: "PATCH", body: { title: "x" } })).status,
    ).toBe(404);
    expect((await send("/api/stories/missing/restore", { method: "POST" })).status).toBe(404);
  });

  it("story picks: 404 unless a live scheduled conversation, 400 naming unknown stories", async () => {
    expect((await send("/api/conversations/nothing/stories")).status).toBe(404);
    const person = (
      await json(await send("/api/people", { method: "POST", body: { name: "Ines" } }))
    ).body.person as { id: string };
    const scheduled = await json(
      await send("/api/conversations", {
        method: "POST",
        body: { personId: person.id, scheduledFor: "2026-11-25T15:00:00.000Z" },
      }),
    );
    const activityId = (scheduled.body.conversation as { activityId: string }).activityId;
    expect(await json(await send(`/api/conversations/${activityId}/stories`))).toEqual({
      status: 200,
      body: { storyIds: [], stories: [] },
    });
    expect(
      await json(
        await send(`/api/conversations/${activityId}/stories`, {
          method: "PUT",
          body: { storyIds: ["ghost"] },
        }),
      ),
    ).toMatchObject({
      status: 400,
      body: { fields: { storyIds: "No story has the id ghost; it may have been deleted" } },
    });
    // A person's id is not a conversation.
    expect((await send(`/api/conversations/${person.id}/stories`)).status).toBe(404);
  });
});
