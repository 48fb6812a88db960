import { describe, expect, it } from "vitest";
import { atSentenceStart } from "./locale.js";
import { relativeDays } from "./relative.js";

describe("atSentenceStart", () => {
  it("capitalises the first letter only", () => {
    expect(atSentenceStart(relativeDays(1))).toBe("Tomorrow");
    expect(atSentenceStart("in 3 days")).toBe("In 3 days");
    expect(atSentenceStart("")).toBe("");
  });
});
