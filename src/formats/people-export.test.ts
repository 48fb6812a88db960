import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ExportedPerson } from "./exported-person.js";
import { parseImport } from "./import-contacts.js";
import { exportPeopleCsv, neutralizeFormula } from "./people-csv-export.js";
import { escapeText, exportPeopleVcard, foldLine } from "./people-vcard-export.js";

function person(overrides: Partial<ExportedPerson> = {}): ExportedPerson {
  return {
    id: "0b7f3d2e-8c1a-4f6e-9a53-2d4c8e1f7a90",
    name: "Ada Lovelace",
    title: null,
    organizationName: null,
    email: null,
    phone: null,
    phoneExtension: null,
    workAddress: null,
    location: null,
    profileUrl: null,
    source: null,
    commonGround: null,
    notes: null,
    ...overrides,
  };
}

const full = person({
  name: "Jürgen Müller-Lüdenscheidt 🚀",
  title: "Director, Research; Labs",
  organizationName: "Acme, Inc.",
  email: "jurgen@acme.example",
  phone: "+1 (410) 555-0100",
  phoneExtension: "204",
  workAddress: '1 Main St, Suite "4", Baltimore, MD 21201',
  location: "Baltimore, MD",
  profileUrl: "https://www.linkedin.com/in/jurgen",
  source: "networking_site",
  commonGround: "Both studied in Leipzig",
  notes:
    "First line, with a comma; a semicolon and a back\\slash.\nSecond line — long enough to be folded more than once because it goes on and on past seventy-five octets, with ümlauts and emoji 🎉🎉🎉 at the fold.",
});

describe("exportPeopleCsv", () => {
  const csv = exportPeopleCsv([full, person({ name: '=HYPERLINK("http://evil.example")' })]);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ",", skipEmptyLines: true }).data;

  it("starts with a byte-order mark and readable column names, with CRLF line ends", () => {
    expect(
      csv.startsWith("\uFEFFName,Title,Organization,Email,Phone,Extension,Work address,"),
    ).toBe(true);
    expect(parsed[0]).toEqual([
      "Name",
      "Title",
      "Organization",
      "Email",
      "Phone",
      "Extension",
      "Work address",
      "Location",
      "Profile URL",
      "How found",
      "Common ground",
      "Notes",
    ]);
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and line breaks so every value reads back whole", () => {
    expect(parsed[1]).toEqual([
      full.name,
      full.title,
      full.organizationName,
      full.email,
      full.phone,
      full.phoneExtension,
      full.workAddress,
      full.location,
      full.profileUrl,
      "Networking site",
      full.commonGround,
      full.notes,
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(parsed[2]?.[0]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(parsed[2]?.slice(1).every((value) => value === "")).toBe(true);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3*A1", "'-2+3*A1"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["  =cmd", "'  =cmd"],
    ["\tlead", "'\tlead"],
    ["+1 (410) 555-0100", "+1 (410) 555-0100"],
    ["-12.5", "-12.5"],
    ["Ada - engineer", "Ada - engineer"],
    ["ada@example.com", "ada@example.com"],
  ])("neutralizeFormula(%j) is %j", (value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected);
  });
});

describe("exportPeopleVcard", () => {
  const vcard = exportPeopleVcard([full, person({ id: "person-2", name: "Linus" })]);
  const lines = vcard.split("\r\n");

  it("writes one vCard 4.0 per person with CRLF line ends", () => {
    expect(vcard.match(/^BEGIN:VCARD$/gm)).toHaveLength(2);
    expect(vcard.match(/^VERSION:4\.0\r?$/gm)).toHaveLength(2);
    expect(vcard.replace(/\r\n/g, "").match(/[\r\n]/)).toBeNull();
    expect(vcard.endsWith("END:VCARD\r\n")).toBe(true);
    expect(exportPeopleVcard([])).toBe("");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    const unfolded = vcard.replace(/\r\n /g, "");
    expect(unfolded).toContain(`NOTE:${escapeText(full.notes ?? "")}`);
    const emoji = "🎉".repeat(40);
    expect(foldLine(emoji).replace(/\r\n /g, "")).toBe(emoji);
  });

  it("escapes values and writes every field Rapport has", () => {
    const unfolded = vcard.replace(/\r\n /g, "");
    expect(unfolded).toContain("UID:urn:uuid:0b7f3d2e-8c1a-4f6e-9a53-2d4c8e1f7a90\r\n");
    expect(unfolded).toContain("UID;VALUE=text:person-2\r\n");
    expect(unfolded).toContain("N:;Linus;;;\r\n");
    expect(exportPeopleVcard([person({ name: "Ada King Lovelace" })])).toContain(
      "N:Lovelace;Ada King;;;\r\n",
    );
    expect(unfolded).toContain("TITLE:Director\\, Research\\; Labs\r\n");
    expect(unfolded).toContain("ORG:Acme\\, Inc.\r\n");
    expect(unfolded).toContain("TEL;VALUE=text;TYPE=work,voice:+1 (410) 555-0100 ext. 204\r\n");
    expect(unfolded).toContain(
      'ADR;TYPE=work;LABEL="1 Main St, Suite ^\'4^\', Baltimore, MD 21201":;;1 Main St\\, Suite "4"\\, Baltimore\\, MD 21201;Baltimore\\, MD;;;\r\n',
    );
    expect(unfolded).toContain("URL;TYPE=x-profile:https://www.linkedin.com/in/jurgen\r\n");
    expect(unfolded).toContain("X-RAPPORT-SOURCE:networking_site\r\n");
    expect(unfolded).toContain("X-RAPPORT-COMMON-GROUND:Both studied in Leipzig\r\n");
    expect(escapeText("a\\b,c;d\r\ne")).toBe("a\\\\b\\,c\\;d\\ne");
  });

  it("reads back through parseImport with the same fields", () => {
    const others = [
      person({ name: "Linus", location: "Helsinki" }),
      person({
        name: "Grace Hopper",
        profileUrl: "https://github.com/grace",
        phone: "+1 202 555 0199",
        workAddress: "Navy Yard\nWashington",
      }),
    ];
    const people = [full, ...others];
    const parsed = parseImport(new TextEncoder().encode(exportPeopleVcard(people)));
    expect(parsed.format).toBe("vcard");
    expect(parsed.rows).toEqual(
      people.map((original, index) => ({
        row: index + 1,
        contact: {
          name: original.name,
          title: original.title,
          organizationName: original.organizationName,
          emails: original.email ? [original.email] : [],
          phones: original.phone
            ? [{ number: original.phone, extension: original.phoneExtension }]
            : [],
          profileUrl: original.profileUrl,
          location: original.location,
          // The importer gives the work address on one line.
          workAddress: original.workAddress?.replace(/\n/g, ", ") ?? null,
          notes: original.notes,
          connectedOn: null,
          invalidEmails: [],
        },
      })),
    );
  });
});
