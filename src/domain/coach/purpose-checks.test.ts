import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach-outreach.js";
import { findingCodes } from "./finding.js";
import { checksFor } from "./purpose-checks.js";

const firstTouchOnly = [
  "no_info_purpose",
  "no_question",
  "no_window",
  "introducer_unpermitted",
  "introducer_missing",
  "nothing_specific",
];

describe("which checks run for each purpose", () => {
  it("runs every check but the thank-you's own on a first touch", () => {
    const thankYouOnly = ["no_specific_point", "no_action", "no_stay_in_touch"];
    expect(checksFor("outreach")).toEqual(
      findingCodes.filter((code) => !thankYouOnly.includes(code)),
    );
    expect(checksFor("confirm")).not.toEqual(expect.arrayContaining(["no_action"]));
  });

  it("checks a thank-you for a point, an action and an offer to stay in touch", () => {
    expect(checksFor("thank_you")).toEqual([
      "length",
      "job_ask",
      "no_greeting_signoff",
      "unfilled_merge",
      "no_specific_point",
      "no_action",
      "no_stay_in_touch",
    ]);
  });

  it("checks an update for its greeting, placeholders, a job ask and the advice it cites", () => {
    expect(checksFor("update")).toEqual([
      "job_ask",
      "no_greeting_signoff",
      "unfilled_merge",
      "no_specific_point",
    ]);
  });

  it("spares a thank-you and a confirmation the first-touch checks, keeping the rest", () => {
    for (const purpose of ["thank_you", "confirm"] as const) {
      const codes = checksFor(purpose);
      for (const code of firstTouchOnly) expect(codes).not.toContain(code);
      expect(codes).toEqual(
        expect.arrayContaining(["length", "job_ask", "no_greeting_signoff", "unfilled_merge"]),
      );
    }
  });

  it("does not count sentences about the writer in a thank-you, which is about what they will do", () => {
    expect(checksFor("thank_you")).not.toContain("self_centered");
    expect(checksFor("confirm")).toContain("self_centered");
  });
});

const thankYou = `Dear Ms. Lee,

Thank you for meeting with me yesterday. What you said about starting in a support role has stayed with me.

Your advice gave me a clear next step: I will sign up for the county's data course this month. I would be glad to keep you posted on how it goes.

Best regards,
Maya Chen`;

describe("coaching a draft by its purpose", () => {
  it("keeps quiet on a good thank-you that a first-touch reading would nag", () => {
    const asOutreach = coachOutreach({ text: thankYou, kind: "email" }).map(({ code }) => code);
    expect(asOutreach).toEqual(expect.arrayContaining(["no_question", "no_window"]));
    expect(coachOutreach({ text: thankYou, kind: "email", purpose: "thank_you" })).toEqual([]);
  });

  it("still flags a job ask in a thank-you", () => {
    const text = thankYou.replace(
      "I would be glad",
      "Are there any openings on your team? I would be glad",
    );
    const codes = coachOutreach({ text, kind: "email", purpose: "thank_you" }).map(
      ({ code }) => code,
    );
    expect(codes).toEqual(["job_ask"]);
  });

  it("still flags a placeholder and a missing sign-off in a confirmation", () => {
    const text = "Hello Sam,\n\nConfirming tomorrow at 10:00 AM. My phone number is {{my_phone}}.";
    const codes = coachOutreach({ text, kind: "email", purpose: "confirm" }).map(
      ({ code }) => code,
    );
    expect(codes).toEqual(["unfilled_merge", "no_greeting_signoff"]);
  });

  it("still flags a thank-you over the length limit", () => {
    const long = thankYou.replace(
      "Best regards",
      `${"It was so helpful. ".repeat(40)}\n\nBest regards`,
    );
    const codes = coachOutreach({ text: long, kind: "email", purpose: "thank_you" }).map(
      ({ code }) => code,
    );
    expect(codes).toContain("length");
  });
});
