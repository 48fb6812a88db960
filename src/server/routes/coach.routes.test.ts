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

function coach(body: unknown) {
  return app.request(`${origin}/api/coach/outreach`, {
    method: "POST",
    headers: { host: "127.0.0.1:4477", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

const clean = `Dear Ms. Lee,

I'm Maya Chen, a junior at Ohio State studying design. Your article on accessible forms in UX Collective changed how I build my class projects.

I'm not asking about openings; I'd value your advice on moving into accessibility work. Would you be open to a 20-minute call next week?

Best regards,
Maya Chen`;

describe("POST /api/coach/outreach", () => {
  it("answers a clean e-mail with no findings", async () => {
    const response = await coach({ text: clean, kind: "email" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ findings: [] });
  });

  it("returns findings with code, message and span", async () => {
    const text = clean.replace("Maya Chen, a junior", "Maya Chen; Priya Shah sent me, a junior");
    const response = await coach({
      text,
      kind: "email",
      introducer: { name: "Priya Shah", permission: "not_asked" },
    });
    const { findings } = (await response.json()) as {
      findings: Array<{ code: string; message: string; start: number; end: number }>;
    };
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ code: "introducer_unpermitted" });
    expect(finding && text.slice(finding.start, finding.end)).toBe("Priya Shah");
    expect(finding?.message).toMatch(/Ask Priya Shah/);
  });

  it("checks a thank-you only for what a thank-you needs", async () => {
    const thanks = `Hello Maya,

Thank you for taking the time to talk with me yesterday. Your story about starting in support has stayed with me.

I have signed up for the county's data course. I would be glad to keep you posted on how it goes.

Best regards,
Jordan`;
    const codes = async (body: object) =>
      ((await (await coach(body)).json()) as { findings: Array<{ code: string }> }).findings.map(
        (finding) => finding.code,
      );
    // Without a purpose the request means a first touch, as before purposes existed.
    expect(await codes({ text: thanks, kind: "email" })).toEqual(
      expect.arrayContaining(["no_question", "no_window"]),
    );
    expect(await codes({ text: thanks, kind: "email", purpose: "thank_you" })).toEqual([]);
  });

  it("checks a thank-you for its point, action and offer, and an update for the advice it cites", async () => {
    const findingsOf = async (body: object) =>
      ((await (await coach(body)).json()) as { findings: Array<{ code: string; message: string }> })
        .findings;
    const praise =
      "Hello Maya,\n\nThank you for your time. I learned a lot.\n\nHave a good week!\n\nBest,\nJordan";
    const thanks = await findingsOf({ text: praise, kind: "email", purpose: "thank_you" });
    expect(thanks.map((finding) => finding.code)).toEqual([
      "no_specific_point",
      "no_action",
      "no_stay_in_touch",
    ]);
    expect(thanks[1]?.message).toMatch(/^Say what you will do because of their advice/);
    const update = await findingsOf({ text: praise, kind: "email", purpose: "update" });
    expect(update.map((finding) => finding.code)).toEqual(["no_specific_point"]);
    const cited = praise.replace(
      "I learned a lot.",
      "You suggested I start with a portfolio review, and I did.",
    );
    expect(await findingsOf({ text: cited, kind: "email", purpose: "update" })).toEqual([]);
  });

  it.each([
    [{ text: "Hi", kind: "email", purpose: "apology" }, "purpose"],
    [{ kind: "email" }, "text"],
    [{ text: "Hi", kind: "fax" }, "kind"],
    [
      { text: "Hi", kind: "email", introducer: { name: "Priya", permission: "maybe" } },
      "introducer.permission",
    ],
  ])("rejects %j with a field message", async (body, field) => {
    const response = await coach(body);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { code: string; fields: Record<string, string> };
    };
    expect(error.code).toBe("validation_failed");
    expect(error.fields[field]).toBeTruthy();
  });
});
