import { describe, expect, it } from "vitest";
import {
  type CallScriptRequest,
  callScript,
  latestWritten,
  myNameBlank,
  myPhoneBlank,
  whyYouBlank,
} from "./call-script.js";

function request(overrides: Partial<CallScriptRequest> = {}): CallScriptRequest {
  return {
    profile: {
      name: "Jordan Lee",
      schoolOrRole: "senior at Towson University",
      searchStatus: "graduating",
      phone: "(410) 555-0199",
    },
    person: {
      name: "Dr. Maya Chen",
      title: "UX researcher",
      organizationName: "Hopkins Digital Health",
      commonGround: null,
      referredByName: "Sam Ortiz",
      mentionPermission: "yes",
    },
    interests: ["UX research"],
    lastWritten: { kind: "letter_sent", occurredAt: "2025-03-03T15:00:00Z" },
    timeZone: "America/New_York",
    ...overrides,
  };
}

describe("callScript", () => {
  it("greets, says who you are and which letter, asks for advice not a job, lets them choose", () => {
    const { steps } = callScript(request());
    expect(steps).toEqual([
      { label: "Greet", say: "Hello, may I speak with Dr. Chen?" },
      {
        label: "Who you are",
        say: "Hi Dr. Chen, this is Jordan Lee, senior at Towson University. Sam Ortiz suggested I get in touch with you, and I sent you a letter on 3 March asking for a little of your time.",
      },
      {
        label: "The ask",
        say: "I'm graduating soon and looking into UX research. I'm not looking for a job; I would be grateful for 20 to 30 minutes of your advice.",
      },
      {
        label: "Let them choose",
        say: "Would there be a time that suits you, in person, by phone or by video? I'm happy to work around your schedule.",
      },
    ]);
  });

  it("leaves a voicemail with the explorer's number, said twice", () => {
    expect(callScript(request()).voicemail).toBe(
      "Hi Dr. Chen, this is Jordan Lee, senior at Towson University. Sam Ortiz suggested I get in touch with you, and I sent you a letter on 3 March asking for a little of your time. I'd be grateful for 20 to 30 minutes of your advice on UX research — not a job, just your perspective. You can reach me at (410) 555-0199; again, that's (410) 555-0199. I'll also try you again in a few days. Thank you!",
    );
  });

  it("dates the letter in the explorer's zone and names the kind of message", () => {
    // 21:00 on 2 March in New York.
    const email = { kind: "email_sent" as const, occurredAt: "2025-03-03T02:00:00Z" };
    expect(callScript(request({ lastWritten: email })).steps[1]?.say).toContain(
      "I sent you an e-mail on 2 March",
    );
  });

  it("names the introducer only with permission when nothing was written yet", () => {
    expect(callScript(request({ lastWritten: null })).steps[1]?.say).toContain(
      "Sam Ortiz suggested I get in touch with you.",
    );
    const unpermitted = { ...request().person, mentionPermission: "not_asked" as const };
    const said = callScript(request({ lastWritten: null, person: unpermitted })).steps[1]?.say;
    expect(said).not.toContain("Sam Ortiz");
    expect(said).toContain(`I'm calling because of ${whyYouBlank}.`);
  });

  it("says blanks in words when the profile lacks a name or phone", () => {
    const script = callScript(
      request({ profile: { name: null, schoolOrRole: null, searchStatus: null, phone: null } }),
    );
    expect(script.steps[1]?.say).toMatch(new RegExp(`^Hi Dr. Chen, this is \\${myNameBlank}\\. `));
    expect(script.voicemail).toContain(`You can reach me at ${myPhoneBlank}`);
  });
});

describe("latestWritten", () => {
  it("finds the latest letter, e-mail or message and skips calls and notes", () => {
    const log = [
      { kind: "email_sent" as const, occurredAt: "2025-03-01T10:00:00Z" },
      { kind: "call" as const, occurredAt: "2025-03-09T10:00:00Z" },
      { kind: "network_message_sent" as const, occurredAt: "2025-03-05T10:00:00Z" },
      { kind: "letter_sent" as const, occurredAt: "2025-02-01T10:00:00Z" },
    ];
    expect(latestWritten(log)).toEqual(log[2]);
    expect(latestWritten(log.filter((entry) => entry.kind === "call"))).toBeNull();
  });
});
