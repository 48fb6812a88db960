import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach-outreach.js";
import type { FindingCode } from "./finding.js";

// A greeting and sign-off around a body, so each case is about the body's sentences only.
function letter(body: string): string {
  return `Dear Ms. Rivera,\n\n${body}\n\nBest regards,\nMaya Chen`;
}

function codesIn(text: string): FindingCode[] {
  return coachOutreach({ text, kind: "email" }).map((finding) => finding.code);
}

// What a good draft has besides the sentence under test.
const specific = "Your talk at the Denver UX meetup on research ops stayed with me.";
const purpose = "I'd value your advice.";
const ask = "Would you have 20 minutes for a call next week?";

interface Case {
  name: string;
  body: string;
}

function checkCases(code: FindingCode, triggers: Case[], nearMisses: Case[]) {
  describe(code, () => {
    it.each(triggers)("flags $name", ({ body }) => {
      expect(codesIn(letter(body))).toContain(code);
    });
    it.each(nearMisses)("does not flag $name", ({ body }) => {
      expect(codesIn(letter(body))).not.toContain(code);
    });
  });
}

checkCases(
  "job_ask",
  [
    { name: "a direct question about hiring", body: `${specific} Are you hiring? ${ask}` },
    {
      name: "applying for an open position",
      body: `${specific} I am applying for your open position and ${ask.toLowerCase()}`,
    },
    {
      name: "a team hiring interns",
      body: `${specific} ${purpose} Is your team hiring interns this summer? ${ask}`,
    },
    {
      name: "a negation in another clause",
      body: `${specific} I'm not sure whether you are hiring, but I'd love an internship. ${ask}`,
    },
  ],
  [
    { name: "a negated request", body: `${specific} This is not a request for a job. ${ask}` },
    {
      name: "openings denied",
      body: `${specific} I'm not asking about openings; I'd value your advice. ${ask}`,
    },
    {
      name: "their own first job",
      body: `${specific} ${ask} I'd love to hear how you landed your first job in the field.`,
    },
    {
      name: "a question about hiring managers",
      body: `${specific} ${purpose} ${ask} I'm curious what hiring managers look for in a portfolio.`,
    },
  ],
);

checkCases(
  "no_info_purpose",
  [
    { name: "a bare ask", body: `I'm a student at Ohio State. ${specific} ${ask}` },
    {
      name: "advice that is negated",
      body: `${specific} I don't need advice; I need a foot in the door. ${ask}`,
    },
  ],
  [
    { name: "a negated job request", body: `${specific} This is not a request for a job. ${ask}` },
    {
      name: "wanting to hear their path",
      body: `${specific} ${ask} I'd love to hear how you got started.`,
    },
    {
      name: "an informational interview",
      body: `${specific} I'm hoping for a short informational interview. ${ask}`,
    },
  ],
);

checkCases(
  "no_question",
  [
    { name: "only statements", body: `${specific} ${purpose} I'm free for 20 minutes next week.` },
    {
      name: "a tag question",
      body: `${specific} ${purpose} A short call next week for 20 minutes would be easiest, wouldn't it?`,
    },
    {
      name: "a yes/no question about their job",
      body: `${specific} ${purpose} Do you enjoy your work at Acme? I'm free for 20 minutes next week.`,
    },
  ],
  [
    {
      name: "a polite request without a question mark",
      body: `${specific} ${purpose} Would you be willing to share 20 minutes of your time next week.`,
    },
    {
      name: "a direct question",
      body: `${specific} ${purpose} Could we talk for 20 minutes next week?`,
    },
    {
      name: "a wish followed by a question",
      body: `${specific} I'd love to hear about your path — do you have 20 minutes next week?`,
    },
    {
      name: "a grateful request",
      body: `${specific} I'd be grateful for 20 minutes of your time next week to learn from your experience.`,
    },
  ],
);

checkCases(
  "no_window",
  [
    {
      name: "neither a window nor a length",
      body: `${specific} ${purpose} Would you have time for a call?`,
    },
    {
      name: "a length but no window",
      body: `${specific} ${purpose} Would you have 20 minutes for a call?`,
    },
    { name: "a window but no length", body: `${specific} ${purpose} Could we talk next week?` },
    {
      name: "'May' as a verb, not a month",
      body: `${specific} ${purpose} May I ask for 20 minutes of your time?`,
    },
    {
      name: "a length followed by 'may I', which is not a date",
      body: `${specific} ${purpose} It would take 20 minutes, may I call you?`,
    },
  ],
  [
    {
      name: "dates and half an hour",
      body: `${specific} ${purpose} Could we talk for half an hour between 10 and 15 October?`,
    },
    {
      name: "a quick 15-minute call this month",
      body: `${specific} ${purpose} Would you have a quick 15-minute call this month?`,
    },
    { name: "a weekday", body: `${specific} ${purpose} May I ask for 20 minutes on Tuesday?` },
    {
      name: "dates in March, a month the tagger can take for a verb",
      body: `${specific} ${purpose} Would you have 20 minutes between 10 and 24 March?`,
    },
    {
      name: "a month then a day",
      body: `${specific} ${purpose} Could we talk for 20 minutes on March 3?`,
    },
  ],
);

describe("no_window messages", () => {
  it("says which half is missing", () => {
    const [finding] = coachOutreach({
      text: letter(`${specific} ${purpose} Would you have 20 minutes for a call?`),
      kind: "email",
    }).filter((each) => each.code === "no_window");
    expect(finding?.message).toMatch(/Propose when/);
    expect(finding?.message).not.toMatch(/how long/);
  });
});
