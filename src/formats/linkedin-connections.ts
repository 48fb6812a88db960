import {
  joinName,
  noNameError,
  normalizeEmails,
  parseConnectedOn,
  singleLine,
} from "./contact-fields.js";
import {
  type CsvRecords,
  cell,
  headerKey,
  parseCsvRows,
  type RecordReader,
} from "./csv-records.js";
import { emptyContact, type ImportProgress, type ParsedRow } from "./import-types.js";

// LinkedIn puts a "Notes:" preamble of varying length above the header, so the header is
// searched for in the first records rather than assumed to sit on a fixed line.
const headerSearchLimit = 50;

/**
 * "Connected On" is what sets LinkedIn's header apart from other exports with first and
 * last names; `loose` drops that test for a file the user has said is from LinkedIn.
 */
export function isLinkedInHeader(record: string[], loose = false): boolean {
  const keys = new Set(record.map(headerKey));
  return keys.has("first name") && keys.has("last name") && (loose || keys.has("connected on"));
}

/** Index of the header record, or null when the file is not a LinkedIn Connections export. */
export function findLinkedInHeader(records: string[][], loose = false): number | null {
  const limit = Math.min(records.length, headerSearchLimit);
  for (let index = 0; index < limit; index += 1) {
    if (isLinkedInHeader(records[index] ?? [], loose)) return index;
  }
  return null;
}

/** Reads the rows below the header of LinkedIn's Connections.csv. */
export function parseLinkedInRecords(
  csv: CsvRecords,
  headerIndex: number,
  onProgress?: ImportProgress,
): ParsedRow[] {
  return parseCsvRows(csv, headerIndex, readConnection, onProgress);
}

const readConnection: RecordReader = (record, columns, where) => {
  const read = (key: string) => cell(record, columns, key);
  const name = joinName([read("first name"), read("last name")]);
  if (name === null) return { error: noNameError(where, "a first or last name", "row") };
  const { emails, invalid } = normalizeEmails([read("email address")]);
  const contact = emptyContact(name);
  contact.invalidEmails = invalid;
  contact.title = singleLine(read("position"));
  contact.organizationName = singleLine(read("company"));
  contact.emails = emails;
  contact.profileUrl = singleLine(read("url") || read("profile url"));
  contact.connectedOn = parseConnectedOn(read("connected on"));
  return { contact };
};
