import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseImport } from "./import-contacts.js";
import { UnsupportedFileError } from "./import-types.js";

const fixture = readFileSync(new URL("./fixtures/linkedin-connections.csv", import.meta.url));
const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

function csv(lines: string[]): Uint8Array {
  return strToU8(lines.join("\r\n"));
}

describe("LinkedIn Connections.csv", () => {
  it("is a faithful export: byte-order mark, CRLF and a preamble", () => {
    expect([...fixture.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fixture.toString("utf8")).toContain("\r\n");
  });

  it("finds the header below the preamble and numbers rows as a spreadsheet does", () => {
    const parsed = parseImport(fixture);
    expect(parsed.format).toBe("linkedin");
    // Rows 7 (blank) and 8 (all commas) are skipped without a word.
    expect(parsed.rows.map((row) => row.row)).toEqual([5, 6, 9, 10, 11, 12]);
    expect(parsed.rows[0]).toEqual({
      row: 5,
      contact: {
        name: "Ada Lovelace",
        title: "Principal Engineer",
        organizationName: "Analytical Engines",
        emails: ["ada.lovelace@example.com"],
        phones: [],
        profileUrl: "https://www.linkedin.com/in/ada-lovelace",
        location: null,
        workAddress: null,
        notes: null,
        connectedOn: "2024-03-12",
        invalidEmails: [],
      },
    });
  });

  it("keeps commas, quotes, accents and emoji in names and companies", () => {
    const contacts = parseImport(fixture).rows.flatMap((row) =>
      "contact" in row ? [row.contact] : [],
    );
    expect(contacts.map((contact) => contact.name)).toEqual([
      "Ada Lovelace",
      "Grace Hopper",
      'José "Pepe" García, PhD',
      "Zoë Ångström 🚀",
      "Linus",
    ]);
    expect(contacts[1]).toMatchObject({ organizationName: "Navy, U.S.", emails: [] });
    expect(contacts[3]).toMatchObject({ organizationName: "Café Ünïcode" });
  });

  it("reports a row with neither first nor last name", () => {
    expect(parseImport(fixture).rows).toContainEqual({
      row: 11,
      error: "Row 11 has no name: add a first or last name or remove the row",
    });
  });

  it("reads a file without a preamble, with LF line ends", () => {
    const parsed = parseImport(strToU8(`${header}\nAda,Lovelace,,,,,12 Mar 2024\n`));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({ row: 2, contact: { name: "Ada Lovelace" } });
  });

  it("finds the header after a preamble of any length, quoted or not", () => {
    const parsed = parseImport(
      csv([
        "Notes:",
        '"A sentence, with commas, that spans',
        'two lines, ""quoted"" words"',
        "Another note line",
        "",
        header,
        "Ada,Lovelace,,,,,",
      ]),
    );
    // The quoted note over two lines is one spreadsheet row, so the header is row 5.
    expect(parsed.rows).toEqual([expect.objectContaining({ row: 6 })]);
  });

  it("reports quote problems and shifted cells on their row only", () => {
    const parsed = parseImport(
      csv([header, "Ada,Lovelace,,,Acme, Inc.,Engineer,12 Mar 2024,", "Grace,Hopper,,,,,"]),
    );
    expect(parsed.rows[0]).toEqual({
      row: 2,
      error:
        "Row 2 has 8 cells but the header has 7 columns (a value with a comma may be missing its quotes): put quotes around that value",
    });
    expect(parsed.rows[1]).toMatchObject({ row: 3, contact: { name: "Grace Hopper" } });

    const unclosed = parseImport(
      csv([header, "Ada,Lovelace,,,Acme,Engineer,12 Mar 2024", '"Grace,Hopper']),
    );
    expect(unclosed.rows[1]).toEqual({
      row: 3,
      error: expect.stringMatching(/^Row 3 has a quote mark \(“?"”?\) that is never closed/),
    });
  });

  it("keeps the connection when the email is not an address, setting the value aside", () => {
    const parsed = parseImport(csv([header, "Ada,Lovelace,,ada at example,,,"]));
    expect(parsed.rows[0]).toMatchObject({
      row: 2,
      contact: { name: "Ada Lovelace", emails: [], invalidEmails: ["ada at example"] },
    });
  });

  it("reads Connections.csv from LinkedIn's zip, inside a folder", () => {
    const zip = zipSync({
      "Basic_LinkedInDataExport_03-12-2024/Profile.csv": strToU8("First Name,Last Name\nMe,Myself"),
      "Basic_LinkedInDataExport_03-12-2024/Connections.csv": new Uint8Array(fixture),
      "__MACOSX/Basic_LinkedInDataExport_03-12-2024/._Connections.csv": new Uint8Array([0, 5, 22]),
    });
    const parsed = parseImport(zip, { fileName: "Basic_LinkedInDataExport_03-12-2024.zip" });
    expect(parsed.format).toBe("linkedin");
    expect(parsed.rows).toEqual(parseImport(fixture).rows);
  });

  it("refuses a zip without Connections.csv, and a damaged zip, in plain words", () => {
    const withoutConnections = zipSync({ "Profile.csv": strToU8("First Name\nMe") });
    expect(() => parseImport(withoutConnections)).toThrow(UnsupportedFileError);
    expect(() => parseImport(withoutConnections)).toThrow(/has no Connections\.csv/);
    const workbook = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
    });
    expect(() => parseImport(workbook)).toThrow(/^This is a spreadsheet workbook, not a CSV file/);
    const damaged = zipSync({ "Connections.csv": new Uint8Array(fixture) }).subarray(0, 60);
    expect(() => parseImport(damaged)).toThrow(/could not be opened/);
  });

  it("reports progress and reads a 30,000-row export in one pass", () => {
    const rows = Array.from(
      { length: 30_000 },
      (_, index) =>
        `First${index},"Last, ${index}",https://www.linkedin.com/in/p${index},,Acme,Engineer,1 Jan 2024`,
    );
    const progress: Array<[number, number]> = [];
    const parsed = parseImport(csv(["Notes:", '"Some, note"', "", header, ...rows]), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(parsed.rows).toHaveLength(30_000);
    expect(parsed.rows.at(-1)).toMatchObject({
      row: 30_004,
      contact: { name: "First29999 Last, 29999" },
    });
    expect(progress).toHaveLength(30);
    expect(progress.at(-1)).toEqual([30_000, 30_000]);
  });
});
