import { describe, expect, it } from "vitest";
import { personInputSchema } from "./person.js";
import { validate } from "./validation.js";

describe("person input", () => {
  it("trims text and turns empty strings into null", () => {
    const result = validate(personInputSchema, {
      name: "  Ada Lovelace ",
      title: "",
      email: " Ada@Example.COM ",
      source: "",
      profileUrl: "linkedin.com/in/ada",
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: "Ada Lovelace",
        title: null,
        email: "ada@example.com",
        source: null,
        profileUrl: "https://linkedin.com/in/ada",
      },
    });
  });

  it("asks for a name when it is missing or blank", () => {
    expect(validate(personInputSchema, { name: "   " })).toEqual({
      ok: false,
      fields: { name: "Enter name" },
    });
    expect(validate(personInputSchema, {})).toMatchObject({
      ok: false,
      fields: { name: "Enter name" },
    });
  });

  it("explains a malformed email at the email field", () => {
    const result = validate(personInputSchema, { name: "Ada", email: "ada@" });
    expect(result).toEqual({
      ok: false,
      fields: { email: "Enter an email address like name@example.com" },
    });
  });

  it("accepts a phone with separators and a numeric extension", () => {
    const result = validate(personInputSchema, {
      name: "Ada",
      phone: "+1 (410) 555-0100",
      phoneExtension: "204",
    });
    expect(result).toMatchObject({
      ok: true,
      value: { phone: "+1 (410) 555-0100", phoneExtension: "204" },
    });
  });

  it("rejects words in the phone and letters in the extension", () => {
    const result = validate(personInputSchema, {
      name: "Ada",
      phone: "call me",
      phoneExtension: "x12",
    });
    expect(result).toEqual({
      ok: false,
      fields: {
        phone: "Use digits, spaces, +, -, ( ) for the phone number",
        phoneExtension: "Use digits only for the extension",
      },
    });
  });

  it("rejects a source that is not on the list", () => {
    const result = validate(personInputSchema, { name: "Ada", source: "psychic" });
    expect(result).toMatchObject({
      ok: false,
      fields: { source: expect.stringContaining("from the list") },
    });
  });

  it("rejects a profile address that is not a web address", () => {
    const result = validate(personInputSchema, { name: "Ada", profileUrl: "javascript:alert(1)" });
    expect(result).toMatchObject({
      ok: false,
      fields: { profileUrl: expect.stringContaining("https://") },
    });
  });
});
