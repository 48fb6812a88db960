import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach/coach-outreach.js";
import { dueDayPhrase } from "./draft-parts.js";
import type { Takeaway, TakeawayTag } from "./follow-up/takeaway.js";
import { draftThankYou, type ThankYouDraftRequest } from "./thank-you-draft.js";
import { draftUpdate } from "./update-draft.js";

// Tuesday 4 March 2025, 9:00 in New York.
const now = new Date("2025-03-04T14:00:00Z");

let serial = 0;
function takeaway(tag: TakeawayTag, text: string, extra: Partial<Takeaway> = {}): Takeaway {
  serial += 1;
  return {
    id: `t${serial}`,
    activityId: "meeting-1",
    personId: "maya",
    tag,
    text,
    actionDueOn: tag === "action" ? "2025-03-07" : null,
    actionDoneAt: null,
    createdAt: `2025-03-03T21:0${serial % 10}:00Z`,
    updatedAt: `2025-03-03T21:0${serial % 10}:00Z`,
    ...extra,
  };
}

function request(takeaways: Takeaway[], overrides: Partial<ThankYouDraftRequest> = {}) {
  return {
    kind: "email" as const,
    profile: { name: "Jordan Lee" },
    person: { name: "Dr. Maya Chen", profileUrl: null },
    conversation: { at: "2025-03-03T20:00:00Z", channel: "in_person" as const },
    now,
    timeZone: "America/New_York",
    takeaways,
    ...overrides,
  };
}

const thankYouCodes = ["no_specific_point", "no_action", "no_stay_in_touch"];
const thankYouFindings = (text: string) =>
  coachOutreach({ text, kind: "email", purpose: "thank_you" })
    .map((finding) => finding.code)
    .filter((code) => thankYouCodes.includes(code));

// Varied notes as explorers type them: imperatives, statements, names, bare topics.
const points: [TakeawayTag, string][] = [
  ["advice", "Start with a portfolio review"],
  ["advice", "agencies hire juniors in spring"],
  ["advice", "Networking through the local UX meetup"],
  ["path", "Moved from teaching into instructional design"],
  ["trend", "AI tools are changing research roles."],
  ["skill", "SQL for product analytics"],
  ["qualification", "A PMP certificate helps after three years"],
  ["resource", "The book Just Enough Research"],
  ["program", "Google Data Analytics certificate"],
  ["person", "Ana Ruiz at the county"],
  ["salary", "Junior salaries around $60k in Columbus"],
];
const actions = [
  "Sign up for the UX meetup",
  "email Ana about the lab",
  "Rewrite my portfolio around outcomes",
  "to apply to the fellowship",
  "Portfolio review with AIGA",
  "shadow a nurse at the clinic",
];

describe("the thank-you from the notes", () => {
  it("names their advice, the action with its day, and offers to keep them posted", () => {
    const { body } = draftThankYou(
      request([
        takeaway("trend", "AI is changing research"),
        takeaway("advice", "Start with a portfolio review"),
        takeaway("action", "Sign up for the UX meetup"),
      ]),
    );
    expect(body).toBe(`Hello Maya,

Thank you for taking the time to meet with me yesterday. Your advice to start with a portfolio review has stayed with me.

Because of it, I will sign up for the UX meetup by Friday. I'll let you know how it goes.

Thank you again for your generosity.

Best regards,
Jordan Lee`);
    expect(thankYouFindings(body)).toEqual([]);
  });

  it("asks to connect on the networking site they have a profile on, not in a message sent there", () => {
    const notes = [takeaway("advice", "Start small"), takeaway("action", "Join the meetup")];
    const person = { name: "Maya Chen", profileUrl: "https://www.linkedin.com/in/mayachen" };
    expect(draftThankYou(request(notes, { person })).body).toContain(
      "I'd like to keep you posted on how it goes — may I connect with you on LinkedIn?",
    );
    expect(draftThankYou(request(notes, { person, kind: "network_message" })).body).toContain(
      "I'll let you know how it goes.",
    );
    const site = { name: "Maya Chen", profileUrl: "https://mayachen.design" };
    expect(draftThankYou(request(notes, { person: site })).body).not.toContain("LinkedIn");
  });

  it.each(points.flatMap((point) => actions.map((action) => [point, action] as const)))(
    "passes its own coach: %j with %j",
    ([tag, text], action) => {
      const { body } = draftThankYou(request([takeaway(tag, text), takeaway("action", action)]));
      expect(thankYouFindings(body)).toEqual([]);
      expect(coachOutreach({ text: body, kind: "email", purpose: "thank_you" })).toEqual([]);
    },
  );

  it("quotes a note of several sentences, and says a done action is done", () => {
    const { body } = draftThankYou(
      request([
        takeaway("advice", "Start small. Then grow the portfolio."),
        takeaway("action", "Sign up for the UX meetup", { actionDoneAt: "2025-03-04T12:00:00Z" }),
      ]),
    );
    expect(body).toContain(
      "I keep thinking about your advice: “Start small. Then grow the portfolio.”",
    );
    expect(body).toContain("Because of it, I already signed up for the UX meetup.");
    expect(thankYouFindings(body)).toEqual([]);
    const noted = draftThankYou(
      request([
        takeaway("advice", "Start small"),
        takeaway("action", "Portfolio review with AIGA", { actionDoneAt: "2025-03-04T12:00:00Z" }),
      ]),
    ).body;
    expect(noted).toContain(
      "Because of it, I have already taken the next step: portfolio review with AIGA.",
    );
    expect(thankYouFindings(noted)).toEqual([]);
  });

  it("keeps the blanks the coach flags when there are no takeaways", () => {
    const { body } = draftThankYou(request([]));
    expect(thankYouFindings(body)).toEqual(["no_specific_point", "no_action"]);
  });

  it("keeps the blank for what the notes do not say", () => {
    const onlyAction = draftThankYou(request([takeaway("action", "Join the meetup")])).body;
    expect(thankYouFindings(onlyAction)).toEqual(["no_specific_point"]);
    const onlyAdvice = draftThankYou(request([takeaway("advice", "Start small")])).body;
    expect(thankYouFindings(onlyAdvice)).toEqual(["no_action"]);
  });
});

describe("dueDayPhrase", () => {
  it.each([
    ["2025-03-03", "this week"],
    ["2025-03-04", "today"],
    ["2025-03-05", "tomorrow"],
    ["2025-03-10", "by Monday"],
    ["2025-03-11", "by 11 March"],
  ])("%s from Tuesday 4 March → %s", (day, phrase) => {
    expect(dueDayPhrase(day, now, "America/New_York")).toBe(phrase);
  });
});

describe("the update: what came of your advice", () => {
  const update = (takeaways: Takeaway[]) =>
    draftUpdate({
      kind: "email",
      profile: { name: "Jordan Lee" },
      person: { name: "Maya Chen" },
      conversationAt: "2025-03-03T20:00:00Z",
      takeaways,
      now: new Date("2025-04-10T14:00:00Z"),
      timeZone: "America/New_York",
    });
  const updateFindings = (text: string) =>
    coachOutreach({ text, kind: "email", purpose: "update" }).map((finding) => finding.code);

  it("cites their advice and the done action", () => {
    const draft = update([
      takeaway("advice", "Start with a portfolio review"),
      takeaway("action", "Sign up for the UX meetup", { actionDoneAt: "2025-04-01T10:00:00Z" }),
    ]);
    expect(draft.subject).toBe("What came of your advice");
    expect(draft.body).toBe(`Hello Maya,

I wanted to tell you what came of your advice. You suggested I start with a portfolio review when we spoke on 3 March.

I took your advice and signed up for the UX meetup.

Thank you again — it made a real difference, and I will keep you posted.

Best regards,
Jordan Lee`);
    expect(updateFindings(draft.body)).toEqual([]);
  });

  it("is a quick update while the action is still open", () => {
    const draft = update([
      takeaway("person", "Ana Ruiz at the county"),
      takeaway("action", "email Ana about the lab"),
    ]);
    expect(draft.subject).toBe("A quick update");
    expect(draft.body).toContain("You suggested I talk to Ana Ruiz at the county when we spoke");
    expect(draft.body).toContain("I'm working on it: next, I will email Ana about the lab.");
    expect(updateFindings(draft.body)).toEqual([]);
  });

  it("leaves blanks the coach flags without takeaways", () => {
    expect(updateFindings(update([]).body)).toEqual(["no_specific_point", "unfilled_merge"]);
  });
});
