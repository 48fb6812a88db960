import { describe, expect, it } from "vitest";
import { organizationInputSchema, parseLocations } from "./organization.js";
import { validate } from "./validation.js";

describe("organization locations", () => {
  it("splits on lines and semicolons, keeping commas inside a place name", () => {
    expect(parseLocations("Baltimore, MD; Washington, DC\n\n baltimore, md ")).toEqual([
      "Baltimore, MD",
      "Washington, DC",
    ]);
  });

  it("accepts a list or a text and normalises both the same way", () => {
    const fromText = validate(organizationInputSchema, { name: "Acme", locations: "Paris; Lyon" });
    const fromList = validate(organizationInputSchema, {
      name: "Acme",
      locations: ["Paris", " Lyon "],
    });
    expect(fromText).toMatchObject({ ok: true, value: { locations: ["Paris", "Lyon"] } });
    expect(fromList).toEqual(fromText);
  });

  it("requires a name", () => {
    expect(validate(organizationInputSchema, { name: "" })).toMatchObject({
      ok: false,
      fields: { name: "Enter name" },
    });
  });
});
