import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { parseImport } from "./import-contacts.js";
import { defaultImportLimits } from "./import-limits.js";

const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

function card(index: number): string {
  return `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${index}\r\nEND:VCARD\r\n`;
}

describe("import limits", () => {
  it("refuses a file past the size limit before reading it", () => {
    const bytes = new Uint8Array(defaultImportLimits.fileBytes + 1).fill(0x41);
    expect(() => parseImport(bytes)).toThrow(
      "This file is larger than 50 MB, the most Rapport imports at once: split it and import the parts.",
    );
  });

  it("reads a CSV up to the row limit and refuses one row more, naming the limit", () => {
    const rows = (count: number) =>
      Array.from({ length: count }, (_, index) => `First${index},Last,,,Acme,,1 Jan 2024`);
    const atLimit = strToU8([header, ...rows(defaultImportLimits.rows - 1)].join("\n"));
    expect(parseImport(atLimit).rows).toHaveLength(defaultImportLimits.rows - 1);
    const overLimit = strToU8([header, ...rows(defaultImportLimits.rows)].join("\n"));
    expect(() => parseImport(overLimit)).toThrow(
      "This file has more than 100,000 rows, the most Rapport reads from one file: split it and import the parts.",
    );
  });

  it("counts vCard cards against the same limit", () => {
    const limits = { ...defaultImportLimits, rows: 3 };
    const text = (count: number) =>
      Array.from({ length: count }, (_, index) => card(index)).join("");
    expect(parseImport(strToU8(text(3)), { limits }).rows).toHaveLength(3);
    expect(() => parseImport(strToU8(text(4)), { limits })).toThrow(
      "This file has more than 3 cards, the most Rapport reads from one file: split it and import the parts.",
    );
  });
});
