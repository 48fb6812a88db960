import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseImport } from "./import-contacts.js";
import type { ParsedRow } from "./import-types.js";
import { decodeQuotedPrintable, unescapeSeparators } from "./vcard-lines.js";

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

function vcard(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

function onlyContact(rows: ParsedRow[]) {
  const [row] = rows;
  if (!row || !("contact" in row))
    throw new Error(`expected one contact, got ${JSON.stringify(rows)}`);
  return row.contact;
}

describe("vCard 2.1", () => {
  const rows = parseImport(fixture("vcard-21.vcf")).rows;

  it("decodes QUOTED-PRINTABLE with soft line breaks and CHARSET, and bare TYPE parameters", () => {
    expect(rows[0]).toEqual({
      row: 1,
      contact: {
        name: "Jürgen Müller",
        title: "Projektleiter",
        organizationName: "Straßenbau GmbH",
        emails: ["juergen.mueller@strassenbau.example"],
        phones: [
          { number: "+49 30 1234567", extension: "204" },
          { number: "+49 170 1234567", extension: null },
        ],
        profileUrl: null,
        location: "Berlin",
        workAddress: "Hauptstraße 5, Berlin, 10115, Deutschland",
        notes: "Erstes Treffen: Messe\nZweite Zeile mit Umbruch, und Komma\n\nDepartment: Planung",
        connectedOn: null,
        invalidEmails: [],
      },
    });
  });

  it("decodes ISO-8859-1 and builds the name from N when FN is missing", () => {
    expect(rows[1]).toMatchObject({
      row: 2,
      contact: { name: "Anaïs François", profileUrl: "http://www.linkedin.com/in/anais-francois" },
    });
  });

  it("reports a card without a name by its number", () => {
    expect(rows[2]).toEqual({
      row: 3,
      error: "Card 3 has no name: add a name to this contact or remove the card",
    });
  });
});

describe("vCard 3.0 from Apple Contacts", () => {
  const rows = parseImport(fixture("vcard-30-apple.vcf")).rows;

  it("reads item groups, escapes, folded lines, ORG units and the work address", () => {
    expect(rows[0]).toEqual({
      row: 1,
      contact: {
        name: "Jane Quinn Doe",
        title: "Director of Research",
        organizationName: "Acme, Inc.",
        emails: ["jane.doe@acme.example", "jane@home.example"],
        phones: [
          { number: "+1 (410) 555-0100", extension: "204" },
          { number: "+1 (410) 555-0199", extension: null },
        ],
        profileUrl: "https://www.linkedin.com/in/jane-quinn-doe",
        location: "Baltimore, MD",
        workAddress: "1 Main St, Suite 4, Baltimore, MD 21201, United States",
        notes:
          "Met at the spring conference, table 4.\nAsks good questions; follow up in May.\n\nDepartment: Research, Applied Lab",
        connectedOn: null,
        invalidEmails: [],
      },
    });
  });

  it("builds the name from N and puts a work fax after the work phone", () => {
    expect(rows[1]).toMatchObject({
      contact: {
        name: "Hiro Nakamura",
        organizationName: "Tokyo Works",
        notes: null,
        phones: [
          { number: "+81 3 1234 5600", extension: null },
          { number: "+81 3 1234 5678", extension: null },
        ],
      },
    });
  });

  it("reports the card that has only an organization", () => {
    expect(rows[2]).toEqual({ row: 3, error: expect.stringMatching(/^Card 3 has no name/) });
  });
});

describe("vCard 4.0", () => {
  const rows = parseImport(fixture("vcard-40.vcf")).rows;

  it("reads PREF, tel: URIs with ;ext=, LABEL and folded notes", () => {
    expect(rows[0]).toMatchObject({
      contact: {
        name: "Ngozi Okonjo",
        emails: ["ngozi@wto.example", "ngozi@home.example"],
        phones: [
          { number: "+41-22-739-5111", extension: "5007" },
          { number: "+41-79-555-0000", extension: null },
        ],
        workAddress: "Rue de Lausanne 154, CH-1211 Geneva 21, Switzerland",
        location: "Geneva",
        notes:
          "Long note that is folded across several lines because it goes past the seventy-five octet limit that vCard sets.",
      },
    });
  });

  it("takes the location from an address that is not marked as work", () => {
    expect(rows[1]).toMatchObject({
      contact: { location: "Accra, Greater Accra", workAddress: null },
    });
  });
});

describe("vCard quirks", () => {
  it("keeps reading after a card ical.js cannot parse", () => {
    const rows = parseImport(
      vcard([
        "BEGIN:VCARD",
        "VERSION:3.0",
        'FN;TYPE="unclosed:Broken',
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Fine",
        "END:VCARD",
      ]),
    ).rows;
    expect(rows[0]).toEqual({ row: 1, error: expect.stringMatching(/^Card 1 could not be read/) });
    expect(rows[1]).toMatchObject({ row: 2, contact: { name: "Fine" } });
  });

  it("reads lower-case keywords, LF line ends and a missing END at the end of the file", () => {
    const bytes = new TextEncoder().encode(
      "begin:vcard\nversion:3.0\nfn:Last One\nemail:last@example.com",
    );
    expect(onlyContact(parseImport(bytes).rows)).toMatchObject({
      name: "Last One",
      emails: ["last@example.com"],
    });
  });

  it("keeps a card whose email is not an address, setting the value aside", () => {
    const rows = parseImport(
      vcard([
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:X",
        "EMAIL:nope",
        "EMAIL:x@example.com",
        "END:VCARD",
      ]),
    ).rows;
    expect(onlyContact(rows)).toMatchObject({
      name: "X",
      emails: ["x@example.com"],
      invalidEmails: ["nope"],
    });
  });

  it("decodes quoted-printable bytes and unescapes separators pair by pair", () => {
    expect(decodeQuotedPrintable("Caf=C3=A9 =E2=98=95", "UTF-8")).toBe("Café ☕");
    expect(decodeQuotedPrintable("Caf=E9", "unknown-charset")).toBe("Caf\uFFFD");
    expect(unescapeSeparators("a\\;b\\:c\\\\;d\\,e")).toBe("a;b:c\\\\;d\\,e");
  });
});
