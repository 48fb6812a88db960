import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach-outreach.js";
import {
  labelledThankYouLetters,
  labelledThankYouSentences,
  type ThankYouCode,
} from "./thank-you.cases.js";
import {
  commitsToAction,
  namesTheirPoint,
  offersToStayInTouch,
  verbPhrasesOf,
} from "./thank-you-grammar.js";

const readers: Record<ThankYouCode, (sentence: string) => boolean> = {
  no_specific_point: namesTheirPoint,
  no_action: commitsToAction,
  no_stay_in_touch: offersToStayInTouch,
};
const thankYouCodes = Object.keys(readers) as ThankYouCode[];

const codesOf = (text: string, purpose: "thank_you" | "update" = "thank_you") =>
  coachOutreach({ text, kind: "email", purpose })
    .map((finding) => finding.code)
    .filter((code): code is ThankYouCode => thankYouCodes.some((own) => own === code));

describe("the thank-you checks on our labelled sentences", () => {
  it("has at least 150 sentences, about half of each code holding, many of them hard", () => {
    expect(labelledThankYouSentences.length).toBeGreaterThanOrEqual(150);
    for (const code of thankYouCodes) {
      const ofCode = labelledThankYouSentences.filter((labelled) => labelled.code === code);
      const holding = ofCode.filter((labelled) => labelled.holds).length;
      expect(ofCode.length).toBeGreaterThanOrEqual(50);
      expect(Math.abs(holding * 2 - ofCode.length)).toBeLessThanOrEqual(4);
    }
    const hard = labelledThankYouSentences.filter((labelled) => labelled.hard).length;
    expect(hard * 3).toBeGreaterThanOrEqual(labelledThankYouSentences.length);
  });

  it.each(labelledThankYouSentences)("$code: $text → holds: $holds", ({ code, text, holds }) => {
    expect(readers[code](text)).toBe(holds);
  });

  it.each(labelledThankYouLetters)("$name → $findings", ({ text, findings }) => {
    expect(codesOf(text).sort()).toEqual([...findings].sort());
  });
});

const complete = `Dear Ms. Chen,

Thank you for taking the time to talk with me yesterday. Your advice to start with a portfolio review stayed with me.

This week I'll book one with the AIGA chapter. I'll let you know how it goes.

Best regards,
Alex`;

describe("each thank-you check at its boundary", () => {
  it("passes a letter with a point, an action and an offer", () => {
    expect(coachOutreach({ text: complete, kind: "email", purpose: "thank_you" })).toEqual([]);
  });

  it("no_specific_point: praise instead of the point, pointed at after the first sentence", () => {
    const text = complete.replace(
      "Your advice to start with a portfolio review stayed with me.",
      "Your advice was great.",
    );
    const [finding] = coachOutreach({ text, kind: "email", purpose: "thank_you" });
    expect(finding?.code).toBe("no_specific_point");
    expect(finding?.message).toMatch(
      /^Name one thing they said or advised, e\.g\. "Your advice to/,
    );
    const firstSentenceEnd = text.indexOf("yesterday.") + "yesterday.".length;
    expect(finding?.places).toEqual([{ start: firstSentenceEnd, end: firstSentenceEnd }]);
    // "a lot about X" names the topic, "a lot" alone does not.
    expect(namesTheirPoint("I learned a lot about portfolio reviews.")).toBe(true);
    expect(namesTheirPoint("I learned a lot.")).toBe(false);
  });

  it("no_action: a denial in place of the plan, pointed at the end of the body", () => {
    const text = complete.replace(
      "This week I'll book one with the AIGA chapter.",
      "I won't book one with the AIGA chapter yet.",
    );
    const findings = coachOutreach({ text, kind: "email", purpose: "thank_you" });
    expect(findings.map((finding) => finding.code)).toEqual(["no_action"]);
    expect(findings[0]?.message).toBe(
      `Say what you will do because of their advice, with a day to it, e.g. "This week I'll sign up for the UX meetup you mentioned." It shows their time made a difference.`,
    );
    const bodyEnd = text.indexOf("how it goes.") + "how it goes.".length;
    expect(findings[0]?.places).toEqual([{ start: bodyEnd, end: bodyEnd }]);
    expect(commitsToAction("I will book one with the AIGA chapter.")).toBe(true);
    expect(commitsToAction("Will I book one with the AIGA chapter?")).toBe(false);
  });

  it("no_stay_in_touch: good wishes instead of the offer", () => {
    const text = complete.replace("I'll let you know how it goes.", "I hope you have a good week.");
    const findings = coachOutreach({ text, kind: "email", purpose: "thank_you" });
    expect(findings.map((finding) => finding.code)).toEqual(["no_stay_in_touch"]);
    expect(findings[0]?.message).toBe(
      `Offer to stay in touch, e.g. "I'll let you know how it goes" or "May I connect with you on LinkedIn?" — a thank-you is where the next conversation starts.`,
    );
    // An offer in the sign-off counts.
    expect(
      codesOf(text.replace("Best regards,", "Thanks again, and I'll keep you posted,")),
    ).toEqual([]);
  });

  it("an update cites their advice and is not asked for an action or an offer", () => {
    const update =
      "Hello Sam,\n\nA quick update: you suggested I start with a portfolio review, and I did.\n\nBest,\nAlex";
    expect(codesOf(update, "update")).toEqual([]);
    const vague = "Hello Sam,\n\nA quick update: your advice was great.\n\nBest,\nAlex";
    const [finding] = coachOutreach({ text: vague, kind: "email", purpose: "update" });
    expect(finding?.code).toBe("no_specific_point");
    expect(finding?.message).toMatch(/^Cite the advice you are writing about/);
  });

  it("first touches and confirmations are never asked for a thank-you's parts", () => {
    const text = "Dear Ms. Chen,\n\nI am a student at Ohio State.\n\nBest,\nAlex";
    for (const purpose of ["outreach", "confirm"] as const) {
      const codes = coachOutreach({ text, kind: "email", purpose }).map((finding) => finding.code);
      for (const code of thankYouCodes) expect(codes).not.toContain(code);
    }
  });
});

describe("the grammar the checks read with", () => {
  it("reads whose a verb is, its form and its denial", () => {
    const [will, wont] = [
      verbPhrasesOf("I'll sign up for the course."),
      verbPhrasesOf("I won't sign up for the course."),
    ];
    expect(will[0]).toMatchObject({ infinitive: "sign up", doer: "writer", negative: false });
    expect(wont[0]).toMatchObject({ infinitive: "sign up", doer: "writer", negative: true });
    expect(verbPhrasesOf("I'd like to shadow a nurse.")[0]).toMatchObject({
      text: "like",
      start: 4,
      end: 8,
    });
  });
});
