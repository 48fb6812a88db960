import { describe, expect, it } from "vitest";
import { describeWindow } from "./outreach-draft.js";
import {
  calendarDay,
  isThere,
  orderTripSuggestions,
  placeKey,
  type Trip,
  tripFor,
  tripInputSchema,
  tripWindow,
} from "./trip.js";
import { validate } from "./validation.js";

function trip(overrides: Partial<Trip>): Trip {
  return {
    id: "trip",
    place: "Baltimore, MD",
    startsOn: "2026-10-10",
    endsOn: "2026-10-15",
    note: null,
    createdAt: "2026-09-01T00:00:00.000Z",
    updatedAt: "2026-09-01T00:00:00.000Z",
    ...overrides,
  };
}

const inBaltimore = { location: "baltimore", organizationLocations: [] };

describe("trip input", () => {
  it("accepts a place and two days, trimming and dropping an empty note", () => {
    expect(
      validate(tripInputSchema, {
        place: " Baltimore ",
        startsOn: "2026-10-10",
        endsOn: "2026-10-10",
        note: " ",
      }),
    ).toEqual({
      ok: true,
      value: { place: "Baltimore", startsOn: "2026-10-10", endsOn: "2026-10-10", note: null },
    });
  });

  it("says at the field what is missing or wrong", () => {
    expect(validate(tripInputSchema, { place: "", startsOn: "", endsOn: "2026-02-30" })).toEqual({
      ok: false,
      fields: {
        place: "Enter place",
        startsOn: "Enter the first day",
        endsOn: "Enter the last day as a date, like 2026-10-10",
      },
    });
  });

  it("refuses a trip that ends before it starts, or lasts more than a year", () => {
    expect(
      validate(tripInputSchema, {
        place: "Baltimore",
        startsOn: "2026-10-15",
        endsOn: "2026-10-14",
      }),
    ).toMatchObject({
      ok: false,
      fields: { endsOn: "The last day cannot come before the first day" },
    });
    expect(
      validate(tripInputSchema, {
        place: "Baltimore",
        startsOn: "2026-01-01",
        endsOn: "2027-01-01",
      }),
    ).toMatchObject({ ok: true });
    expect(
      validate(tripInputSchema, {
        place: "Baltimore",
        startsOn: "2026-01-01",
        endsOn: "2027-01-02",
      }),
    ).toMatchObject({ ok: false, fields: { endsOn: "A trip can be at most a year long" } });
  });
});

describe("who is there", () => {
  it("folds case and accents and reads only the place's leading name", () => {
    expect(placeKey("Baltimore, MD")).toBe("baltimore");
    expect(placeKey("  BALTIMORE ")).toBe("baltimore");
    expect(placeKey("Baltimore MD")).toBe("baltimore");
    expect(placeKey("Greater Baltimore Area")).toBe("baltimore");
    expect(placeKey("San Francisco Bay Area")).toBe("san francisco");
    expect(placeKey("São Paulo, Brazil")).toBe("sao paulo");
    expect(isThere({ location: "Sao Paulo", organizationLocations: [] }, "São Paulo")).toBe(true);
    expect(
      isThere({ location: "Baltimore, Maryland", organizationLocations: [] }, "baltimore"),
    ).toBe(true);
  });

  it("does not match a place that only contains the name: York is not New York", () => {
    expect(isThere({ location: "New York, NY", organizationLocations: [] }, "York")).toBe(false);
    expect(isThere({ location: "York, PA", organizationLocations: [] }, "York")).toBe(true);
    expect(isThere({ location: "New York", organizationLocations: [] }, "New York City")).toBe(
      false,
    );
    expect(isThere({ location: null, organizationLocations: [] }, "York")).toBe(false);
    expect(isThere({ location: "York", organizationLocations: [] }, ", ")).toBe(false);
  });

  it("counts any site of the person's organization", () => {
    const person = { location: "Washington, DC", organizationLocations: ["Paris", "Baltimore"] };
    expect(isThere(person, "Baltimore, MD")).toBe(true);
    expect(isThere(person, "Lyon")).toBe(false);
  });
});

describe("tripFor", () => {
  it("ignores a trip that ended yesterday and takes one that starts today", () => {
    const ended = trip({ id: "ended", startsOn: "2026-11-20", endsOn: "2026-11-22" });
    const startsToday = trip({ id: "today", startsOn: "2026-11-23", endsOn: "2026-11-25" });
    expect(tripFor(inBaltimore, [ended], "2026-11-23")).toBeNull();
    expect(tripFor(inBaltimore, [ended, startsToday], "2026-11-23")?.id).toBe("today");
  });

  it("prefers the trip under way, then the soonest, and only trips to their place", () => {
    const later = trip({ id: "later", startsOn: "2027-01-10", endsOn: "2027-01-12" });
    const underWay = trip({ id: "now", startsOn: "2026-11-20", endsOn: "2026-11-30" });
    const elsewhere = trip({ id: "lyon", place: "Lyon", startsOn: "2026-11-23" });
    expect(tripFor(inBaltimore, [later, elsewhere, underWay], "2026-11-23")?.id).toBe("now");
    expect(tripFor(inBaltimore, [later, elsewhere], "2026-11-23")?.id).toBe("later");
  });
});

describe("the window a trip fills into a draft", () => {
  it("names the place and the days, so the letter says where and when", () => {
    const window = tripWindow(trip({}), "2026-09-01");
    expect(window).toEqual({ place: "Baltimore", from: "2026-10-10", to: "2026-10-15" });
    expect(describeWindow(window)).toBe("while I'm in Baltimore, between 10 and 15 October");
  });

  it("offers only the days left of a trip under way", () => {
    expect(tripWindow(trip({}), "2026-10-12")).toMatchObject({
      from: "2026-10-12",
      to: "2026-10-15",
    });
  });
});

it("orders suggestions: not yet contacted first, then the rest as given", () => {
  const people = [
    { name: "Ann", stage: "contacted" as const },
    { name: "Bea", stage: "identified" as const },
    { name: "Cy", stage: "met" as const },
    { name: "Di", stage: "identified" as const },
  ];
  expect(orderTripSuggestions(people).map((person) => person.name)).toEqual([
    "Bea",
    "Di",
    "Ann",
    "Cy",
  ]);
});

it("reads today's date in the explorer's time zone", () => {
  const lateEvening = new Date("2026-11-23T03:30:00Z");
  expect(calendarDay(lateEvening, "UTC")).toBe("2026-11-23");
  expect(calendarDay(lateEvening, "America/New_York")).toBe("2026-11-22");
});
