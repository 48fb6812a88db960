import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach-outreach.js";
import type { CoachRequest, FindingCode } from "./finding.js";

function letter(body: string, signature = "Maya Chen"): string {
  return `Dear Ms. Rivera,\n\n${body}\n\nBest regards,\n${signature}`;
}

const specific = "Your talk at the Denver UX meetup on research ops stayed with me.";
const purpose = "I'd value your advice.";
const ask = "Would you have 20 minutes for a call next week?";
const good = `${specific} ${purpose} ${ask}`;

interface Case {
  name: string;
  request: Omit<CoachRequest, "kind"> & { kind?: CoachRequest["kind"] };
}

function codesOf({ request }: Case): FindingCode[] {
  return coachOutreach({ kind: "email", ...request }).map((finding) => finding.code);
}

function checkCases(code: FindingCode, triggers: Case[], nearMisses: Case[]) {
  describe(code, () => {
    it.each(triggers)("flags $name", (testCase) => {
      expect(codesOf(testCase)).toContain(code);
    });
    it.each(nearMisses)("does not flag $name", (testCase) => {
      expect(codesOf(testCase)).not.toContain(code);
    });
  });
}

const filler = (words: number) =>
  Array.from(
    { length: Math.ceil(words / 8) },
    () => "Your team's approach to research is thoughtful.",
  )
    .join(" ")
    .split(" ")
    .slice(0, words)
    .join(" ");

checkCases(
  "length",
  [
    { name: "an e-mail over 150 words", request: { text: letter(`${good} ${filler(140)}.`) } },
    {
      name: "a networking message over 100 words",
      request: { kind: "network_message", text: letter(`${good} ${filler(95)}.`) },
    },
    {
      name: "a letter over a custom limit",
      request: {
        kind: "letter",
        limits: { letterWords: 30 },
        text: letter(`${good} ${filler(20)}.`),
      },
    },
  ],
  [
    { name: "an e-mail of 140 words", request: { text: letter(`${good} ${filler(100)}.`) } },
    {
      name: "a long e-mail under a raised limit",
      request: { limits: { emailWords: 250 }, text: letter(`${good} ${filler(140)}.`) },
    },
  ],
);

describe("length message", () => {
  it("gives the count and says it will not fit a phone screen", () => {
    const text = letter(`${good} ${filler(140)}.`);
    const [finding] = coachOutreach({ text, kind: "email" });
    expect(finding).toMatchObject({ code: "length", start: 0, end: text.length });
    expect(finding?.message).toBe(
      "This e-mail has 160 words; aim for 150 or fewer. At this length it will not fit on one phone screen (about 120 words), where many people read first. Keep who you are, why them, and your question; cut the rest.",
    );
  });
});

const priya = { name: "Priya Shah", permission: "not_asked" } as const;
checkCases(
  "introducer_unpermitted",
  [
    {
      name: "the full name without permission asked",
      request: { introducer: priya, text: letter(`Priya Shah suggested I write to you. ${good}`) },
    },
    {
      name: "the first name when permission was refused",
      request: {
        introducer: { ...priya, permission: "no" },
        text: letter(`Priya mentioned you might talk with me. ${good}`),
      },
    },
  ],
  [
    {
      name: "the name with permission",
      request: {
        introducer: { ...priya, permission: "yes" },
        text: letter(`Priya Shah suggested I write to you. ${good}`),
      },
    },
    {
      name: "the writer's own name that shares a first name",
      request: {
        introducer: { name: "Jordan Lee", permission: "not_asked" },
        text: letter(`I'm Jordan Park, a design student. ${good}`, "Jordan Park"),
      },
    },
    { name: "an introducer left out", request: { introducer: priya, text: letter(good) } },
  ],
);

describe("introducer_unpermitted spans", () => {
  it("points at each mention, in one finding", () => {
    const text = letter(`Priya Shah suggested I write. ${good} Priya says hello.`);
    const findings = coachOutreach({ text, kind: "email", introducer: priya }).filter(
      (finding) => finding.code === "introducer_unpermitted",
    );
    expect(findings).toHaveLength(1);
    const spans = findings[0]?.places.map((place) => text.slice(place.start, place.end));
    expect(spans).toEqual(["Priya Shah", "Priya"]);
  });
});

checkCases(
  "introducer_missing",
  [
    {
      name: "a permitted introducer never named",
      request: { introducer: { ...priya, permission: "yes" }, text: letter(good) },
    },
    {
      name: "a permitted introducer named only in the signature",
      request: {
        introducer: { name: "Dr. Sam Ortiz", permission: "yes" },
        text: letter(good, "Maya Chen (via Sam Ortiz)"),
      },
    },
  ],
  [
    {
      name: "the first name alone",
      request: {
        introducer: { ...priya, permission: "yes" },
        text: letter(`Priya suggested I get in touch. ${good}`),
      },
    },
    {
      name: "an introducer who has not said yes",
      request: { introducer: priya, text: letter(good) },
    },
  ],
);

checkCases(
  "nothing_specific",
  [
    {
      name: "a generic note",
      request: { text: letter(`I am interested in your field. ${purpose} ${ask}`) },
    },
    {
      name: "proper nouns only about the writer",
      request: {
        text: letter(`I'm a senior at Boston University studying economics. ${purpose} ${ask}`),
      },
    },
    ...[
      // Rapport's old template and its kin: the reader's bare title and employer.
      "Your work as Senior Designer at Acme Studio is the kind of path I would like to understand.",
      "Your work as Director of Clinical Research at Mercy Health caught my eye.",
      "Your role as VP of Engineering at Stripe is the kind of path I want.",
      "Your experience as a nurse at Johns Hopkins Hospital is exactly what I want to learn about.",
      "As a product manager at Shopify, you must have great insight.",
      "I'd love to learn from someone in your position at Deloitte.",
      "I noticed you are a data scientist at Spotify.",
      "Your company, Acme Robotics, is a leader in the field.",
      "Your team at Acme Health is amazing.",
      // Praise that fits anyone, and how the writer found them.
      "I admire your work at Google.",
      "You have an impressive career.",
      "Your background in UX research is impressive.",
      "I've always admired Mercy Health.",
      "I admire your lab.",
      "I found your profile on LinkedIn.",
      "I came across your name on the Ohio State alumni directory.",
      // An introduction says how, not why them; a placeholder says nothing yet.
      "Sam Ortiz suggested I get in touch with you.",
      "We could meet at Acme Studio next week.",
      "What drew me to your work at Mercy Health is [something specific about their work].",
    ].map((sentence) => ({
      name: JSON.stringify(sentence),
      request: { text: letter(`${sentence} ${purpose} ${ask}`) },
    })),
  ],
  [
    { name: "their talk", request: { text: letter(good) } },
    {
      name: "a shared school",
      request: { text: letter(`We both studied at Boston University. ${purpose} ${ask}`) },
    },
    {
      name: "something the writer heard",
      request: { text: letter(`I heard you on a podcast last spring. ${purpose} ${ask}`) },
    },
    {
      name: "their organization beside the reader",
      request: {
        text: letter(`Your team at Acme Health rebuilt patient intake. ${purpose} ${ask}`),
      },
    },
    ...[
      // The reader's lab and its project, named with or without "you".
      "I have followed the Hopkins Vision Lab and its retinal imaging project for a year.",
      "The Adler Lab's work on retinal imaging and its BrightEyes project is why I'm writing.",
      "The Vision Lab's BrightEyes project is exactly the work I hope to do.",
      "Your lab at Wilmer is running the BrightEyes trial, which I have read about.",
      "Your group's work with the city of Baltimore on heat maps is fascinating.",
      "I'd love to learn more about the BrightEyes project.",
      // Publications, appearances, things they did, moves they made.
      "Your article on burnout in ICU nurses stayed with me.",
      "I read your recent article in the Atlantic.",
      "Your TEDx talk on failure resonated with me.",
      "Your keynote was the highlight of the conference for me.",
      "I attended your workshop at the Ohio State career fair.",
      "You spoke at Grace Hopper last fall about mentoring.",
      "You founded Kinfolk Labs after ten years in banking.",
      "You published a study on sleep and memory last year.",
      "Your move from teaching to product design is the path I'm considering.",
      "Your newsletter, Field Notes, has shaped how I think about design.",
      "Congratulations on the Lasker Award.",
      // What the two of them shared.
      "We met at PyCon in 2019.",
      "We worked together at Deloitte years ago.",
      "We are both Michigan grads.",
      // Milestones, comments, and a path the writer shares.
      "Your recent promotion to partner at Baker McKenzie is inspiring.",
      "Your comments on remote work in last week's Forbes piece stuck with me.",
      "I really enjoyed reading about your research into coral reef restoration.",
      "As someone who also moved from finance to nonprofit work, I'd love your view.",
    ].map((sentence) => ({
      name: JSON.stringify(sentence),
      request: {
        text: `Dear Dr. Adler,\n\n${sentence} ${purpose} ${ask}\n\nBest regards,\nMaya Chen`,
      },
    })),
  ],
);

const selfCentered =
  "I am a recent graduate. I studied biology at UCLA. I have worked in two labs. I am interested in biotech.";
checkCases(
  "self_centered",
  [
    { name: "a note all about the writer", request: { text: letter(`${selfCentered} ${ask}`) } },
    {
      name: "a career change told from the writer's side",
      request: {
        text: letter(
          `My background is in teaching. I have taught for six years. ${specific} I want to move into design. ${ask}`,
        ),
      },
    },
  ],
  [
    {
      name: "fewer than four sentences",
      request: {
        text: letter("I am a recent graduate. I studied biology. Could we talk for 20 minutes?"),
      },
    },
    {
      name: "writer sentences that turn to the reader",
      request: {
        text: letter(
          `I read your post on lab automation. I'm curious how you chose biotech. I am a recent graduate. ${ask}`,
        ),
      },
    },
    {
      name: "one sentence of introduction, the rest turned to the reader or shared",
      request: {
        text: letter(
          "I'm Jordan, a senior at UMBC. I saw that your lab at Hopkins runs the oyster-reef monitoring project. Could we talk for 20 minutes between 3 and 14 April? I'm hoping to learn from your experience.",
        ),
      },
    },
  ],
);

checkCases(
  "no_greeting_signoff",
  [
    { name: "no greeting", request: { text: `${good}\n\nBest regards,\nMaya` } },
    { name: "no sign-off", request: { text: `Dear Ms. Rivera,\n\n${good}` } },
  ],
  [
    { name: "Hello and Best", request: { text: `Hello Dr. Okafor,\n\n${good}\n\nBest,\nMaya` } },
    { name: "a one-line message", request: { text: `Hi Sam, ${good} Thanks, Maya` } },
    {
      name: "Good afternoon and Thank you",
      request: { text: `Good afternoon,\n\n${good}\n\nThank you,\nMaya` },
    },
  ],
);

describe("no_greeting_signoff spans", () => {
  it("reports a missing greeting at the start and a missing sign-off at the end, in one finding", () => {
    const text = `${good}\n`;
    const findings = coachOutreach({ text, kind: "email" }).filter(
      (finding) => finding.code === "no_greeting_signoff",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.places).toEqual([
      { start: 0, end: 0 },
      { start: text.length - 1, end: text.length - 1 },
    ]);
    expect(findings[0]?.message).toMatch(/^Start with a greeting .+ End with thanks and your name/);
  });
});

checkCases(
  "unfilled_merge",
  [
    { name: "double braces", request: { text: letter(`Hi {{first_name}}. ${good}`) } },
    { name: "a bracketed name", request: { text: letter(`${good} [COMPANY] is great.`) } },
  ],
  [
    {
      name: "a Markdown link",
      request: { text: letter(`${good} My work is at [my portfolio](https://example.com).`) },
    },
    {
      name: "a numbered citation",
      request: { text: letter(`${good} See my capstone paper [1].`) },
    },
  ],
);

describe("unfilled_merge spans", () => {
  it("reports each placeholder with its own span, in one finding", () => {
    const text = letter(
      `Hi {{first_name}} at {company}, [Name] and <<name>> said [COMPANY] is %TITLE%. ${good}`,
    );
    const findings = coachOutreach({ text, kind: "email" }).filter(
      (finding) => finding.code === "unfilled_merge",
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      "Fill in the 6 placeholders before sending — {{first_name}}, {company}, [Name], <<name>>, [COMPANY], %TITLE%. A leftover placeholder tells the reader this is a form letter.",
    );
    const fields = findings[0]?.places.map((place) => text.slice(place.start, place.end));
    expect(fields).toEqual([
      "{{first_name}}",
      "{company}",
      "[Name]",
      "<<name>>",
      "[COMPANY]",
      "%TITLE%",
    ]);
  });
});
