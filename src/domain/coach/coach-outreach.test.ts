import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach-outreach.js";
import type { CoachRequest } from "./finding.js";
import { lineAt } from "./outreach-text.js";

// Realistic first touches that follow METHOD §3; the coach must stay quiet on every one,
// because false alarms teach people to ignore it.
const cleanDrafts: Array<[string, CoachRequest]> = [
  [
    "a student's formal e-mail",
    {
      kind: "email",
      text: `Dear Ms. Lee,

I'm Maya Chen, a junior at Ohio State studying design. Your article on accessible forms in UX Collective changed how I build my class projects.

I'm not asking about openings; I'd value your advice on moving into accessibility work. Would you be open to a 20-minute call next week?

Best regards,
Maya Chen`,
    },
  ],
  [
    "a career changer's e-mail naming a permitted introducer",
    {
      kind: "email",
      introducer: { name: "Priya Shah", permission: "yes" },
      text: `Hello Dr. Okafor,

Priya Shah suggested I write to you. After eight years teaching high-school chemistry, I am exploring a move into clinical research, and you made a similar switch in 2018.

This is not a request for a job. I am hoping to learn how you found your first role in the field and what you wish you had known. Could we talk for half an hour sometime between 10 and 15 October? I am happy to work around your schedule.

Thank you for considering it,
Daniel Reyes`,
    },
  ],
  [
    "a one-paragraph networking-site message",
    {
      kind: "network_message",
      text: "Hi Sam, I saw your talk on service design at Design Week Portland. I'm switching from retail management into UX and would love your perspective on how you made the jump. Would you have 15 minutes for a video call in the next two weeks? Thanks, Jordan",
    },
  ],
  [
    "a graduating student's letter",
    {
      kind: "letter",
      text: `Dear Mr. Alvarez,

My name is Aisha Bello, and I will graduate from Howard University in May with a degree in environmental science. Your work on the Anacostia River restoration plan is the reason I first became interested in watershed policy.

As I decide between government and nonprofit paths, I am talking with people who do this work every day. To be clear, I am not seeking employment; I would be grateful for your perspective on how you built your career at the Department of Energy and Environment.

Would you be willing to meet for 30 minutes while I am in Washington from 3 to 7 November, at your office or a café nearby? I will call your office next week to see whether a time suits you.

Thank you for your time and consideration.

Sincerely,
Aisha Bello`,
    },
  ],
  [
    "a casual alumni e-mail",
    {
      kind: "email",
      text: `Hi Tom,

We both went through the Northeastern co-op program, and I noticed you've spent the last five years in product analytics at Wayfair. I'm a third-year economics student trying to understand what analytics work looks like day to day.

Would you be up for a quick 15-minute chat sometime next week? I'd love to hear what you'd tell someone starting out. Not looking for a job lead, just your advice.

Thanks so much,
Lena`,
    },
  ],
  [
    "a polite request without a question mark",
    {
      kind: "email",
      text: `Good morning Ms. Park,

Your interview on the Code Switch podcast about bilingual newsrooms stayed with me for weeks. I edit a local newsletter in Sacramento and have been wondering whether public radio is a realistic next step.

I'd be grateful for 20 minutes of your time in the coming weeks to learn how you moved from print to audio. I'm not asking about roles at your station — only for your perspective.

Kind regards,
Chris Nguyen`,
    },
  ],
  [
    "a short connection note with a dash greeting",
    {
      kind: "network_message",
      text: "Hi Ana — fellow Michigan grad here. I'm exploring supply-chain work, and your path from engineering to operations at Ford caught my eye. Could we find 20 minutes next Tuesday or Thursday for a call? I'd value your advice. Thanks! — Ben",
    },
  ],
  [
    "an e-mail with Windows line endings and a long signature",
    {
      kind: "email",
      text: "Hi Dr. Patel,\r\n\r\nI'm a second-year nursing student at Rutgers, and your research on sleep in ICU patients is the reason I want to study critical care. I'd love to learn how you balance clinical work with research.\r\n\r\nPlease let me know if you'd have 20 minutes for a phone call next week. I'm not asking about jobs, only for your advice.\r\n\r\nWarm regards,\r\nAmira Hassan\r\nRutgers School of Nursing, Class of 2027\r\n(555) 010-2233\r\nlinkedin.com/in/amirahassan\r\n",
    },
  ],
  [
    "a letter that opens with the sender's address and the date",
    {
      kind: "letter",
      text: `Maya Chen
12 Elm Street
Columbus, OH 43201
3 September 2026

Dear Ms. Rivera,

Your keynote at the Midwest UX conference on designing for older adults stayed with me. I am a senior at Ohio State, and I am trying to understand how research teams in healthcare work.

This is not a request for a job. Would you be willing to speak with me for 20 minutes during the week of 12 October? I will call your office next week to follow up.

Thank you for considering it.

Sincerely,
Maya Chen`,
    },
  ],
  [
    "an e-mail signed 'Thanks in advance'",
    {
      kind: "email",
      text: `Hello Ms. Romero,

Your piece in the Chronicle about first-generation students in engineering really resonated with me. I'm a first-generation student too, now in my final year of civil engineering at UT Austin. Would you be open to a 20-minute coffee chat sometime in the next few weeks? I would love to hear how you decided between consulting and public agencies — I'm not asking about openings, just your perspective.

Thanks in advance,
Luis`,
    },
  ],
  [
    "an informal message between alumni",
    {
      kind: "network_message",
      text: "Hey Priya! Long time no see since the Smith College alumni weekend. I'm moving from accounting into data science and your switch to analytics at Spotify is exactly the kind of path I'm curious about. Could I buy you a coffee for half an hour next Thursday? Cheers, Nora",
    },
  ],
];

describe("coachOutreach on clean drafts", () => {
  it.each(cleanDrafts)("finds nothing in %s", (_name, request) => {
    expect(coachOutreach(request)).toEqual([]);
  });
});

describe("coachOutreach findings", () => {
  const messy = `Hi {{first_name}},

I want a job at your company. Are you hiring?

Maya`;

  it("returns findings in reading order with spans into the text", () => {
    const findings = coachOutreach({ text: messy, kind: "email" });
    const starts = findings.map((finding) => finding.start);
    expect(starts).toEqual([...starts].sort((left, right) => left - right));
    const merge = findings.find((finding) => finding.code === "unfilled_merge");
    expect(merge && messy.slice(merge.start, merge.end)).toBe("{{first_name}}");
    const jobAsks = findings.filter((finding) => finding.code === "job_ask");
    expect(jobAsks).toHaveLength(1);
    expect(jobAsks[0]?.places.map((place) => messy.slice(place.start, place.end))).toEqual([
      "I want a job at your company.",
      "Are you hiring?",
    ]);
    expect(jobAsks[0]?.message).toMatch(/^2 sentences \("job" and "hiring"\) make this read as/);
  });

  it("gives every finding a short message and a valid span", () => {
    for (const finding of coachOutreach({ text: messy, kind: "email" })) {
      expect(finding.message.length).toBeGreaterThan(20);
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeGreaterThanOrEqual(finding.start);
      expect(finding.end).toBeLessThanOrEqual(messy.length);
      expect(finding.places[0]).toEqual({ start: finding.start, end: finding.end });
    }
  });

  it("handles an empty text without throwing", () => {
    const codes = coachOutreach({ text: "", kind: "email" }).map((finding) => finding.code);
    expect(codes).toContain("no_question");
  });
});

describe("one finding per code", () => {
  const jobHunt = `Hi Sam,

I'm looking for a job in design. Are you hiring? Do you have openings on your team? Any internships this summer? Would you have 20 minutes next week for a call?

Thanks,
Maya`;

  it("groups four job-request sentences into one finding that points at each", () => {
    const jobAsks = coachOutreach({ text: jobHunt, kind: "email" }).filter(
      (finding) => finding.code === "job_ask",
    );
    expect(jobAsks).toHaveLength(1);
    const [group] = jobAsks;
    expect(group?.places.map((place) => jobHunt.slice(place.start, place.end))).toEqual([
      "I'm looking for a job in design.",
      "Are you hiring?",
      "Do you have openings on your team?",
      "Any internships this summer?",
    ]);
    expect(group?.message).toBe(
      `4 sentences ("job", "hiring", "openings" and "internships") make this read as a request for a job, and busy people turn those down. Ask for information and advice instead — e.g. "I'm not asking about openings; I'd value your advice."`,
    );
  });

  it.each([
    jobHunt,
    "{{first_name}} {{my_name}} [COMPANY] are you hiring? Openings? Jobs?",
    "",
    "Dear Ms. Lee, Priya said hi. Priya Shah suggested this. Priya again.",
  ])("never gives two findings with the same code (%#)", (text) => {
    const findings = coachOutreach({
      text,
      kind: "network_message",
      introducer: { name: "Priya Shah", permission: "not_asked" },
    });
    const codes = findings.map((finding) => finding.code);
    expect(codes).toEqual([...new Set(codes)]);
    for (const finding of findings) {
      expect(finding.places.length).toBeGreaterThan(0);
      expect(finding.places[0]).toEqual({ start: finding.start, end: finding.end });
    }
  });
});

describe("lineAt", () => {
  it("counts lines from 1", () => {
    expect(lineAt("one\ntwo\nthree", 0)).toBe(1);
    expect(lineAt("one\ntwo\nthree", 4)).toBe(2);
    expect(lineAt("one\ntwo\nthree", 9)).toBe(3);
  });
});
