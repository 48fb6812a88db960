import { describe, expect, it } from "vitest";
import {
  dateTimeLocalToIso,
  daysAgo,
  daysSinceText,
  formatDateTime,
  isoToDateTimeLocal,
  lastTouchText,
  toDateTimeLocal,
} from "./log-format.js";

// The test runner pins TZ=UTC (vitest.config.ts), so "local time" below is UTC on any machine.
describe("log format", () => {
  it("shows an unreadable instant as given", () => {
    expect(formatDateTime("soon")).toBe("soon");
  });

  it("writes an instant as a datetime-local value in local time", () => {
    expect(toDateTimeLocal(new Date("2025-11-22T14:30:45Z"))).toBe("2025-11-22T14:30");
    expect(toDateTimeLocal(new Date("2025-01-02T03:04:00Z"))).toBe("2025-01-02T03:04");
    expect(isoToDateTimeLocal("2025-11-22T14:30:00Z")).toBe("2025-11-22T14:30");
    expect(isoToDateTimeLocal(null)).toBe("");
    expect(isoToDateTimeLocal("garbage")).toBe("");
  });

  it("reads a datetime-local value back as an instant with the day's offset", () => {
    expect(dateTimeLocalToIso("2025-11-22T14:30")).toBe("2025-11-22T14:30:00+00:00");
    expect(dateTimeLocalToIso("")).toBe("");
    expect(dateTimeLocalToIso("not a time")).toBe("not a time");
  });

  it("says how long ago in days", () => {
    expect(daysAgo(0)).toBe("today");
    expect(daysAgo(1)).toBe("yesterday");
    expect(daysAgo(3)).toBe("3 days ago");
  });

  it("says when the last touch was", () => {
    const now = new Date("2025-11-22T12:00:00Z");
    expect(lastTouchText(null, now)).toBe("No contact yet");
    expect(lastTouchText("2025-11-22T08:00:00Z", now)).toBe("Last touch: today");
    expect(lastTouchText("2025-11-21T08:00:00Z", now)).toBe("Last touch: yesterday");
    expect(lastTouchText("2025-11-19T12:00:00Z", now)).toBe("Last touch: 3 days ago");
  });

  it("counts the days since the last touch for cards", () => {
    const now = new Date("2025-11-22T12:00:00Z");
    expect(daysSinceText(null, now)).toBe("No contact yet");
    expect(daysSinceText("2025-11-22T01:00:00Z", now)).toBe("In touch today");
    expect(daysSinceText("2025-11-21T12:00:00Z", now)).toBe("1 day since last touch");
    expect(daysSinceText("2025-11-17T12:00:00Z", now)).toBe("5 days since last touch");
  });
});
