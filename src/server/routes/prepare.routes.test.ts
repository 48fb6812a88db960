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

// What the tests read of an answer; each assertion says the shape it expects.
// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the assertions
type Answer = any;

function call(method: string, path: string, body?: unknown) {
  return app.request(`${origin}${path}`, {
    method,
    headers: { host: "127.0.0.1:4477", origin, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

async function scheduled(): Promise<string> {
  const person = (await (
    await call("POST", "/api/people", { name: "Dana Reyes" })
  ).json()) as Answer;
  const answer = await call("POST", "/api/conversations", {
    personId: person.person.id,
    scheduledFor: "2030-01-10T15:00:00.000Z",
    durationMinutes: 30,
    channel: "in_person",
    place: "Café Luna, 5 Oak St",
  });
  expect(answer.status).toBe(201);
  return ((await answer.json()) as Answer).conversation.activityId;
}

describe("Prepare's routes", () => {
  it("answers the preparation, saves a patch and a plan, and reorders", async () => {
    const id = await scheduled();
    const view = await call("GET", `/api/conversations/${id}/preparation`);
    expect(view.status).toBe(200);
    const body = (await view.json()) as Answer;
    expect(body.checklist.map((line: { key: string }) => line.key)).toContain("pay-coffee");
    expect(body.budget).toMatchObject({ capacity: 7, fitCount: 0 });

    const patched = await call("PATCH", `/api/conversations/${id}/preparation`, {
      checklistDone: ["pay-coffee"],
    });
    expect(((await patched.json()) as Answer).progress).toEqual({ ready: 1, total: 10 });

    const a = (await (
      await call("POST", `/api/conversations/${id}/plan`, { text: "How?", group: "field" })
    ).json()) as Answer;
    const b = await call("POST", `/api/conversations/${id}/plan`, {
      text: "Why?",
      group: "person",
    });
    expect(b.status).toBe(201);
    const bId = ((await b.json()) as Answer).question.id;
    const order = await call("PUT", `/api/conversations/${id}/plan/order`, {
      ids: [bId, a.question.id],
    });
    expect(((await order.json()) as Answer).plan.map((q: { text: string }) => q.text)).toEqual([
      "Why?",
      "How?",
    ]);

    const spare = await call("PATCH", `/api/plan-questions/${bId}`, { spare: true });
    expect(((await spare.json()) as Answer).question.spare).toBe(true);
    expect((await call("DELETE", `/api/plan-questions/${bId}`)).status).toBe(200);
    expect((await call("POST", `/api/plan-questions/${bId}/restore`)).status).toBe(200);
  });

  it("is 404 with a clear message for what is not a conversation", async () => {
    for (const [method, path] of [
      ["GET", "/api/conversations/nope/preparation"],
      ["PATCH", "/api/conversations/nope/preparation"],
      ["POST", "/api/conversations/nope/plan"],
      ["PUT", "/api/conversations/nope/plan/order"],
    ] as const) {
      const body =
        method === "POST"
          ? { text: "What?", group: "field" }
          : method === "PUT"
            ? { ids: [] }
            : method === "PATCH"
              ? {}
              : undefined;
      const response = await call(method, path, body);
      expect(response.status).toBe(404);
      expect((await response.json()) as Answer).toEqual({
        error: {
          code: "not_found",
          message: "That conversation was not found. It may have been deleted.",
        },
      });
    }
    const question = await call("PATCH", "/api/plan-questions/nope", { spare: true });
    expect(question.status).toBe(404);
    expect((await call("DELETE", "/api/questions/nope")).status).toBe(404);
  });

  it("is 400 with the messages at the fields", async () => {
    const id = await scheduled();
    const plan = await call("POST", `/api/conversations/${id}/plan`, {
      text: " ",
      group: "x",
      spare: "yes",
    });
    expect(plan.status).toBe(400);
    expect((await plan.json()) as Answer).toMatchObject({
      error: {
        code: "validation_failed",
        fields: {
          text: "Write the question",
          group: "Choose field, person or chances",
          spare: "Spare is true or false",
        },
      },
    });
    const order = await call("PUT", `/api/conversations/${id}/plan/order`, { ids: ["x"] });
    expect(order.status).toBe(400);
    expect(((await order.json()) as Answer).error.fields.ids).toMatch(
      /^Send every question of this plan exactly once/,
    );
    const notObject = await call("PATCH", `/api/conversations/${id}/preparation`, "[1]");
    expect(notObject.status).toBe(400);
    const settings = await call("PUT", "/api/settings/prepare", { speakingRate: 20 });
    expect(settings.status).toBe(400);
    expect(((await settings.json()) as Answer).error.fields).toEqual({
      speakingRate: "The speaking rate must be at least 60 words a minute",
    });
    const bank = await call("POST", "/api/questions", {
      text: "What?",
      group: "field",
      tags: ["luck"],
    });
    expect(bank.status).toBe(400);
    expect(((await bank.json()) as Answer).error.fields).toEqual({
      "tags.0": "Tags are trends, insights, advice, resources or assignments",
    });
  });

  it("answers 413 for a body over the limit", async () => {
    const id = await scheduled();
    const response = await call("PATCH", `/api/conversations/${id}/preparation`, {
      objective: "x".repeat(600 * 1024),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Answer).error.code).toBe("too_large");
  });

  it("lists both banks and saves the explorer's own question; settings answer the defaults", async () => {
    const added = await call("POST", "/api/questions", {
      text: "What is next for you?",
      group: "person",
    });
    expect(added.status).toBe(201);
    const banks = (await (await call("GET", "/api/questions")).json()) as Answer;
    expect(banks.builtin).toHaveLength(62);
    expect(banks.own.map((question: { text: string }) => question.text)).toEqual([
      "What is next for you?",
    ]);
    const settings = (await (await call("GET", "/api/settings/prepare")).json()) as Answer;
    expect(settings.settings).toMatchObject({ minutesPerAnswer: 3, speakingRate: 140 });
    const saved = await call("PUT", "/api/settings/prepare", { minutesPerAnswer: 4 });
    expect(((await saved.json()) as Answer).settings.minutesPerAnswer).toBe(4);
  });
});
