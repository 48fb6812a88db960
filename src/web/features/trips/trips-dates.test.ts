import { describe, expect, it } from "vitest";
import { tripDates, tripLength } from "./trips-dates.js";

// Intl writes a range with thin spaces (U+2009) around the dash when its ends have spaces.
const thin = "\u2009";

describe("trip dates", () => {
  it("writes days within one month once", () => {
    expect(tripDates({ startsOn: "2026-10-10", endsOn: "2026-10-15" }, "2026")).toBe(
      `10${thin}–${thin}15 Oct`,
    );
  });

  it("writes both months when a trip crosses one", () => {
    expect(tripDates({ startsOn: "2026-09-28", endsOn: "2026-10-03" }, "2026")).toBe(
      `28 Sept${thin}–${thin}3 Oct`,
    );
  });

  it("writes both years when a trip crosses into a new one", () => {
    expect(tripDates({ startsOn: "2026-12-30", endsOn: "2027-01-02" }, "2026")).toBe(
      `30 Dec 2026${thin}–${thin}2 Jan 2027`,
    );
  });

  it("adds the year only when it is not the current one", () => {
    expect(tripDates({ startsOn: "2027-03-04", endsOn: "2027-03-04" }, "2026")).toBe("4 Mar 2027");
    expect(tripDates({ startsOn: "2026-03-04", endsOn: "2026-03-04" }, "2026")).toBe("4 Mar");
    expect(tripDates({ startsOn: "2027-03-04", endsOn: "2027-03-09" })).toBe(
      `4${thin}–${thin}9 Mar`,
    );
  });

  it("counts both ends of a trip", () => {
    expect(tripLength({ startsOn: "2026-10-10", endsOn: "2026-10-15" })).toBe("6 days");
    expect(tripLength({ startsOn: "2026-10-10", endsOn: "2026-10-10" })).toBe("1 day");
    // Across the end of summer time in Europe and America: still whole days.
    expect(tripLength({ startsOn: "2026-10-24", endsOn: "2026-11-02" })).toBe("10 days");
  });
});
