import { headerKey, readCsvRecords } from "./csv-records.js";
import {
  connectionsFromZip,
  decodeText,
  firstLineOf,
  isUtf16,
  isZip,
  looksBinary,
} from "./file-bytes.js";
import { isGoogleHeader, parseGoogleRecords } from "./google-contacts.js";
import {
  defaultImportLimits,
  fileTooLargeError,
  type ImportLimits,
  textTooLargeError,
} from "./import-limits.js";
import {
  type ImportFormat,
  importFormatNames,
  type ParsedImport,
  type ParseImportOptions,
  UnsupportedFileError,
} from "./import-types.js";
import { findLinkedInHeader, parseLinkedInRecords } from "./linkedin-connections.js";
import { isVcardText, parseVcardText } from "./vcard-import.js";

export {
  type ImportedContact,
  type ImportedPhone,
  type ImportFormat,
  type ImportProgress,
  importFormatNames,
  type ParsedImport,
  type ParsedRow,
  type ParseImportOptions,
  UnsupportedFileError,
} from "./import-types.js";

const whatWeRead =
  "a LinkedIn Connections export (Connections.csv or the zip LinkedIn sends), a Google Contacts CSV or a vCard (.vcf) file";

/** The file's text, with a LinkedIn zip opened to its Connections.csv. */
function fileText(bytes: Uint8Array, limits: ImportLimits): string {
  if (bytes.length === 0)
    throw new UnsupportedFileError(`This file is empty. Choose ${whatWeRead}.`);
  if (bytes.length > limits.fileBytes) throw fileTooLargeError(limits);
  let contents = bytes;
  if (isZip(bytes)) {
    const connections = connectionsFromZip(bytes, limits);
    if (connections === null) {
      throw new UnsupportedFileError(
        "This zip file has no Connections.csv in it. If it came from LinkedIn, ask LinkedIn for a new export that includes Connections, or open the zip and choose Connections.csv itself.",
      );
    }
    contents = connections;
  }
  if (contents.length > limits.textBytes) throw textTooLargeError(limits);
  if (!isUtf16(contents) && looksBinary(contents)) {
    throw new UnsupportedFileError(
      `This file is not ${whatWeRead}: it does not contain text (it may be a picture or a PDF).`,
    );
  }
  const text = decodeText(contents);
  if (text.trim() === "")
    throw new UnsupportedFileError(`This file is empty. Choose ${whatWeRead}.`);
  return text;
}

/** The first record that is not blank: where a Google CSV's header must be. */
function firstFilledRecord(records: string[][]): number | null {
  const index = records.findIndex((record) => record.some((value) => value.trim() !== ""));
  return index === -1 ? null : index;
}

function detectText(text: string, fileName: string | undefined): ImportFormat | null {
  if (isVcardText(text)) return "vcard";
  // Only the start of the file is needed to recognise a header.
  const { records } = readCsvRecords(text.slice(0, 64 * 1024));
  if (findLinkedInHeader(records) !== null) return "linkedin";
  const headerIndex = firstFilledRecord(records);
  const header = headerIndex === null ? [] : (records[headerIndex] ?? []);
  if (isGoogleHeader(header)) return "google";
  // Content alone cannot tell a cut-down CSV with only first and last names apart; the
  // name LinkedIn and Google give their files can.
  const keys = header.map(headerKey);
  if (fileName && keys.includes("first name") && keys.includes("last name")) {
    if (/connections/i.test(fileName)) return "linkedin";
    if (/contacts|google/i.test(fileName)) return "google";
  }
  return null;
}

/** Which format a file is in, judged by its content (the name only breaks ties), or null. */
export function detectImportFormat(bytes: Uint8Array, fileName?: string): ImportFormat | null {
  try {
    return detectText(fileText(bytes, defaultImportLimits), fileName);
  } catch (error) {
    if (error instanceof UnsupportedFileError) return null;
    throw error;
  }
}

function notThisFormat(format: ImportFormat, text: string, why: string): UnsupportedFileError {
  return new UnsupportedFileError(
    `This file is not a ${importFormatNames[format]}: ${why}. Its first line is “${firstLineOf(text)}”.`,
  );
}

/**
 * Reads a contacts file into one row per contact or per rejected row. Throws
 * UnsupportedFileError when the file is empty, is none of the formats (or plainly
 * another one than `options.format`), is a zip without Connections.csv, or is past one of
 * `options.limits` (the message names the limit). Time and memory grow linearly with the
 * file; `options.onProgress` reports rows as they are read.
 */
export function parseImport(bytes: Uint8Array, options: ParseImportOptions = {}): ParsedImport {
  const limits = options.limits ?? defaultImportLimits;
  const text = fileText(bytes, limits);
  const byContent = detectText(text, undefined);
  if (options.format && byContent && byContent !== options.format) {
    throw notThisFormat(options.format, text, `it looks like a ${importFormatNames[byContent]}`);
  }
  const format = options.format ?? byContent ?? detectText(text, options.fileName);
  if (format === null) {
    throw new UnsupportedFileError(
      `This file is not ${whatWeRead}: its first line is “${firstLineOf(text)}”. Export your contacts again and choose that file.`,
    );
  }
  // Past this point the content matched the format, or the user or the file name chose it
  // for a file that fits no format better, so headers are checked only for the names.
  switch (format) {
    case "vcard": {
      if (!isVcardText(text)) {
        throw notThisFormat(format, text, "it does not start with BEGIN:VCARD");
      }
      return { format, rows: parseVcardText(text, limits, options.onProgress) };
    }
    case "linkedin": {
      const csv = readCsvRecords(text, limits);
      const headerIndex = findLinkedInHeader(csv.records, true);
      if (headerIndex === null) {
        throw notThisFormat(
          format,
          text,
          "no line near the top has the columns First Name and Last Name",
        );
      }
      return { format, rows: parseLinkedInRecords(csv, headerIndex, options.onProgress) };
    }
    case "google": {
      const csv = readCsvRecords(text, limits);
      const headerIndex = firstFilledRecord(csv.records);
      if (headerIndex === null || !isGoogleHeader(csv.records[headerIndex] ?? [], true)) {
        throw notThisFormat(
          format,
          text,
          "its first line does not have Google's name columns (such as First Name and Last Name)",
        );
      }
      return { format, rows: parseGoogleRecords(csv, headerIndex, options.onProgress) };
    }
  }
}
