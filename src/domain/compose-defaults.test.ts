import { describe, expect, it } from "vitest";
import {
  applicableTemplate,
  defaultComposeKind,
  defaultComposeWindow,
  localDate,
  proposedLengthMinutes,
  templatePurposeFor,
} from "./compose-defaults.js";
import type { Template } from "./template.js";
import type { Trip } from "./trip.js";

const trip: Trip = {
  id: "t1",
  place: "Baltimore, MD",
  startsOn: "2025-03-09",
  endsOn: "2025-03-14",
  note: null,
  createdAt: "2025-02-01T00:00:00.000Z",
  updatedAt: "2025-02-01T00:00:00.000Z",
};

const template = (purpose: Template["purpose"]): Template => ({
  id: `own-${purpose}`,
  name: "Mine",
  purpose,
  subject: null,
  body: "Hello {{first_name}}",
  createdAt: "2025-02-01T00:00:00.000Z",
  updatedAt: "2025-02-01T00:00:00.000Z",
});

describe("composer defaults", () => {
  it("picks the kind asked for, else e-mail when known, else a message for a confirmation, else a letter", () => {
    expect(defaultComposeKind("letter", { email: "a@example.com" }, "outreach")).toBe("letter");
    expect(defaultComposeKind("fax", { email: "a@example.com" }, "outreach")).toBe("email");
    expect(defaultComposeKind(null, { email: null }, "outreach")).toBe("letter");
    expect(defaultComposeKind(null, { email: null }, "thank_you")).toBe("letter");
    expect(defaultComposeKind(null, { email: null }, "confirm")).toBe("network_message");
  });

  it("proposes a week from today for two weeks, in the explorer's calendar days", () => {
    // Monday 3 March 2025, 14:00 UTC.
    expect(defaultComposeWindow("2025-03-03T14:00:00.000Z", "UTC", null)).toEqual({
      from: "2025-03-10",
      to: "2025-03-24",
      place: "",
    });
    // 11:30 UTC on Monday 10 March is already 00:30 on Tuesday 11 March in Auckland.
    expect(defaultComposeWindow("2025-03-10T11:30:00.000Z", "Pacific/Auckland", null)).toEqual({
      from: "2025-03-18",
      to: "2025-04-01",
      place: "",
    });
    expect(defaultComposeWindow("2025-03-10T11:30:00.000Z", "UTC", null)).toEqual({
      from: "2025-03-17",
      to: "2025-03-31",
      place: "",
    });
    // 23:30 on Saturday 1 March in New York, the clocks changing on the 9th between.
    expect(defaultComposeWindow("2025-03-02T04:30:00.000Z", "America/New_York", null)).toEqual({
      from: "2025-03-08",
      to: "2025-03-22",
      place: "",
    });
  });

  it("fills the window from a trip, from the explorer's today on", () => {
    expect(defaultComposeWindow("2025-03-01T12:00:00.000Z", "UTC", trip)).toEqual({
      from: "2025-03-09",
      to: "2025-03-14",
      place: "Baltimore",
    });
    // Already there: from today, which in Auckland is a day ahead of UTC.
    expect(defaultComposeWindow("2025-03-10T11:30:00.000Z", "Pacific/Auckland", trip).from).toBe(
      "2025-03-11",
    );
    expect(defaultComposeWindow("2025-03-10T11:30:00.000Z", "UTC", trip).from).toBe("2025-03-10");
  });

  it("reads the explorer's date across a change of the clocks", () => {
    expect(localDate("2025-03-09T06:59:00.000Z", "America/New_York")).toBe("2025-03-09");
    expect(localDate("2025-03-09T04:59:00.000Z", "America/New_York")).toBe("2025-03-08");
    expect(localDate("2025-03-08T17:00:00.000Z", "America/New_York", 1)).toBe("2025-03-09");
  });

  it("proposes 20 minutes unless a positive length is typed", () => {
    expect(proposedLengthMinutes("30")).toBe(30);
    expect(proposedLengthMinutes("")).toBe(20);
    expect(proposedLengthMinutes("0")).toBe(20);
    expect(proposedLengthMinutes("abc")).toBe(20);
  });

  it("starts from the explorer's template only where it was written for", () => {
    expect(templatePurposeFor("outreach", "email")).toBe("email");
    expect(templatePurposeFor("thank_you", "email")).toBe("thank_you");
    expect(applicableTemplate(template("email"), "outreach", "email")?.id).toBe("own-email");
    expect(applicableTemplate(template("email"), "outreach", "letter")).toBe(null);
    expect(applicableTemplate(template("confirm"), "confirm", "email")?.id).toBe("own-confirm");
    expect(applicableTemplate(template("email"), "thank_you", "email")).toBe(null);
    expect(applicableTemplate(null, "outreach", "email")).toBe(null);
  });
});
