import { randomUUID } from "node:crypto";
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

async function call(method: string, path: string, body?: unknown) {
  const response = await app.request(`${origin}${path}`, {
    method,
    headers: { host: "127.0.0.1:4477", origin, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function scheduled() {
  const { body: person } = await call("POST", "/api/people", { name: "Dana Reyes" });
  const { body } = await call("POST", "/api/conversations", {
    personId: person.person.id,
    scheduledFor: "2030-01-10T15:00:00.000Z",
    durationMinutes: 30,
    channel: "phone",
  });
  const activityId: string = body.conversation.activityId;
  const { body: planned } = await call("POST", `/api/conversations/${activityId}/plan`, {
    text: "How did you start?",
    group: "person",
  });
  return { personId: person.person.id as string, activityId, questionId: planned.question.id };
}

describe("Conduct's routes", () => {
  it("answers the page, and each write however often the outbox sends it", async () => {
    const { personId, activityId, questionId } = await scheduled();
    const page = await call("GET", `/api/conversations/${activityId}/conduct`);
    expect(page.status).toBe(200);
    expect(page.body.questions).toEqual([
      {
        id: questionId,
        text: "How did you start?",
        group: "person",
        spare: false,
        asked: null,
        note: null,
      },
    ]);

    const start = { startedAt: "2030-01-10T15:01:00.000Z" };
    const started = await call("POST", `/api/conversations/${activityId}/conduct/start`, start);
    expect(started.status).toBe(200);
    expect(await call("POST", `/api/conversations/${activityId}/conduct/start`, start)).toEqual(
      started,
    );
    const permission = await call(
      "PUT",
      `/api/conversations/${activityId}/conduct/notes-permission`,
      { granted: true },
    );
    expect(permission.body.session.notesPermission).toBe(true);

    const mark = { asked: "asked", note: "Via a night course" };
    const marked = await call("PUT", `/api/plan-questions/${questionId}/mark`, mark);
    expect(marked).toEqual({ status: 200, body: { marks: { id: questionId, ...mark } } });
    expect(await call("PUT", `/api/plan-questions/${questionId}/mark`, mark)).toEqual(marked);

    const note = { id: randomUUID(), body: "Spring hiring", notedAt: "2030-01-10T15:05:00.000Z" };
    const noted = await call("POST", `/api/conversations/${activityId}/conduct/notes`, note);
    expect(noted.status).toBe(201);
    expect(await call("POST", `/api/conversations/${activityId}/conduct/notes`, note)).toEqual(
      noted,
    );

    const capture = { id: randomUUID(), name: "Sam Lee", mentionPermission: "no" };
    const captured = await call(
      "POST",
      `/api/conversations/${activityId}/captured-people`,
      capture,
    );
    expect(captured.status).toBe(201);
    expect(captured.body.person).toMatchObject({ name: "Sam Lee", mentionPermission: "no" });
    expect(await call("POST", `/api/conversations/${activityId}/captured-people`, capture)).toEqual(
      captured,
    );
    const introduced = await call("GET", `/api/people/${captured.body.person.id}`);
    expect(introduced.body.person.referredById).toBe(personId);

    const end = { endedAt: "2030-01-10T15:27:00.000Z" };
    const ended = await call("POST", `/api/conversations/${activityId}/conduct/end`, end);
    expect(ended.status).toBe(200);
    expect(ended.body.session.endedAt).toBe("2030-01-10T15:27:00.000Z");
    expect(await call("POST", `/api/conversations/${activityId}/conduct/end`, end)).toEqual({
      ...ended,
      body: { ...ended.body, readAt: expect.any(String) },
    });
    const { body: log } = await call("GET", `/api/people/${personId}/activities`);
    expect(
      log.activities
        .filter((entry: Answer) => entry.kind === "conversation_held")
        .map((entry: Answer) => [entry.occurredAt, entry.durationMinutes]),
    ).toEqual([["2030-01-10T15:00:00.000Z", 26]]);
    expect(page.body.notes).toEqual([]);
    const after = await call("GET", `/api/conversations/${activityId}/conduct`);
    expect(after.body.notes.map((each: Answer) => each.body)).toEqual(["Spring hiring"]);
    expect(after.body.capturedPeople.map((each: Answer) => each.name)).toEqual(["Sam Lee"]);
  });

  it("answers 404 for what is not a conversation, and 400 for a bad body", async () => {
    const missing = randomUUID();
    expect((await call("GET", `/api/conversations/${missing}/conduct`)).status).toBe(404);
    expect(
      (
        await call("POST", `/api/conversations/${missing}/conduct/notes`, {
          id: randomUUID(),
          body: "x",
        })
      ).status,
    ).toBe(404);
    expect(
      (await call("PUT", `/api/plan-questions/${missing}/mark`, { asked: "asked" })).status,
    ).toBe(404);
    const { activityId } = await scheduled();
    const bad = await call("POST", `/api/conversations/${activityId}/conduct/notes`, {
      id: "not-a-uuid",
      body: "x",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ id: "The id must be a UUID" });
  });
});
