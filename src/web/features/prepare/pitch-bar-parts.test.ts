import { describe, expect, it } from "vitest";
import { pitchTiming } from "./pitch-bar-parts.js";
import { formatSeconds } from "./records-parts.js";

const target = { min: 30, max: 45 };

describe("the pitch's target bar", () => {
  it("says in words where the pitch falls, and places it on a scale past the target", () => {
    expect(pitchTiming(0, target)).toMatchObject({
      verdict: "empty",
      text: "Write your pitch: aim for 30–45 s.",
    });
    expect(pitchTiming(20, target)).toEqual({
      verdict: "short",
      text: "20 s: shorter than the 30–45 s target. Say a little more.",
      markerPercent: 33.3,
      band: { fromPercent: 50, toPercent: 75 },
    });
    expect(pitchTiming(38, target)).toMatchObject({
      verdict: "within",
      text: "38 s: within the 30–45 s target.",
    });
    expect(pitchTiming(45, target).verdict).toBe("within");
    expect(pitchTiming(70, target)).toMatchObject({
      verdict: "long",
      text: "1 min 10 s: 25 s over the 30–45 s target. Cut a sentence.",
      markerPercent: 100,
    });
  });

  it("formats spoken times", () => {
    expect(formatSeconds(38)).toBe("38 s");
    expect(formatSeconds(60)).toBe("1 min");
    expect(formatSeconds(125)).toBe("2 min 5 s");
  });
});
