import { describe, expect, it } from "vitest";
import { spreadOf } from "../../../../domain/insights/effort.js";
import { answerTimeSentence } from "./answer-time.js";
import { daysFigure, daysRangeText, daysText, groupLabel, percentText } from "./effort-format.js";
import { stepRateText } from "./funnel-figure.js";
import { weekText } from "./week-format.js";

describe("effort and yield in words", () => {
  it("says the time to a first answer as a median and the middle half", () => {
    expect(answerTimeSentence(spreadOf([]))).toBe("No answers yet.");
    expect(answerTimeSentence(spreadOf([3]))).toBe("One answer so far, after 3 days.");
    expect(answerTimeSentence(spreadOf([0]))).toBe("One answer so far, the same day.");
    expect(answerTimeSentence(spreadOf([0, 2, 4, 6]))).toBe(
      "Half answered within 3 days; most between 1.5 and 4.5 days.",
    );
    expect(answerTimeSentence(spreadOf([1, 1, 1]))).toBe("Half answered within 1 day.");
    expect(answerTimeSentence(spreadOf([0, 0, 0, 8]))).toBe(
      "Half answered the same day; most between 0 and 2 days.",
    );
  });

  it("writes days, rates and group names as the explorer reads them", () => {
    expect([daysText(0.01), daysText(1), daysText(2.46)]).toEqual([
      "the same day",
      "1 day",
      "2.5 days",
    ]);
    // A figure's cell says "1 day", not "1 days"; a range takes Intl's plural.
    expect([daysFigure(null), daysFigure(0), daysFigure(1), daysFigure(4.5)]).toEqual([
      "–",
      "0 days",
      "1 day",
      "4.5 days",
    ]);
    expect([daysRangeText(1.5, 4.5), daysRangeText(0.5, 1)]).toEqual([
      "1.5–4.5 days",
      "0.5–1 days",
    ]);
    expect([percentText(null), percentText(2 / 3), percentText(1)]).toEqual(["–", "67%", "100%"]);
    expect(stepRateText({ step: "replied", count: 4, rateFromPrevious: 0.42 })).toBe(
      "42% of those contacted replied",
    );
    expect(stepRateText({ step: "identified", count: 4, rateFromPrevious: null })).toBeNull();
    expect(groupLabel("source", "cold")).toBe("Cold (no connection)");
    expect(groupLabel("channel", "networking_site")).toBe("Networking site");
    expect(groupLabel("introduced", "introduced")).toBe("Introduced by someone");
    expect(groupLabel("organization", null)).toBe("Not recorded");
    expect(weekText("2026-11-30")).toBe("Nov 30, 2026");
  });
});
