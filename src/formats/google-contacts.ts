import {
  joinAddress,
  joinName,
  locationFromAddressLine,
  multiLine,
  noNameError,
  normalizeEmails,
  notesWithDepartment,
  pickProfileUrl,
  singleLine,
  splitPhone,
  uniquePhones,
} from "./contact-fields.js";
import {
  type CsvRecords,
  cell,
  headerKey,
  parseCsvRows,
  type RecordReader,
} from "./csv-records.js";
import {
  emptyContact,
  type ImportedPhone,
  type ImportProgress,
  type ParsedRow,
} from "./import-types.js";

// Google numbers repeated fields: "E-mail 1 - Value" today, the same with "- Type" labels
// in the older export; "Organization 1 - Name" only in the older one.
const numberedColumn = /^(e-mail|phone|address|website|organization|relation|event|im) \d+ - /;

/**
 * True for the header of a Google Contacts CSV, current or older: name columns and at
 * least one column only Google writes. `loose` asks for the name columns alone, for a
 * file the user has said is from Google.
 */
export function isGoogleHeader(record: string[], loose = false): boolean {
  const keys = record.map(headerKey);
  const hasName = keys.some((key) =>
    ["first name", "last name", "given name", "family name", "name"].includes(key),
  );
  const hasGoogleColumn = keys.some(
    (key) =>
      numberedColumn.test(key) ||
      key === "labels" ||
      key === "group membership" ||
      key === "organization name",
  );
  return hasName && (loose || hasGoogleColumn);
}

/** Google joins several values in one cell with " ::: ". */
function splitValues(value: string): string[] {
  return value
    .split(":::")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

interface LabelledValue {
  value: string;
  label: string;
}

/** Every value of a numbered field ("Phone 1 - Value", "Phone 2 - Value", …) with its label. */
function numberedValues(
  record: string[],
  columns: Map<string, number>,
  field: string,
): LabelledValue[] {
  const values: LabelledValue[] = [];
  for (let number = 1; columns.has(`${field} ${number} - value`); number += 1) {
    const label =
      cell(record, columns, `${field} ${number} - label`) ||
      cell(record, columns, `${field} ${number} - type`);
    for (const value of splitValues(cell(record, columns, `${field} ${number} - value`))) {
      values.push({ value, label });
    }
  }
  return values;
}

// Google marks the primary value's label with a leading "*" ("* Work").
function isPrimary(entry: LabelledValue): boolean {
  return entry.label.startsWith("*");
}

function phoneRank(entry: LabelledValue): number {
  if (isPrimary(entry)) return 0;
  // A work fax is still a fax: nobody answers it, so it goes last.
  if (/fax|pager/i.test(entry.label)) return 3;
  if (/work/i.test(entry.label)) return 1;
  return 2;
}

function readPhones(record: string[], columns: Map<string, number>): ImportedPhone[] {
  const ranked = numberedValues(record, columns, "phone").sort(
    (first, second) => phoneRank(first) - phoneRank(second),
  );
  return uniquePhones(
    ranked.map((entry) => splitPhone(entry.value)).filter((phone) => phone !== null),
  );
}

interface GoogleAddress {
  label: string;
  oneLine: string | null;
  location: string | null;
}

function readAddresses(record: string[], columns: Map<string, number>): GoogleAddress[] {
  const addresses: GoogleAddress[] = [];
  // Exports trimmed in a spreadsheet may keep only some of an address's columns.
  const hasAddress = (number: number) =>
    ["formatted", "street", "city"].some((part) => columns.has(`address ${number} - ${part}`));
  for (let number = 1; hasAddress(number); number += 1) {
    const part = (name: string) =>
      splitValues(cell(record, columns, `address ${number} - ${name}`))[0] ?? "";
    const label = part("label") || part("type");
    const city = part("city");
    const region = part("region");
    const built = joinAddress([
      part("street"),
      part("extended address"),
      part("po box"),
      city,
      joinName([region, part("postal code")]),
      part("country"),
    ]);
    const formatted = joinAddress([part("formatted")]);
    const oneLine = formatted ?? built;
    addresses.push({
      label,
      oneLine,
      location: joinAddress([city, region]) ?? locationFromAddressLine(oneLine),
    });
  }
  return addresses;
}

function readName(record: string[], columns: Map<string, number>): string | null {
  const read = (key: string) => cell(record, columns, key);
  return (
    joinName([read("first name"), read("middle name"), read("last name")]) ??
    singleLine(read("name")) ??
    joinName([read("given name"), read("additional name"), read("family name")]) ??
    singleLine(read("nickname")) ??
    singleLine(read("file as"))
  );
}

const readContact: RecordReader = (record, columns, where) => {
  const name = readName(record, columns);
  if (name === null) return { error: noNameError(where, "a first or last name", "row") };
  const emailEntries = numberedValues(record, columns, "e-mail");
  const ordered = [...emailEntries.filter(isPrimary), ...emailEntries.filter((e) => !isPrimary(e))];
  const { emails, invalid } = normalizeEmails(ordered.map((entry) => entry.value));
  const first = (key: string) => splitValues(cell(record, columns, key))[0] ?? null;
  const addresses = readAddresses(record, columns);
  const work = addresses.find((address) => /work/i.test(address.label));
  const contact = emptyContact(name);
  contact.organizationName = singleLine(
    first("organization name") ?? first("organization 1 - name"),
  );
  contact.title = singleLine(first("organization title") ?? first("organization 1 - title"));
  contact.emails = emails;
  contact.invalidEmails = invalid;
  contact.phones = readPhones(record, columns);
  contact.profileUrl = pickProfileUrl(
    numberedValues(record, columns, "website").map((entry) => ({
      address: entry.value,
      labels: [entry.label],
    })),
  );
  contact.workAddress = work?.oneLine ?? null;
  contact.location =
    work?.location ?? addresses.find((address) => address.location !== null)?.location ?? null;
  contact.notes = notesWithDepartment(
    multiLine(cell(record, columns, "notes")),
    singleLine(first("organization department") ?? first("organization 1 - department")),
  );
  return { contact };
};

/** Reads the rows below the header of a Google Contacts CSV. */
export function parseGoogleRecords(
  csv: CsvRecords,
  headerIndex: number,
  onProgress?: ImportProgress,
): ParsedRow[] {
  return parseCsvRows(csv, headerIndex, readContact, onProgress);
}
