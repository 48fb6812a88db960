import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceContext, localOwnerId } from "../../services/context.js";
import { openStore, type Store } from "../../store/store.js";
import { createApp, type RapportApp } from "../app.js";

const origin = "http://127.0.0.1:4477";
const folder = mkdtempSync(join(tmpdir(), "rapport-coach-prepare-"));
const file = join(folder, "rapport.db");
let store: Store;
let app: RapportApp;

beforeAll(async () => {
  store = await openStore(`sqlite:${file}`);
  app = createApp({ context: createServiceContext(store) });
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

function post(path: string, body: unknown) {
  return app.request(`${origin}/api/coach/${path}`, {
    method: "POST",
    headers: { host: "127.0.0.1:4477", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function errorFields(response: Response) {
  expect(response.status).toBe(400);
  const { error } = (await response.json()) as {
    error: { code: string; fields: Record<string, string> };
  };
  expect(error.code).toBe("validation_failed");
  return error.fields;
}

describe("POST /api/coach/questions", () => {
  it("answers one finding per closed question with its index and an open rewrite", async () => {
    const response = await post("questions", {
      questions: [
        "Could you walk me through a typical week?",
        "Do you like your job?",
        "Is it better to start at an agency or in-house?",
        "You started in sales, didn't you?",
      ],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      findings: [
        {
          index: 1,
          code: "closed_question",
          message: "This can be answered with a yes or no; ask it openly so they tell you more.",
          rewrite: "What do you find most rewarding about your job, and what is hardest?",
        },
        {
          index: 3,
          code: "closed_question",
          message: "This can be answered with a yes or no; ask it openly so they tell you more.",
          rewrite: "How did you come to start in sales?",
        },
      ],
    });
  });

  it("answers an empty list with no findings", async () => {
    const response = await post("questions", { questions: [] });
    expect(await response.json()).toEqual({ findings: [] });
  });

  it("refuses more than 100 questions, a question over 500 characters, and no list", async () => {
    const tooMany = Array.from({ length: 101 }, () => "Why?");
    expect((await errorFields(await post("questions", { questions: tooMany }))).questions).toBe(
      "Too many questions to check at once (100 at most)",
    );
    const long = await errorFields(
      await post("questions", { questions: ["Why?", "x".repeat(501)] }),
    );
    expect(long["questions.1"]).toBe("A question is too long to check (500 characters at most)");
    expect((await errorFields(await post("questions", {}))).questions).toBeTruthy();
    expect((await errorFields(await post("questions", { questions: [3] })))["questions.0"]).toBe(
      "Each question must be text",
    );
  });
});

describe("POST /api/coach/pitch", () => {
  const goal = "I'd love to hear how you moved into research.";
  const pitch = (filler: number) =>
    `${Array.from({ length: filler }, () => "word").join(" ")}. ${goal}`;

  it("times the pitch at the default rate and names what to fix", async () => {
    const response = await post("pitch", { text: pitch(112) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      spokenSeconds: 52,
      wordsPerMinute: 140,
      words: 121,
      target: { min: 30, max: 45 },
      findings: [
        {
          code: "pitch_too_long",
          message: "About 52 seconds at 140 words a minute; aim for 30–45: cut about 16 words.",
        },
      ],
    });
  });

  it("uses the explorer's saved Settings → Prepare", async () => {
    const db = new Database(file);
    try {
      db.prepare(
        "insert into settings (owner_id, prepare, updated_at) values (?, ?, ?) on conflict(owner_id) do update set prepare = excluded.prepare",
      ).run(
        localOwnerId,
        JSON.stringify({ speakingRate: 120, pitchTargetMinSeconds: 25, pitchTargetMaxSeconds: 40 }),
        "2026-12-01T10:00:00.000Z",
      );
    } finally {
      db.close();
    }
    const response = await post("pitch", { text: pitch(91) });
    expect(await response.json()).toEqual({
      spokenSeconds: 50,
      wordsPerMinute: 120,
      words: 100,
      target: { min: 25, max: 40 },
      findings: [
        {
          code: "pitch_too_long",
          message: "About 50 seconds at 120 words a minute; aim for 25–40: cut about 20 words.",
        },
      ],
    });
  });

  it("refuses a pitch over 10,000 characters and a missing text", async () => {
    expect((await errorFields(await post("pitch", { text: "a".repeat(10_001) }))).text).toBe(
      "The pitch is too long to check (10,000 characters at most)",
    );
    expect((await errorFields(await post("pitch", {}))).text).toBe("Send the pitch's text");
  });
});
