import { describe, expect, it } from "vitest";
import { hostileFile, readsAsExplanation, seededRandom } from "../../test/mutations.js";
import { detectImportFormat, type ImportFormat, parseImport } from "./import-contacts.js";
import { UnsupportedFileError } from "./import-types.js";

// Fixed seed and count: the same 200 files on every run, a second or two in all.
const seed = 20261201;
const files = 200;
const formats: Array<ImportFormat | undefined> = [undefined, "linkedin", "google", "vcard"];

/** What went wrong with one file and one format, or null when all is well. */
function problemWith(bytes: Uint8Array, format: ImportFormat | undefined): string | null {
  let parsed: ReturnType<typeof parseImport>;
  try {
    detectImportFormat(bytes);
    parsed = parseImport(bytes, format ? { format } : {});
  } catch (error) {
    if (!(error instanceof UnsupportedFileError)) return `threw ${String(error)}`;
    return readsAsExplanation(error.message) ? null : `refused with “${error.message}”`;
  }
  for (const row of parsed.rows) {
    if (!Number.isInteger(row.row) || row.row < 1) return `row number ${row.row}`;
    if ("error" in row) {
      if (!readsAsExplanation(row.error)) return `row ${row.row} rejected with “${row.error}”`;
    } else if (row.contact.name.trim() === "") return `row ${row.row} has a contact without a name`;
  }
  return null;
}

describe("every importer on mutated fixtures", () => {
  it(`reads ${files} hostile files in every format without a crash, each refusal explained`, () => {
    const random = seededRandom(seed).next;
    const problems: string[] = [];
    for (let index = 0; index < files; index += 1) {
      const { label, bytes } = hostileFile(random);
      for (const format of formats) {
        const problem = problemWith(bytes, format);
        if (problem)
          problems.push(`file ${index} (${label}, as ${format ?? "detected"}): ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
