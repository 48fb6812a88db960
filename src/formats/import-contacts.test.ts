import { readFileSync } from "node:fs";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { detectImportFormat, parseImport } from "./import-contacts.js";
import { UnsupportedFileError } from "./import-types.js";

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
]);

function thrown(action: () => unknown): UnsupportedFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof UnsupportedFileError) return error;
    throw error;
  }
  throw new Error("expected an UnsupportedFileError");
}

describe("detectImportFormat", () => {
  it.each([
    ["linkedin-connections.csv", "linkedin"],
    ["google-contacts.csv", "google"],
    ["google-contacts-legacy.csv", "google"],
    ["vcard-21.vcf", "vcard"],
    ["vcard-30-apple.vcf", "vcard"],
    ["vcard-40.vcf", "vcard"],
  ])("recognises %s by content, whatever the file is called", (name, format) => {
    expect(detectImportFormat(fixture(name))).toBe(format);
    expect(detectImportFormat(fixture(name), "export.txt")).toBe(format);
  });

  it("uses the file name only to break a tie between bare first/last-name files", () => {
    const bare = strToU8("First Name,Last Name,Email Address\nAda,Lovelace,ada@example.com\n");
    expect(detectImportFormat(bare)).toBeNull();
    expect(detectImportFormat(bare, "Connections.csv")).toBe("linkedin");
    expect(detectImportFormat(bare, "contacts.csv")).toBe("google");
    // The name never overrides content.
    expect(detectImportFormat(fixture("vcard-40.vcf"), "Connections.csv")).toBe("vcard");
  });

  it.each([
    ["a random CSV", strToU8("a,b,c\n1,2,3\n")],
    ["an empty file", new Uint8Array()],
    ["white space", strToU8(" \r\n\r\n")],
    ["a PNG", png],
    ["a JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])],
    ["prose", strToU8("Dear Ada,\nThanks for your time.\n")],
    ["a CSV with Name but nothing Google", strToU8("Name,Age\nAda,36\n")],
  ])("finds nothing in %s", (_, bytes) => {
    expect(detectImportFormat(bytes)).toBeNull();
  });
});

describe("parseImport refuses files it cannot read, in plain words", () => {
  it("quotes the first line of an unknown CSV", () => {
    const error = thrown(() => parseImport(strToU8("a,b,c\n1,2,3\n")));
    expect(error.message).toBe(
      "This file is not a LinkedIn Connections export (Connections.csv or the zip LinkedIn sends), a Google Contacts CSV or a vCard (.vcf) file: its first line is “a,b,c”. Export your contacts again and choose that file.",
    );
  });

  it("says an empty file is empty", () => {
    expect(thrown(() => parseImport(new Uint8Array())).message).toMatch(/^This file is empty\./);
    expect(thrown(() => parseImport(strToU8("\uFEFF\r\n"))).message).toMatch(
      /^This file is empty\./,
    );
  });

  it("says a picture is not text", () => {
    expect(thrown(() => parseImport(png)).message).toMatch(/it does not contain text/);
  });

  it("shortens a long first line", () => {
    const message = thrown(() => parseImport(strToU8(`${"x".repeat(200)}\n`))).message;
    expect(message).toContain(`“${"x".repeat(77)}…”`);
  });

  it("explains when the file is not the format asked for", () => {
    const linkedIn = fixture("linkedin-connections.csv");
    expect(thrown(() => parseImport(linkedIn, { format: "vcard" })).message).toBe(
      "This file is not a vCard file: it looks like a LinkedIn Connections export. Its first line is “Notes:”.",
    );
    expect(
      thrown(() => parseImport(fixture("google-contacts.csv"), { format: "linkedin" })).message,
    ).toMatch(
      /^This file is not a LinkedIn Connections export: it looks like a Google Contacts CSV\./,
    );
    const unknown = strToU8("a,b,c\n");
    expect(thrown(() => parseImport(unknown, { format: "vcard" })).message).toBe(
      "This file is not a vCard file: it does not start with BEGIN:VCARD. Its first line is “a,b,c”.",
    );
    expect(thrown(() => parseImport(unknown, { format: "google" })).message).toMatch(
      /^This file is not a Google Contacts CSV: its first line does not have Google's name columns/,
    );
    expect(thrown(() => parseImport(unknown, { format: "linkedin" })).message).toMatch(
      /^This file is not a LinkedIn Connections export: no line near the top has the columns First Name and Last Name\./,
    );
  });

  it("reads a bare first/last-name file as the format it is told", () => {
    const bare = strToU8("First Name,Last Name,Email Address\nAda,Lovelace,ada@example.com\n");
    expect(parseImport(bare, { format: "google" }).rows[0]).toMatchObject({
      contact: { name: "Ada Lovelace" },
    });
    expect(parseImport(bare, { format: "linkedin" }).rows[0]).toMatchObject({
      contact: { name: "Ada Lovelace", emails: ["ada@example.com"] },
    });
    expect(parseImport(bare, { fileName: "google-contacts.csv" }).format).toBe("google");
    expect(parseImport(bare, { fileName: "Connections.csv" }).format).toBe("linkedin");
  });
});
