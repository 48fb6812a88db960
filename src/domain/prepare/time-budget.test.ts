import { describe, expect, it } from "vitest";
import type { QuestionGroup } from "./preparation.js";
import { defaultPrepareSettings } from "./prepare-settings.js";
import { budgetSentence, questionBudget } from "./time-budget.js";

const q = (id: string, group: QuestionGroup = "field", spare = false) => ({ id, group, spare });
const six = [q("a"), q("b", "person"), q("c"), q("d", "chances"), q("e"), q("f")];

describe("questionBudget", () => {
  it("fits 4 of 6 in 20 minutes at 3 minutes an answer (2 opening, 5 wind-down)", () => {
    const budget = questionBudget(six, 20, defaultPrepareSettings);
    expect(budget).toMatchObject({
      minutesForQuestions: 13,
      capacity: 4,
      fitCount: 4,
      minutesUsed: 12,
      total: 6,
      emptyGroups: [],
    });
    expect(budget.lines.map((line) => line.fit)).toEqual([
      "fits",
      "fits",
      "fits",
      "fits",
      "spare",
      "spare",
    ]);
    expect(budget.lines[4]).toEqual({ id: "e", fit: "spare", spareReason: "no_time" });
    expect(budgetSentence(budget)).toBe("4 of 6 fit in 20 minutes at 3 minutes an answer");
  });

  it("keeps marked spares spare and lets the next question take the time", () => {
    const plan = [q("a"), q("b", "person", true), q("c"), q("d"), q("e"), q("f")];
    const budget = questionBudget(plan, 20, defaultPrepareSettings);
    expect(budget.lines.map((line) => `${line.id}:${line.fit}`)).toEqual([
      "a:fits",
      "b:spare",
      "c:fits",
      "d:fits",
      "e:fits",
      "f:spare",
    ]);
    expect(budget.lines[1]?.spareReason).toBe("marked");
    // The only "person" question is a spare, but the group is still in the plan.
    expect(budget.emptyGroups).toEqual(["chances"]);
  });

  it("fits one question in a 10-minute conversation", () => {
    const budget = questionBudget(six, 10, defaultPrepareSettings);
    expect(budget).toMatchObject({
      minutesForQuestions: 3,
      capacity: 1,
      fitCount: 1,
      minutesUsed: 3,
    });
    expect(budgetSentence(budget)).toBe("1 of 6 fit in 10 minutes at 3 minutes an answer");
  });

  it("fits none when the minutes left are fewer than one answer", () => {
    const budget = questionBudget(six, 9, defaultPrepareSettings);
    expect(budget).toMatchObject({
      minutesForQuestions: 2,
      capacity: 0,
      fitCount: 0,
      minutesUsed: 0,
    });
    expect(budget.lines.every((line) => line.spareReason === "no_time")).toBe(true);
  });

  it("never counts negative minutes when the length is shorter than opening and wind-down", () => {
    const budget = questionBudget(six, 5, defaultPrepareSettings);
    expect(budget).toMatchObject({ minutesForQuestions: 0, capacity: 0, fitCount: 0 });
  });

  it("follows the settings: 1-minute answers, no opening or wind-down", () => {
    const budget = questionBudget(six, 4, {
      minutesPerAnswer: 1,
      openingMinutes: 0,
      windDownMinutes: 0,
    });
    expect(budget.fitCount).toBe(4);
    expect(budgetSentence(budget)).toBe("4 of 6 fit in 4 minutes at 1 minute an answer");
  });

  it("names every group as empty for an empty plan", () => {
    const budget = questionBudget([], 30, defaultPrepareSettings);
    expect(budget).toMatchObject({ total: 0, fitCount: 0, capacity: 7, lines: [] });
    expect(budget.emptyGroups).toEqual(["field", "person", "chances"]);
    expect(budgetSentence(budget)).toBe("0 of 0 fit in 30 minutes at 3 minutes an answer");
  });

  it("says 'fits' for a single question", () => {
    expect(budgetSentence(questionBudget([q("a")], 30, defaultPrepareSettings))).toBe(
      "1 of 1 fits in 30 minutes at 3 minutes an answer",
    );
  });
});
