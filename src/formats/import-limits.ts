import { formatByteSize } from "../domain/byte-size.js";
import { wordingLocale } from "../domain/wording/locale.js";
import { UnsupportedFileError } from "./import-types.js";

/**
 * How much one import may read. Every limit is checked before the work it bounds, so a
 * hostile file is refused with a message naming the limit instead of exhausting memory.
 * LinkedIn caps connections at 30,000 and Google contacts at 25,000, so real exports sit
 * far below each of these.
 */
export interface ImportLimits {
  /** The file as chosen (the upload, or what the CLI reads). */
  fileBytes: number;
  /** The text read: a plain file, or Connections.csv once unpacked from a zip. */
  textBytes: number;
  /** Rows of a CSV file (header and preamble included) or cards of a vCard file. */
  rows: number;
}

export const defaultImportLimits: ImportLimits = {
  fileBytes: 50 * 1024 * 1024,
  textBytes: 50 * 1024 * 1024,
  rows: 100_000,
};

export function fileTooLargeError(limits: ImportLimits): UnsupportedFileError {
  return new UnsupportedFileError(
    `This file is larger than ${formatByteSize(limits.fileBytes)}, the most Rapport imports at once: split it and import the parts.`,
  );
}

export function textTooLargeError(limits: ImportLimits): UnsupportedFileError {
  return new UnsupportedFileError(
    `This file is larger than ${formatByteSize(limits.textBytes)}, the most Rapport reads from one file: split it and import the parts.`,
  );
}

export function unpackedTooLargeError(limits: ImportLimits): UnsupportedFileError {
  return new UnsupportedFileError(
    `Connections.csv in this zip is larger than ${formatByteSize(limits.textBytes)} once unpacked, the most Rapport reads from one file: a real LinkedIn export is far smaller, so download it again, or split Connections.csv and import the parts.`,
  );
}

export function tooManyRowsError(
  limits: ImportLimits,
  unit: "rows" | "cards",
): UnsupportedFileError {
  return new UnsupportedFileError(
    `This file has more than ${limits.rows.toLocaleString(wordingLocale)} ${unit}, the most Rapport reads from one file: split it and import the parts.`,
  );
}
