import { describe, expect, it } from "vitest";
import {
  calendarDayRange,
  dateFormatter,
  formatCalendarDay,
  formatInstant,
  instantRange,
} from "./dates.js";

// Intl puts thin spaces (U+2009) around the en dash of a range whose ends have spaces in them.
const thin = "\u2009";

describe("formatInstant", () => {
  it("writes the instant's day in the zone asked for", () => {
    // 03:30 UTC on 4 March is still 3 March in New York.
    const instant = "2026-03-04T03:30:00.000Z";
    const long = { weekday: "long", day: "numeric", month: "long" } as const;
    expect(formatInstant(instant, "UTC", long)).toBe("Wednesday 4 March");
    expect(formatInstant(instant, "America/New_York", long)).toBe("Tuesday 3 March");
    expect(
      formatInstant(new Date(instant), "Asia/Tokyo", { hour: "2-digit", minute: "2-digit" }),
    ).toBe("12:30");
  });

  it("keeps the wall clock across a change of the clocks", () => {
    const time = { hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const;
    // London goes to summer time on 29 March 2026: 9:00 is 09:00 UTC before, 08:00 UTC after.
    expect(formatInstant("2026-03-28T09:00:00.000Z", "Europe/London", time)).toBe("09:00 GMT");
    expect(formatInstant("2026-03-30T08:00:00.000Z", "Europe/London", time)).toBe("09:00 BST");
  });

  it("builds one formatter per zone and shape", () => {
    const options = { day: "numeric", month: "short" } as const;
    expect(dateFormatter("Europe/Paris", options)).toBe(
      dateFormatter("Europe/Paris", { ...options }),
    );
    expect(dateFormatter("Europe/Paris", options)).not.toBe(dateFormatter("UTC", options));
  });
});

describe("formatCalendarDay", () => {
  it("writes a calendar day as that day in every zone", () => {
    expect(formatCalendarDay("2026-10-10", { day: "numeric", month: "long" })).toBe("10 October");
    expect(formatCalendarDay("2026-01-01", { weekday: "long" })).toBe("Thursday");
  });
});

describe("calendarDayRange", () => {
  it("writes what the two ends share once", () => {
    expect(calendarDayRange("2026-10-10", "2026-10-15")).toBe(`10${thin}–${thin}15 Oct`);
    expect(calendarDayRange("2026-09-28", "2026-10-03")).toBe(`28 Sept${thin}–${thin}3 Oct`);
    expect(calendarDayRange("2026-10-10", "2026-10-10")).toBe("10 Oct");
  });

  it("names the years of a range across the new year", () => {
    const withYear = { day: "numeric", month: "short", year: "numeric" } as const;
    expect(calendarDayRange("2026-12-30", "2027-01-02", withYear)).toBe(
      `30 Dec 2026${thin}–${thin}2 Jan 2027`,
    );
    expect(calendarDayRange("2026-11-01", "2026-11-30", withYear)).toBe(
      `1${thin}–${thin}30 Nov 2026`,
    );
  });
});

describe("instantRange", () => {
  it("writes a range within a day as two times", () => {
    expect(instantRange("2026-12-03T14:00:00.000Z", "2026-12-03T14:45:00.000Z", "UTC")).toBe(
      "14:00–14:45",
    );
    expect(
      instantRange("2026-12-03T14:00:00.000Z", "2026-12-03T14:45:00.000Z", "America/New_York"),
    ).toBe("09:00–09:45");
  });

  it("writes both days of a range across midnight or months", () => {
    const dayAndTime = {
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
    } as const;
    expect(
      instantRange("2026-11-30T23:30:00.000Z", "2026-12-01T00:15:00.000Z", "UTC", dayAndTime),
    ).toBe(`30 Nov, 23:30${thin}–${thin}1 Dec, 00:15`);
  });

  it("counts each end in the zone across the spring change of the clocks", () => {
    // 00:30 GMT to 01:30 UTC, which is 02:30 BST: the clocks jumped an hour between them.
    expect(
      instantRange("2026-03-29T00:30:00.000Z", "2026-03-29T01:30:00.000Z", "Europe/London"),
    ).toBe("00:30–02:30");
  });
});
