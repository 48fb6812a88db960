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

function call(method: string, path: string, body?: unknown) {
  return app.request(`${origin}${path}`, {
    method,
    headers: { host: "127.0.0.1:4477", origin, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const draft = `Dear Ms. Lee,

I'm Maya Chen, a junior at Ohio State studying design. Your article on accessible forms in UX Collective changed how I build my class projects.

I'm not asking about openings; I'd value your advice on moving into accessibility work. Would you be open to a 20-minute call next week?

Best regards,
Maya Chen`;

async function codes(): Promise<string[]> {
  const response = await call("POST", "/api/coach/outreach", { text: draft, kind: "email" });
  const { findings } = (await response.json()) as { findings: { code: string }[] };
  return findings.map((finding) => finding.code);
}

describe("/api/settings/coach", () => {
  it("answers the defaults, saves a limit, and the coach applies it", async () => {
    const before = await call("GET", "/api/settings/coach");
    expect(await before.json()).toEqual({
      settings: { emailWords: 150, letterWords: 400, networkMessageWords: 100 },
    });
    expect(await codes()).toEqual([]);

    const saved = await call("PUT", "/api/settings/coach", { emailWords: 40 });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ settings: { emailWords: 40 } });
    expect(await codes()).toEqual(["length"]);
  });

  it("answers a limit out of range with the message at the field", async () => {
    const response = await call("PUT", "/api/settings/coach", { letterWords: "a page" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "validation_failed", fields: { letterWords: expect.any(String) } },
    });
  });
});
