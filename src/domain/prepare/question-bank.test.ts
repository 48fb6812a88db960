import { describe, expect, it } from "vitest";
import { questionGroups, tiaraTags } from "./preparation.js";
import { builtinQuestion, builtinQuestions } from "./question-bank.js";

describe("the built-in question bank", () => {
  it("holds at least 60 questions with unique keys named for their group", () => {
    expect(builtinQuestions.length).toBe(62);
    const keys = builtinQuestions.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const question of builtinQuestions) {
      expect(question.key.startsWith(`${question.group}-`)).toBe(true);
      expect(question.key).toMatch(/^[a-z]+-[a-z]+-\d+$/);
    }
  });

  it("covers every group with at least 20 questions and every TIARA tag", () => {
    const counts = Object.fromEntries(
      questionGroups.map((group) => [
        group,
        builtinQuestions.filter((question) => question.group === group).length,
      ]),
    );
    expect(counts).toEqual({ field: 22, person: 20, chances: 20 });
    const used = new Set(builtinQuestions.flatMap((question) => question.tags));
    expect([...used].sort()).toEqual([...tiaraTags].sort());
  });

  it("has the topics METHOD §4 names, salary and benefits among them", () => {
    const topics = new Set(builtinQuestions.map((question) => question.key.replace(/-\d+$/, "")));
    for (const topic of [
      "field-growth",
      "field-openings",
      "field-advancement",
      "field-culture",
      "field-trends",
      "person-path",
      "person-week",
      "person-repeat",
      "person-rewards",
      "chances-experience",
      "chances-programs",
      "chances-fit",
      "chances-pay",
    ]) {
      expect(topics.has(topic)).toBe(true);
    }
    expect(builtinQuestion("chances-pay-1")?.text).toBe(
      "What salary range is realistic for someone starting out in this role?",
    );
  });

  it("asks only open questions: a wh-word or a polite request first, each ending in ?", () => {
    for (const question of builtinQuestions) {
      expect(question.text).toMatch(
        /^(What|Which|Where|When|How|Who|Why|Looking back, what|Could you)\b.*\?$/,
      );
      expect(question.tags.length).toBeGreaterThan(0);
    }
  });

  it("answers null for a key it does not have", () => {
    expect(builtinQuestion("field-trends-99")).toBeNull();
  });
});

describe("the built-in bank and the yes/no check", () => {
  it("holds only questions the check reads as open", async () => {
    const { coachQuestions } = await import("../coach/closed-question.check.js");
    const texts = builtinQuestions.map((question) => question.text);
    expect(coachQuestions(texts)).toEqual([]);
  });
});
