import { describe, expect, it } from "vitest";
import type { DueAction } from "./cadence.js";
import { calendarDaysBetween, dueWording, snoozeChoices } from "./due-wording.js";

type Dates = Pick<DueAction, "state" | "dueAt" | "overdueAt">;
const overdue = (overdueAt: string, dueAt = "2025-01-01T00:00:00.000Z"): Dates => ({
  state: "overdue",
  dueAt,
  overdueAt,
});
const due = (dueAt: string): Dates => ({ state: "due", dueAt, overdueAt: null });
const upcoming = (dueAt: string): Dates => ({ state: "upcoming", dueAt, overdueAt: null });

describe("dueWording", () => {
  it("says how late an overdue reminder is from its latest day, not the day it came due", () => {
    // The browser test's Ana Souza: a letter on 21 Feb, the call due a week later and
    // overdue a week after that; on 11 Mar it is 4 days overdue (11 since it came due).
    const ana = overdue("2025-03-07T14:00:00.000Z", "2025-02-28T14:00:00.000Z");
    expect(dueWording(ana, "2025-03-11T14:00:00.000Z", "UTC")).toBe("4 days overdue");
    expect(dueWording(ana, "2025-03-08T09:00:00.000Z", "UTC")).toBe("1 day overdue");
    expect(dueWording(ana, "2025-03-07T15:00:00.000Z", "UTC")).toBe("overdue");
    expect(dueWording(ana, "2025-03-19T15:00:00.000Z", "UTC")).toBe("12 days overdue");
  });

  it("counts calendar days in the explorer's zone, however far it is from UTC", () => {
    // 23:30 on Monday 10 March in Auckland (UTC+13), and 00:30 on Tuesday there.
    const lateMonday = "2025-03-10T10:30:00.000Z";
    const earlyTuesday = "2025-03-10T11:30:00.000Z";
    expect(dueWording(due(lateMonday), earlyTuesday, "Pacific/Auckland")).toBe(
      "due since yesterday",
    );
    // The same two instants are one UTC day, 10:30 and 11:30 on Monday.
    expect(dueWording(due(lateMonday), earlyTuesday, "UTC")).toBe("due today");
    expect(dueWording(overdue(lateMonday), earlyTuesday, "Pacific/Auckland")).toBe("1 day overdue");
    expect(dueWording(overdue(lateMonday), earlyTuesday, "UTC")).toBe("overdue");
    expect(dueWording(upcoming(earlyTuesday), lateMonday, "Pacific/Auckland")).toBe("due tomorrow");
    expect(dueWording(upcoming(earlyTuesday), lateMonday, "UTC")).toBe("due later today");
    // Honolulu (UTC−10): it is still Sunday 9 March there, and Friday is five days on.
    expect(
      dueWording(
        upcoming("2025-03-14T20:00:00.000Z"),
        "2025-03-10T05:00:00.000Z",
        "Pacific/Honolulu",
      ),
    ).toBe("due Friday");
  });

  it("counts days, not 24-hour spans, across a change of the clocks", () => {
    // New York springs forward on Sunday 9 March 2025: 23:30 Saturday to 00:30 Monday is
    // only 24 hours, but two calendar days.
    const saturdayNight = "2025-03-09T04:30:00.000Z";
    const mondayMorning = "2025-03-10T04:30:00.000Z";
    expect(calendarDaysBetween(saturdayNight, mondayMorning, "America/New_York")).toBe(2);
    expect(dueWording(overdue(saturdayNight), mondayMorning, "America/New_York")).toBe(
      "2 days overdue",
    );
    expect(dueWording(due(saturdayNight), mondayMorning, "America/New_York")).toBe(
      "due for 2 days",
    );
    // Falling back on 2 November: 00:30 Sunday to 23:30 Sunday is 24 hours, the same day.
    expect(
      dueWording(due("2025-11-02T04:30:00.000Z"), "2025-11-03T04:30:00.000Z", "America/New_York"),
    ).toBe("due today");
  });

  it("names the weekday within a week, else the date", () => {
    const monday = "2025-03-03T14:00:00.000Z";
    expect(dueWording(upcoming("2025-03-03T18:00:00.000Z"), monday, "UTC")).toBe("due later today");
    expect(dueWording(upcoming("2025-03-07T14:00:00.000Z"), monday, "UTC")).toBe("due Friday");
    expect(dueWording(upcoming("2025-03-10T09:00:00.000Z"), monday, "UTC")).toBe("due 10 Mar");
  });
});

describe("snoozeChoices", () => {
  it("ends each snooze at 8:00 in the explorer's zone", () => {
    // Monday 3 March, 14:00 UTC: next Monday is a week on.
    expect(snoozeChoices("2025-03-03T14:00:00.000Z", "UTC")).toEqual([
      { id: "tomorrow", label: "Until tomorrow morning", until: "2025-03-04T08:00:00.000Z" },
      { id: "three_days", label: "For 3 days", until: "2025-03-06T08:00:00.000Z" },
      { id: "next_week", label: "Until next week", until: "2025-03-10T08:00:00.000Z" },
    ]);
  });

  it("counts from the explorer's day after midnight far from UTC", () => {
    // 11:30 on Monday in UTC is 00:30 on Tuesday 11 March in Auckland (UTC+13).
    expect(
      snoozeChoices("2025-03-10T11:30:00.000Z", "Pacific/Auckland").map(({ until }) => until),
    ).toEqual([
      "2025-03-11T19:00:00.000Z", // Wednesday 12 March, 8:00
      "2025-03-13T19:00:00.000Z", // Friday 14 March, 8:00
      "2025-03-16T19:00:00.000Z", // Monday 17 March, 8:00
    ]);
  });

  it("keeps 8:00 on the wall clock across a change of the clocks", () => {
    // Saturday 8 March, 10:00 in New York (UTC−5); from Sunday the city is UTC−4.
    expect(
      snoozeChoices("2025-03-08T15:00:00.000Z", "America/New_York").map(({ until }) => until),
    ).toEqual([
      "2025-03-09T12:00:00.000Z", // Sunday 9 March, 8:00 EDT
      "2025-03-11T12:00:00.000Z", // Tuesday 11 March, 8:00 EDT
      "2025-03-10T12:00:00.000Z", // Monday 10 March, 8:00 EDT
    ]);
    // Auckland falls back on Sunday 6 April (UTC+13 to UTC+12).
    expect(snoozeChoices("2025-04-05T10:00:00.000Z", "Pacific/Auckland")[0]?.until).toBe(
      "2025-04-05T20:00:00.000Z",
    );
  });
});
