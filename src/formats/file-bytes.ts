import { Unzip, UnzipInflate } from "fflate";
import { defaultImportLimits, type ImportLimits, unpackedTooLargeError } from "./import-limits.js";
import { UnsupportedFileError } from "./import-types.js";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** True for a zip archive, including an empty one. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** True for text with a UTF-16 byte-order mark, as Google's older CSV export wrote. */
export function isUtf16(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * True when the bytes are not text: a NUL byte near the start is what pictures, PDFs'
 * binary parts and other binary files have and CSV or vCard text never does (UTF-16 text,
 * which is full of NULs, is recognised by its byte-order mark before this is asked).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

/**
 * Bytes to text. UTF-8 (with or without a byte-order mark) is what LinkedIn, Google and
 * phones write today; Google's older CSV was UTF-16 with a byte-order mark; a file that
 * is not valid UTF-8 was most likely saved by Excel or an old phone in Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  // TextDecoder drops the byte-order mark of each encoding by itself.
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function isConnectionsEntry(path: string): boolean {
  return baseName(path).toLowerCase() === "connections.csv";
}

function damagedZipError(): UnsupportedFileError {
  return new UnsupportedFileError(
    "This zip file could not be opened: it may be damaged or only partly downloaded. Download the export from LinkedIn again and choose the new file.",
  );
}

// Compressed bytes are fed in slices this size: deflate expands at most about 1,032 times,
// so no single step can inflate more than about 16 MB before the limit is checked again.
const zipSliceBytes = 16 * 1024;

/** The Connections.csv entries of a zip, each inflated up to `limits.textBytes` and no further. */
function inflateConnections(bytes: Uint8Array, limits: ImportLimits) {
  const entries = new Map<string, { chunks: Uint8Array[]; finished: boolean }>();
  let isWorkbook = false;
  let inflated = 0;
  let failure: UnsupportedFileError | null = null;
  const unzip = new Unzip((file) => {
    if (file.name === "[Content_Types].xml" || file.name === "mimetype") isWorkbook = true;
    if (!isConnectionsEntry(file.name) || failure) return;
    // The declared size can lie, so it only refuses early; the bytes themselves are counted.
    if ((file.originalSize ?? 0) > limits.textBytes) {
      failure = unpackedTooLargeError(limits);
      return;
    }
    const entry = { chunks: [] as Uint8Array[], finished: false };
    entries.set(file.name, entry);
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = damagedZipError();
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.textBytes) {
        failure = unpackedTooLargeError(limits);
        entry.chunks = [];
        file.terminate();
        return;
      }
      entry.chunks.push(chunk);
      entry.finished = final;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let start = 0; start < bytes.length && !failure; start += zipSliceBytes) {
      const end = Math.min(start + zipSliceBytes, bytes.length);
      unzip.push(bytes.subarray(start, end), end === bytes.length);
    }
  } catch {
    failure ??= damagedZipError();
  }
  if (failure) throw failure;
  return { entries, isWorkbook };
}

/**
 * Connections.csv from a LinkedIn data export zip, wherever it sits in the folders, or
 * null when the zip has none. Only that entry is inflated, and never past
 * `limits.textBytes` (a 1 MB zip can unpack to gigabytes). Excel (.xlsx) and OpenDocument
 * workbooks are zips too, and get their own message.
 */
export function connectionsFromZip(
  bytes: Uint8Array,
  limits: ImportLimits = defaultImportLimits,
): Uint8Array | null {
  const { entries, isWorkbook } = inflateConnections(bytes, limits);
  // The shallowest entry wins, so a copy tucked into a sub-folder does not shadow the real one.
  const paths = [...entries.keys()].sort(
    (first, second) => first.split("/").length - second.split("/").length,
  );
  const path = paths[0];
  if (path === undefined && isWorkbook) {
    throw new UnsupportedFileError(
      "This is a spreadsheet workbook, not a CSV file: open it, save it as CSV (comma-separated values) and choose that file.",
    );
  }
  const entry = path === undefined ? undefined : entries.get(path);
  if (entry === undefined) return null;
  // An entry cut off before its end is a partly downloaded file.
  if (!entry.finished) throw damagedZipError();
  return Buffer.concat(entry.chunks);
}

/** The first non-blank line, shortened, to quote back in an error message. */
export function firstLineOf(text: string): string {
  // Only the start is split: splitting all of a 50 MB file made millions of strings to read one.
  const start = text.slice(0, 64 * 1024);
  const line = start.split(/\r\n|\n|\r/).find((candidate) => candidate.trim() !== "") ?? "";
  const trimmed = line.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed;
}
