import type { ImportLimits } from "./import-limits.js";

/** The contact files Rapport can read. */
export type ImportFormat = "linkedin" | "google" | "vcard";

export const importFormatNames: Record<ImportFormat, string> = {
  linkedin: "LinkedIn Connections export",
  google: "Google Contacts CSV",
  vcard: "vCard file",
};

/** One phone number with its extension split out, so the number alone can be dialled. */
export interface ImportedPhone {
  number: string;
  extension: string | null;
}

/** A contact as read from a file, before the store decides whether it is new or known. */
export interface ImportedContact {
  /** Display name, built from first/last (or vCard N) when the file has no full name. */
  name: string;
  title: string | null;
  organizationName: string | null;
  /** Lower-cased, trimmed, deduplicated; the first is the primary address. */
  emails: string[];
  /** The first is the one to call: the preferred, else the work number. */
  phones: ImportedPhone[];
  /** A LinkedIn profile, or a web address the file marks as a profile. */
  profileUrl: string | null;
  /** City and region, when the file has an address. */
  location: string | null;
  /** The work address on one line. */
  workAddress: string | null;
  notes: string | null;
  /** ISO date (YYYY-MM-DD), from LinkedIn's "Connected On". */
  connectedOn: string | null;
  /** Email values that are plainly not addresses ("dev@patel"), as written: the import keeps them in the notes. */
  invalidEmails: string[];
}

/**
 * One contact or one rejected row. `row` is what a person sees: the spreadsheet row for
 * CSV files (header and preamble rows count), the card number for vCard files.
 */
export type ParsedRow = { row: number; contact: ImportedContact } | { row: number; error: string };

export interface ParsedImport {
  format: ImportFormat;
  rows: ParsedRow[];
}

/**
 * Called while rows are read: `done` of `total` rows or cards so far, every
 * `progressInterval` rows and once at the end. Parsing is synchronous, so this is for
 * callers that run it in a worker thread or print progress in a terminal.
 */
export type ImportProgress = (done: number, total: number) => void;

export const progressInterval = 1000;

export interface ParseImportOptions {
  /** Read the file as this format instead of detecting it. */
  format?: ImportFormat;
  /** Used only to break a tie when the content fits more than one format. */
  fileName?: string;
  onProgress?: ImportProgress;
  /** How much may be read; `defaultImportLimits` unless a test asks for smaller ones. */
  limits?: ImportLimits;
}

/** The file is not one Rapport can read; the message is meant for the person who chose it. */
export class UnsupportedFileError extends Error {
  override readonly name = "UnsupportedFileError";
}

/** An empty contact, so each format sets only what it has. */
export function emptyContact(name: string): ImportedContact {
  return {
    name,
    title: null,
    organizationName: null,
    emails: [],
    phones: [],
    profileUrl: null,
    location: null,
    workAddress: null,
    notes: null,
    connectedOn: null,
    invalidEmails: [],
  };
}

/** Calls `onProgress` every `progressInterval` rows and for the last one. */
export function reportProgress(
  onProgress: ImportProgress | undefined,
  done: number,
  total: number,
): void {
  if (onProgress && (done % progressInterval === 0 || done === total)) onProgress(done, total);
}
