import { describe, expect, it } from "vitest";
import { relativeDays } from "./relative.js";

describe("relativeDays", () => {
  it("words today, tomorrow and yesterday, and counts the rest", () => {
    expect([-3, -2, -1, 0, 1, 2, 3].map(relativeDays)).toEqual([
      "3 days ago",
      "2 days ago",
      "yesterday",
      "today",
      "tomorrow",
      "in 2 days",
      "in 3 days",
    ]);
  });
});
