import { describe, expect, it } from "vitest";
import { thankYouCountdown } from "./thank-you-countdown.js";

// A conversation that ended at 11:00: best by 13:00, late from 11:00 the next day.
const times = { idealBy: "2026-03-12T13:00:00.000Z", overdueAt: "2026-03-13T11:00:00.000Z" };
const at = (instant: string) => thankYouCountdown(times, new Date(instant));

describe("thankYouCountdown", () => {
  it("counts down the best two hours in hours and minutes, rounded up to the minute", () => {
    expect(at("2026-03-12T11:00:00.000Z")).toEqual({
      tone: "best",
      text: "2 hr left for the best time",
    });
    expect(at("2026-03-12T11:20:00.000Z").text).toBe("1 hr 40 min left for the best time");
    expect(at("2026-03-12T11:20:30.000Z").text).toBe("1 hr 40 min left for the best time");
    expect(at("2026-03-12T12:59:00.000Z").text).toBe("1 min left for the best time");
    expect(at("2026-03-12T12:59:59.999Z").text).toBe("1 min left for the best time");
  });

  it("then says within how many hours it is due, rounded up", () => {
    expect(at("2026-03-12T13:00:00.000Z")).toEqual({ tone: "due", text: "due within 22 hours" });
    expect(at("2026-03-12T13:30:00.000Z").text).toBe("due within 22 hours");
    expect(at("2026-03-13T10:00:00.000Z").text).toBe("due within 1 hour");
    expect(at("2026-03-13T10:20:00.000Z").text).toBe("due within 40 minutes");
  });

  it("and, from the latest time on, how late it is", () => {
    expect(at("2026-03-13T11:00:00.000Z")).toEqual({ tone: "late", text: "1 minute late" });
    expect(at("2026-03-13T11:40:00.000Z").text).toBe("40 minutes late");
    expect(at("2026-03-13T14:00:00.000Z").text).toBe("3 hours late");
    expect(at("2026-03-15T10:59:00.000Z").text).toBe("47 hours late");
    expect(at("2026-03-15T11:00:00.000Z").text).toBe("2 days late");
  });
});
