import { describe, expect, it } from "vitest";
import type { TodayAction } from "../../../domain/today.js";
import { calendarDays, dueText, snoozeChoices, telHref, weekSummary } from "./today-format.js";

// The test runner pins TZ=UTC (vitest.config.ts): the "browser's zone" here is UTC on any machine.
const now = new Date("2026-03-11T15:00:00Z"); // a Wednesday

function action(state: TodayAction["state"], dueAt: string): TodayAction {
  return { state, dueAt } as Partial<TodayAction> as TodayAction;
}

describe("today format", () => {
  it("counts calendar days, not 24-hour spans", () => {
    expect(calendarDays(new Date("2026-03-10T23:00:00Z"), new Date("2026-03-11T01:00:00Z"))).toBe(
      1,
    );
    expect(calendarDays(new Date("2026-03-11T01:00:00Z"), new Date("2026-03-11T23:00:00Z"))).toBe(
      0,
    );
    expect(calendarDays(new Date("2026-03-11T12:00:00Z"), new Date("2026-03-01T12:00:00Z"))).toBe(
      -10,
    );
  });

  it("words overdue actions by days", () => {
    expect(dueText(action("overdue", "2026-03-11T08:00:00Z"), now)).toBe("overdue");
    expect(dueText(action("overdue", "2026-03-10T08:00:00Z"), now)).toBe("1 day overdue");
    expect(dueText(action("overdue", "2026-02-27T08:00:00Z"), now)).toBe("12 days overdue");
  });

  it("words due actions by how long they have been due", () => {
    expect(dueText(action("due", "2026-03-11T08:00:00Z"), now)).toBe("due today");
    expect(dueText(action("due", "2026-03-10T08:00:00Z"), now)).toBe("due since yesterday");
    expect(dueText(action("due", "2026-03-08T08:00:00Z"), now)).toBe("due for 3 days");
  });

  it("words upcoming actions by when they come", () => {
    expect(dueText(action("upcoming", "2026-03-11T20:00:00Z"), now)).toBe("due later today");
    expect(dueText(action("upcoming", "2026-03-12T09:00:00Z"), now)).toBe("due tomorrow");
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

  it("offers tomorrow morning, three days on and next Monday morning", () => {
    expect(
      snoozeChoices(now).map(({ id, label, until }) => [id, label, until.toISOString()]),
    ).toEqual([
      ["tomorrow", "Until tomorrow morning", "2026-03-12T08:00:00.000Z"],
      ["three_days", "For 3 days", "2026-03-14T08:00:00.000Z"],
      ["next_week", "Until next week", "2026-03-16T08:00:00.000Z"],
    ]);
    // On a Monday, "next week" is the Monday after.
    const monday = new Date("2026-03-16T10:00:00Z");
    expect(snoozeChoices(monday)[2]?.until.toISOString()).toBe("2026-03-23T08:00:00.000Z");
  });
});
