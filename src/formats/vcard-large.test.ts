import { describe, expect, it } from "vitest";
import { parseImport } from "./import-contacts.js";

// Files shaped to find super-linear steps: each took tens of seconds before parsing was
// made linear (well past this file's test timeout); now each reads in a fraction of a second.
function vcardBytes(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

function onlyContact(bytes: Uint8Array) {
  const { rows } = parseImport(bytes);
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (row === undefined || !("contact" in row))
    throw new Error(`expected a contact: ${JSON.stringify(row)}`);
  return row.contact;
}

describe("large vCards read in linear time", () => {
  it("joins 200,000 folded lines of one note", () => {
    const folds = Array.from({ length: 200_000 }, () => " ab");
    const contact = onlyContact(
      vcardBytes([
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Ada Lovelace",
        "NOTE:start",
        ...folds,
        "END:VCARD",
      ]),
    );
    expect(contact.notes).toBe(`start${"ab".repeat(200_000)}`);
  });

  it("reads 50,000 EMAIL lines of one card", () => {
    const emails = Array.from({ length: 50_000 }, (_, index) => `EMAIL:a${index}@example.com`);
    const contact = onlyContact(
      vcardBytes(["BEGIN:VCARD", "VERSION:3.0", "FN:Ada Lovelace", ...emails, "END:VCARD"]),
    );
    expect(contact.emails).toHaveLength(50_000);
    expect(contact.emails.at(-1)).toBe("a49999@example.com");
  });

  it("joins 200,000 quoted-printable soft line breaks", () => {
    const breaks = Array.from({ length: 200_000 }, () => "ab=");
    const contact = onlyContact(
      vcardBytes([
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N:Lovelace;Ada",
        "NOTE;ENCODING=QUOTED-PRINTABLE:start=",
        ...breaks,
        "end",
        "END:VCARD",
      ]),
    );
    expect(contact.notes).toBe(`start${"ab".repeat(200_000)}end`);
  });
});
