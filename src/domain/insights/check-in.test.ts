import { describe, expect, it } from "vitest";
import { type CheckIn, checkInQuestion, checkInView, isInterest } from "./check-in.js";

const rating = (targetId: string | null, value: number, checkedAt: string): CheckIn => ({
  id: `${targetId}-${checkedAt}`,
  targetId,
  rating: value,
  note: null,
  checkedAt,
});

describe("the check-in view", () => {
  it("lists today's interests then the direction overall, each oldest first, and leaves out removed ones", () => {
    const view = checkInView({
      checkIns: [
        rating("ux", 5, "2026-12-20T09:00:00.000Z"),
        rating("ux", 4, "2026-11-22T09:00:00.000Z"),
        rating("gone", 1, "2026-11-22T09:00:00.000Z"),
        rating(null, 3, "2026-11-22T09:00:00.000Z"),
      ],
      interests: [{ id: "ux", label: "UX research" }],
      everyWeeks: 4,
      firstHeldAt: "2026-11-20T15:00:00.000Z",
      now: new Date("2027-01-16T09:00:00.000Z"),
    });
    expect(view).toEqual({
      everyWeeks: 4,
      dueAt: "2027-01-17T09:00:00.000Z",
      due: false,
      lastCheckedAt: "2026-12-20T09:00:00.000Z",
      interests: [
        {
          targetId: "ux",
          label: "UX research",
          series: [
            { checkedAt: "2026-11-22T09:00:00.000Z", rating: 4 },
            { checkedAt: "2026-12-20T09:00:00.000Z", rating: 5 },
          ],
          latest: { checkedAt: "2026-12-20T09:00:00.000Z", rating: 5 },
        },
        {
          targetId: null,
          label: "Your direction overall",
          series: [{ checkedAt: "2026-11-22T09:00:00.000Z", rating: 3 }],
          latest: { checkedAt: "2026-11-22T09:00:00.000Z", rating: 3 },
        },
      ],
    });
  });

  it("rates fields, kinds of organization and roles, not places", () => {
    expect(
      ["field", "organization_kind", "role", "location"].map((kind) => isInterest({ kind })),
    ).toEqual([true, true, true, false]);
  });

  it("asks about up to two interests by name", () => {
    expect(checkInQuestion([])).toBe("Still excited about your direction?");
    expect(checkInQuestion(["UX research"])).toBe("Still excited about UX research?");
    expect(checkInQuestion(["UX research", "Museums"])).toBe(
      "Still excited about UX research and Museums?",
    );
    expect(checkInQuestion(["UX research", "Museums", "Product"])).toBe(
      "Still excited about UX research, Museums and the rest?",
    );
  });
});
