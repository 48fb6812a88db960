import { describe, expect, it } from "vitest";
import type { TodayAction } from "../../../domain/today.js";
import {
  conversationTime,
  dayAndTime,
  dueText,
  longDate,
  type TodayClock,
  telHref,
  weekSummary,
} from "./today-format.js";

// The test runner pins TZ=UTC (vitest.config.ts): the browser's zone is UTC here, and
// every clock below names the explorer's zone, so a browser-zone count would show.
const now = new Date("2026-03-11T15:00:00Z"); // a Wednesday
const utc: TodayClock = { now, timeZone: "UTC" };
// 15:00 UTC on Wednesday is 04:00 on Thursday 12 March in Auckland (UTC+13).
const auckland: TodayClock = { now, timeZone: "Pacific/Auckland" };

function action(
  state: TodayAction["state"],
  dueAt: string,
  overdueAt: string | null = null,
): TodayAction {
  return { state, dueAt, overdueAt } as Partial<TodayAction> as TodayAction;
}

describe("today format", () => {
  it("words overdue actions by the days since they became overdue, in the explorer's zone", () => {
    const since = (overdueAt: string) => action("overdue", "2026-02-20T08:00:00Z", overdueAt);
    expect(dueText(since("2026-03-11T08:00:00Z"), utc)).toBe("overdue");
    expect(dueText(since("2026-03-10T08:00:00Z"), utc)).toBe("1 day overdue");
    expect(dueText(since("2026-02-27T08:00:00Z"), utc)).toBe("12 days overdue");
    // Auckland is already on the 12th: one day more.
    expect(dueText(since("2026-03-11T08:00:00Z"), auckland)).toBe("1 day overdue");
  });

  it("words due actions by how long they have been due", () => {
    expect(dueText(action("due", "2026-03-11T08:00:00Z"), utc)).toBe("due today");
    expect(dueText(action("due", "2026-03-10T08:00:00Z"), utc)).toBe("due since yesterday");
    expect(dueText(action("due", "2026-03-08T08:00:00Z"), utc)).toBe("due for 3 days");
    expect(dueText(action("due", "2026-03-11T08:00:00Z"), auckland)).toBe("due since yesterday");
  });

  it("words upcoming actions by when they come", () => {
    expect(dueText(action("upcoming", "2026-03-11T20:00:00Z"), utc)).toBe("due later today");
    expect(dueText(action("upcoming", "2026-03-12T09:00:00Z"), utc)).toBe("due tomorrow");
    // 20:00 UTC on Wednesday is Thursday morning in Auckland, where it is already Thursday.
    expect(dueText(action("upcoming", "2026-03-11T20:00:00Z"), auckland)).toBe("due later today");
  });

  it("writes dates and times in the explorer's zone", () => {
    expect(longDate(now, "UTC")).toBe("Wednesday, March 11");
    expect(longDate(now, "Pacific/Auckland")).toBe("Thursday, March 12");
    expect(dayAndTime("2026-03-11T19:00:00.000Z", "Pacific/Auckland")).toBe("Thu, Mar 12, 8:00 AM");
    const at = new Date("2026-03-12T01:30:00Z");
    expect(conversationTime(at, utc)).toBe("Tomorrow, 1:30 AM");
    expect(conversationTime(at, auckland)).toBe("Today, 2:30 PM");
    expect(conversationTime(new Date("2026-03-14T15:00:00Z"), utc)).toBe("Sat, Mar 14, 3:00 PM");
  });

  it("sums up the week", () => {
    expect(weekSummary({ touches: 5, conversations: 1, thankYous: 1, peopleAdded: 3 })).toBe(
      "In the last 7 days: 5 touches, 1 conversation, 1 thank-you and 3 people added.",
    );
    expect(weekSummary({ touches: 1, conversations: 0, thankYous: 2, peopleAdded: 1 })).toBe(
      "In the last 7 days: 1 touch, 0 conversations, 2 thank-yous and 1 person added.",
    );
  });

  it("dials a phone number, with its extension after a pause", () => {
    expect(telHref("+1 (617) 555-0100", null)).toBe("tel:+16175550100");
    expect(telHref("617.555.0100", "42")).toBe("tel:6175550100,42");
  });
});
