import { describe, expect, it } from "vitest";
import { type CallScriptRequest, callScript, whyYouBlank } from "./call-script.js";
import { draftConfirmation } from "./confirm-draft.js";
import { outreachKinds } from "./draft-purpose.js";
import type { Interest } from "./interest-phrase.js";
import { draftOutreach, type OutreachDraftRequest, specificPlaceholder } from "./outreach-draft.js";
import { draftThankYou } from "./thank-you-draft.js";

// Drafts read as a careful person writes: names, interests, casing, brackets, the introducer
// and common ground, checked through every builder on many people, not a few examples.

const profile: CallScriptRequest["profile"] = {
  name: "Jordan Lee",
  schoolOrRole: "senior at Towson University",
  searchStatus: "changing_careers",
  phone: "(410) 555-0199",
};
const bare: OutreachDraftRequest["person"] = {
  name: "Maya Chen",
  title: null,
  organizationName: null,
  commonGround: null,
  referredByName: null,
  mentionPermission: "not_asked",
};
const field = (label: string): Interest => ({ kind: "field", label });
const organizationKind = (label: string): Interest => ({ kind: "organization_kind", label });
const role = (label: string): Interest => ({ kind: "role", label });

function statusLine(interests: Interest[]): string {
  const { body } = draftOutreach({ kind: "email", profile, person: bare, interests });
  return /and (I'm changing careers toward [^.]+)\./.exec(body)?.[1] ?? body;
}

describe("interests in a draft", () => {
  it.each([
    [[field("UX research"), organizationKind("Design agency")], "UX research at a design agency"],
    [[organizationKind("Government")], "work in government"],
    [[organizationKind("Public sector")], "work in the public sector"],
    [[organizationKind("NGO")], "work at an NGO"],
    [
      [role("Product manager"), organizationKind("Startup")],
      "work as a product manager at a startup",
    ],
    [[role("Architect")], "work as an architect"],
    [[field("Environmental law"), role("Trial work")], "environmental law and trial work"],
    [
      [field("Law"), organizationKind("Private firm"), organizationKind("Hospital")],
      "law at a private firm or at a hospital",
    ],
    [
      [field("Speech therapy"), role("Speech therapist")],
      "speech therapy and work as a speech therapist",
    ],
  ])("phrases %j as %s", (interests, expected) => {
    expect(statusLine(interests)).toBe(`I'm changing careers toward ${expected}`);
  });

  it.each([
    ["Clinical Research", "clinical research"],
    ["Machine Learning", "machine learning"],
    ["Product Design", "product design"],
    ["UX research", "UX research"],
    ["AI safety", "AI safety"],
    ["K-12 education", "K-12 education"],
    ["iOS development", "iOS development"],
    ["English literature", "English literature"],
    ["Python development", "Python development"],
    ["Latin American studies", "Latin American studies"],
    ["Marketing at Google", "marketing at Google"],
  ])("writes the field %s mid-sentence as %s", (label, expected) => {
    expect(statusLine([field(label)])).toBe(`I'm changing careers toward ${expected}`);
    const script = callScript({
      profile,
      person: bare,
      interests: [field(label)],
      lastWritten: null,
      timeZone: "UTC",
    });
    expect(script.voicemail).toContain(`your advice on ${expected} — not a job`);
  });

  it("says the subject in the same words", () => {
    const { subject } = draftOutreach({
      kind: "email",
      profile,
      person: bare,
      interests: [field("UX Research"), organizationKind("Health-tech company")],
    });
    expect(subject).toBe("A request for your advice on UX research at a health-tech company");
  });
});

describe("names in greetings", () => {
  it.each([
    ["Dr. Ruth Adler", "Dear Dr. Adler,", "Hello Ruth,"],
    ["Ruth Adler, PhD", "Dear Dr. Adler,", "Hello Ruth,"],
    ["Prof. Vincent van Gogh", "Dear Prof. van Gogh,", "Hello Vincent,"],
    ["Dr. Maria de la Cruz", "Dear Dr. de la Cruz,", "Hello Maria,"],
    ["Ms. Priya Shah", "Dear Ms. Shah,", "Hello Priya,"],
    ["Martin Luther King Jr.", "Dear Martin Luther King Jr.,", "Hello Martin,"],
    ["Yo-Yo Ma", "Dear Yo-Yo Ma,", "Hello Yo-Yo,"],
    ["Adler, Ruth", "Dear Ruth Adler,", "Hello Ruth,"],
    ["Cher", "Dear Cher,", "Hello Cher,"],
    ["Dr. Adler", "Dear Dr. Adler,", "Hello Dr. Adler,"],
    ["J. R. Smith", "Dear J. R. Smith,", "Hello J. R. Smith,"],
    ["Maya Chen (she/her)", "Dear Maya Chen,", "Hello Maya,"],
    ["Robert (Bob) Smith", "Dear Robert Smith,", "Hello Bob,"],
    ['Dr. Katherine "Kate" Lin', "Dear Dr. Lin,", "Hello Kate,"],
  ])("greets %s as %s in a letter and %s in an e-mail", (name, letter, email) => {
    const person = { ...bare, name };
    const now = new Date("2025-03-04T14:00:00Z");
    const common = { profile, person, now, timeZone: "UTC" };
    for (const drafted of [
      draftOutreach({ kind: "letter", profile, person }),
      draftThankYou({ ...common, kind: "letter", conversation: null }),
      draftConfirmation({ ...common, kind: "letter", conversation: null }),
    ]) {
      expect(drafted.body.split("\n")[0]).toBe(letter);
    }
    expect(draftOutreach({ kind: "email", profile, person }).body.split("\n")[0]).toBe(email);
    expect(draftThankYou({ ...common, kind: "email", conversation: null }).body).toMatch(
      new RegExp(`^${email.replace(/\./g, "\\.")}\n`),
    );
  });

  it("asks for them on the phone by title and family name", () => {
    const script = callScript({
      profile,
      person: { ...bare, name: "Dr. Ruth Adler" },
      lastWritten: null,
      timeZone: "UTC",
    });
    expect(script.steps[0]?.say).toBe("Hello, may I speak with Dr. Adler?");
    expect(script.steps[1]?.say).toMatch(/^Hi Dr\. Adler, this is Jordan Lee/);
    expect(script.voicemail).toMatch(/^Hi Dr\. Adler, this is Jordan Lee/);
  });
});

describe("text set into a sentence", () => {
  it.each([
    ["Student (MIT)", "Jordan Lee (student, MIT), and"],
    ["MBA student (Wharton", "Jordan Lee (MBA student Wharton), and"],
    ["Career changer.", "Jordan Lee (career changer), and"],
    ["Ohio State University", "Jordan Lee (Ohio State University), and"],
    ["PhD candidate at Yale", "Jordan Lee (PhD candidate at Yale), and"],
    ["McKinsey alumna, now teaching", "Jordan Lee (McKinsey alumna, now teaching), and"],
    ["Senior at Towson University", "Jordan Lee (senior at Towson University), and"],
  ])(
    "puts the role %j in one pair of brackets, without stray punctuation",
    (schoolOrRole, expected) => {
      for (const kind of outreachKinds) {
        const { body } = draftOutreach({
          kind,
          profile: { ...profile, schoolOrRole },
          person: bare,
        });
        expect(body).toContain(expected);
      }
    },
  );

  it("keeps brackets and drops the full stop of a place inserted mid-sentence", () => {
    const { body } = draftConfirmation({
      kind: "email",
      profile,
      person: bare,
      conversation: {
        startsAt: "2025-03-05T15:00:00Z",
        durationMinutes: 30,
        channel: "phone",
        place: "(410) 555-0100 (ext. 12",
      },
      now: new Date("2025-03-04T14:00:00Z"),
      timeZone: "UTC",
    });
    expect(body).toContain("for 30 minutes, by phone (410 555-0100 ext. 12).");
    const cafe = draftConfirmation({
      kind: "email",
      profile,
      person: bare,
      conversation: {
        startsAt: "2025-03-05T15:00:00Z",
        durationMinutes: 30,
        channel: "in_person",
        place: "Café Milano (upstairs), 12 Charles St.",
      },
      now: new Date("2025-03-04T14:00:00Z"),
      timeZone: "UTC",
    });
    expect(cafe.body).toContain("at Café Milano (upstairs), 12 Charles St.\n");
  });
});

const introduced: OutreachDraftRequest["person"] = {
  ...bare,
  name: "Dr. Ruth Adler",
  organizationName: "Hopkins Vision Lab",
  referredByName: "Sam Ortiz",
  mentionPermission: "yes",
};

describe("the introducer and common ground", () => {
  it("names a permitted introducer in the call script as the letter does, beside the letter", () => {
    const letter = { kind: "letter_sent" as const, occurredAt: "2025-03-03T15:00:00Z" };
    const script = callScript({
      profile,
      person: introduced,
      lastWritten: letter,
      timeZone: "UTC",
    });
    expect(script.steps[1]?.say).toBe(
      "Hi Dr. Adler, this is Jordan Lee, senior at Towson University. Sam Ortiz suggested I get in touch with you, and I sent you a letter on 3 March asking for a little of your time.",
    );
    expect(script.voicemail).toContain("Sam Ortiz suggested I get in touch with you, and I sent");
    for (const mentionPermission of ["no", "not_asked"] as const) {
      const unpermitted = { ...introduced, mentionPermission };
      const said = callScript({
        profile,
        person: unpermitted,
        lastWritten: letter,
        timeZone: "UTC",
      });
      expect(`${said.steps.map((step) => step.say).join(" ")} ${said.voicemail}`).not.toContain(
        "Sam",
      );
    }
  });

  it.each([
    ["we both grew up in Columbus", "We both grew up in Columbus."],
    ["We both studied at RISD.", "We both studied at RISD."],
    ["Ohio State alumni", "We have something in common: Ohio State alumni."],
    ["same hometown (Dayton", "We have something in common: same hometown Dayton."],
    ["Mutual friend: Ana Ruiz", "We have something in common — mutual friend: Ana Ruiz."],
  ])("uses the common ground %j in every first touch and in the call", (commonGround, sentence) => {
    const person = { ...introduced, commonGround };
    for (const kind of outreachKinds) {
      const { body } = draftOutreach({ kind, profile, person });
      expect(body).toContain(` ${sentence}`);
      expect(body).not.toContain(specificPlaceholder);
      // In the first lines, as METHOD §2 asks: within the first paragraph.
      expect(body.split("\n\n")[1]).toContain(sentence);
    }
    const script = callScript({ profile, person, lastWritten: null, timeZone: "UTC" });
    expect(script.steps[1]?.say).toContain(sentence);
    expect(script.voicemail).toContain(sentence);
  });

  it("leaves a blank for why them when nothing says it, in the call too", () => {
    const { body } = draftOutreach({
      kind: "email",
      profile,
      person: { ...bare, organizationName: "Mercy Health" },
    });
    expect(body).toContain(`What drew me to your work at Mercy Health is ${specificPlaceholder}.`);
    expect(body).not.toContain("the kind of path");
    const script = callScript({ profile, person: bare, lastWritten: null, timeZone: "UTC" });
    expect(script.steps[1]?.say).toContain(`I'm calling because of ${whyYouBlank}.`);
  });
});
