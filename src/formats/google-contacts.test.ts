import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseImport } from "./import-contacts.js";

const current = readFileSync(new URL("./fixtures/google-contacts.csv", import.meta.url));
const legacy = readFileSync(new URL("./fixtures/google-contacts-legacy.csv", import.meta.url));

describe("Google Contacts CSV, current columns", () => {
  const parsed = parseImport(current);

  it("is detected by its columns", () => {
    expect(parsed.format).toBe("google");
  });

  it("splits ' ::: ' cells, puts the starred (primary) email first and the work phone first", () => {
    expect(parsed.rows[0]).toEqual({
      row: 2,
      contact: {
        name: "Jane Q. Doe",
        title: "Director of Research",
        organizationName: "Acme Corp",
        emails: ["jane@acme.example", "jane@home.example"],
        phones: [
          { number: "+1 (410) 555-0100", extension: "204" },
          { number: "+1 410 555 0199", extension: null },
        ],
        profileUrl: "https://www.linkedin.com/in/janedoe",
        location: "Baltimore, MD",
        workAddress: "1 Main St, Suite 4, Baltimore, MD 21201, US",
        notes: "Met at the spring conference.\nLikes sailing.\n\nDepartment: Labs",
        connectedOn: null,
        invalidEmails: [],
      },
    });
  });

  it("splits several numbers in one cell and takes the location from a home address", () => {
    expect(parsed.rows[2]).toMatchObject({
      row: 4,
      contact: {
        name: "Oliver Twist",
        phones: [
          { number: "+44 20 7946 0000", extension: "12" },
          { number: "+44 20 7946 0001", extension: null },
        ],
        location: "London",
        workAddress: null,
      },
    });
  });

  it("reports rows without a name, keeps a broken email aside, and skips the empty row", () => {
    expect(parsed.rows.map((row) => row.row)).toEqual([2, 3, 4, 6, 7]);
    expect(parsed.rows[1]).toEqual({
      row: 3,
      error: "Row 3 has no name: add a first or last name or remove the row",
    });
    expect(parsed.rows[3]).toMatchObject({
      row: 6,
      contact: { name: "Bob Builder", emails: [], invalidEmails: ["bob at example"] },
    });
  });

  it("falls back to the nickname and ignores a blog that is not a profile", () => {
    expect(parsed.rows[4]).toMatchObject({ contact: { name: "Mack", profileUrl: null } });
  });
});

describe("Google Contacts CSV, older columns", () => {
  const expected = {
    row: 2,
    contact: {
      name: "Dr. Maria Sklodowska-Curie",
      title: "Professor",
      organizationName: "Sorbonne",
      emails: ["maria@sorbonne.example", "curie@radium.example"],
      phones: [
        { number: "+33 1 44 27 00 00", extension: "31" },
        { number: "+33 6 12 34 56 78", extension: null },
      ],
      profileUrl: "https://linkedin.com/in/mcurie",
      location: "Paris",
      workAddress: "12 Rue Pierre et Marie Curie, Paris, 75005, France",
      notes: "Ask about radium.",
      connectedOn: null,
      invalidEmails: [],
    },
  };

  it("reads Name, Given/Family Name, '- Type' labels and Organization 1 columns", () => {
    const parsed = parseImport(legacy);
    expect(parsed.format).toBe("google");
    expect(parsed.rows[0]).toEqual(expected);
    expect(parsed.rows[1]).toMatchObject({ row: 3, contact: { name: "Pierre Curie" } });
  });

  it("reads the UTF-16 file Google used to write", () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(legacy.toString("utf8"), "utf16le"),
    ]);
    const parsed = parseImport(utf16);
    expect(parsed.format).toBe("google");
    expect(parsed.rows[0]).toEqual(expected);
  });
});

it("reads a CSV re-saved by Excel in Windows-1252", () => {
  const text =
    "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\r\nRenée,Fontaine,* Work,renee@example.fr\r\n";
  const windows1252 = Buffer.from(text, "latin1");
  expect(parseImport(windows1252).rows[0]).toMatchObject({
    contact: { name: "Renée Fontaine", emails: ["renee@example.fr"] },
  });
});
