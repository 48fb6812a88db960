import Papa from "papaparse";
import { personSourceLabels } from "../domain/person.js";
import type { ExportedPerson } from "./exported-person.js";

const columns: Array<{ header: string; value: (person: ExportedPerson) => string | null }> = [
  { header: "Name", value: (person) => person.name },
  { header: "Title", value: (person) => person.title },
  { header: "Organization", value: (person) => person.organizationName },
  { header: "Email", value: (person) => person.email },
  { header: "Phone", value: (person) => person.phone },
  { header: "Extension", value: (person) => person.phoneExtension },
  { header: "Work address", value: (person) => person.workAddress },
  { header: "Location", value: (person) => person.location },
  { header: "Profile URL", value: (person) => person.profileUrl },
  {
    header: "How found",
    value: (person) => (person.source === null ? null : personSourceLabels[person.source]),
  },
  { header: "Common ground", value: (person) => person.commonGround },
  { header: "Notes", value: (person) => person.notes },
];

// Digits with the separators phone numbers use: "+1 (410) 555-0100", "-12.5". Without a
// letter there is no function or cell reference, so a spreadsheet can only compute a
// harmless number; the prefix would just make such phone numbers ugly.
const plainNumber = /^[+-]?[0-9 ().\-/]*[0-9][0-9 ().\-/]*$/;

/**
 * Defuses spreadsheet formula injection (OWASP "CSV injection"): a cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return,
 * also after leading spaces) gets a leading apostrophe, which spreadsheets show as text.
 * Plain numbers and phone numbers are left alone.
 */
export function neutralizeFormula(value: string): string {
  if (!/^[\t\r]|^\s*[=+\-@]/.test(value)) return value;
  if (plainNumber.test(value.trim())) return value;
  return `'${value}`;
}

/**
 * People as CSV for a spreadsheet: a header of readable column names, one row per
 * person, CRLF line ends (RFC 4180), and a UTF-8 byte-order mark so Excel reads accents
 * and non-Latin names correctly.
 */
export function exportPeopleCsv(people: ExportedPerson[]): string {
  const rows = people.map((person) =>
    columns.map((column) => neutralizeFormula(column.value(person) ?? "")),
  );
  const csv = Papa.unparse(
    { fields: columns.map((column) => column.header), data: rows },
    { newline: "\r\n", quotes: false },
  );
  return `\uFEFF${csv}\r\n`;
}
