import { describe, expect, it } from "vitest";
import {
  isLinkedInProfile,
  joinAddress,
  locationFromAddressLine,
  normalizeEmails,
  parseConnectedOn,
  pickProfileUrl,
  splitPhone,
} from "./contact-fields.js";

describe("splitPhone", () => {
  it.each([
    ["+1 410 555 0100 x204", "+1 410 555 0100", "204"],
    ["+1 410 555 0100x204", "+1 410 555 0100", "204"],
    ["+1 (410) 555-0100 ext. 204", "+1 (410) 555-0100", "204"],
    ["+1 410 555 0100, ext: 7", "+1 410 555 0100", "7"],
    ["020 7946 0000 extension 12", "020 7946 0000", "12"],
    ["tel:+1-410-555-0100;ext=204", "+1-410-555-0100", "204"],
    ["tel:+44-20-7946-0000", "+44-20-7946-0000", null],
    ["+49 170 1234567", "+49 170 1234567", null],
  ])("reads %j", (text, number, extension) => {
    expect(splitPhone(text)).toEqual({ number, extension });
  });

  it("leaves a value with no digits before the x alone and ignores blanks", () => {
    expect(splitPhone("box 12")).toEqual({ number: "box 12", extension: null });
    expect(splitPhone("  ")).toBeNull();
  });
});

describe("parseConnectedOn", () => {
  it.each([
    ["12 Mar 2024", "2024-03-12"],
    ["01 Feb 2019", "2019-02-01"],
    ["5 November 2021", "2021-11-05"],
    ["Mar 12, 2024", "2024-03-12"],
    ["2024-03-12", "2024-03-12"],
  ])("reads %j", (text, iso) => {
    expect(parseConnectedOn(text)).toBe(iso);
  });

  it.each(["", "31 Feb 2024", "12 Foo 2024", "yesterday", "03/12/24"])(
    "gives null for %j",
    (text) => {
      expect(parseConnectedOn(text)).toBeNull();
    },
  );
});

describe("normalizeEmails", () => {
  it("trims, lower-cases, drops mailto: and duplicates, keeping order", () => {
    expect(
      normalizeEmails([" Ada@Example.com ", "mailto:ADA@example.com", "", "b@example.org"]),
    ).toEqual({ emails: ["ada@example.com", "b@example.org"], invalid: [] });
  });

  it("reports values that are not addresses", () => {
    expect(normalizeEmails(["bob at example", "n/a"]).invalid).toEqual(["bob at example", "n/a"]);
  });
});

describe("profile addresses", () => {
  it("recognises LinkedIn member profiles only", () => {
    expect(isLinkedInProfile("https://www.linkedin.com/in/ada")).toBe(true);
    expect(isLinkedInProfile("linkedin.com/pub/ada/1/2/3")).toBe(true);
    expect(isLinkedInProfile("https://www.linkedin.com/company/acme")).toBe(false);
    expect(isLinkedInProfile("https://notlinkedin.com/in/ada")).toBe(false);
  });

  it("prefers LinkedIn, then a web address labelled as a profile", () => {
    const homepage = { address: "https://acme.example", labels: ["homepage"] };
    const github = { address: "https://github.com/ada", labels: ["profile"] };
    const linkedIn = { address: "https://www.linkedin.com/in/ada", labels: [] };
    expect(pickProfileUrl([homepage, github, linkedIn])).toBe(linkedIn.address);
    expect(pickProfileUrl([homepage, github])).toBe(github.address);
    expect(pickProfileUrl([homepage])).toBeNull();
    expect(pickProfileUrl([{ address: "x-apple:ada", labels: ["linkedin"] }])).toBeNull();
  });
});

it("joins address parts and the lines inside them with commas", () => {
  expect(joinAddress(["1 Main St\nSuite 4", "", null, "Baltimore", "MD 21201"])).toBe(
    "1 Main St, Suite 4, Baltimore, MD 21201",
  );
  expect(joinAddress([" ", null])).toBeNull();
});

describe("locationFromAddressLine", () => {
  it.each([
    ["100 Light St, Baltimore, MD 21202", "Baltimore, MD"],
    ["100 Light St, Suite 4, Baltimore, MD 21202-1234, United States", "Baltimore, MD"],
    ["100 Light St, Baltimore MD 21202", "Baltimore, MD"],
    ["1 Yonge St, Toronto, ON M5E 1E5, Canada", "Toronto, ON"],
    ["55 Rue du Faubourg Saint-Honoré, 75008 Paris, France", "Paris"],
    ["Rue de Lausanne 154, 1211 Geneva 21, Switzerland", "Geneva"],
    ["10 Downing St, London SW1A 2AA, United Kingdom", "London"],
  ])("finds the city and region in “%s”", (address, location) => {
    expect(locationFromAddressLine(address)).toBe(location);
  });

  it.each([["100 Light St"], ["1600 Pennsylvania Ave NW"], ["PO Box 12"], ["MD 21202"], [""]])(
    "finds no place in “%s”",
    (address) => {
      expect(locationFromAddressLine(address)).toBeNull();
    },
  );
});
