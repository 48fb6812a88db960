import { accessSync, constants, existsSync, statfsSync, statSync } from "node:fs";
import { dirname } from "node:path";

/** What went wrong with the place the data lives, in the terms the user can act on. */
export type StorageProblem =
  | "full"
  | "read_only"
  | "not_a_folder"
  | "cannot_create_folder"
  | "damaged"
  | "busy"
  | "disk_error"
  | "unreachable"
  | "login_refused"
  | "database_missing";

/**
 * The data could not be read or written. The message says what happened and what to do;
 * `cause` keeps the engine's own error for the log. Nothing was saved by the failed change:
 * every write runs in a transaction, rolled back on failure.
 */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = "StorageError";
  }
}

function codeOf(error: unknown): string {
  if (typeof error !== "object" || error === null || !("code" in error)) return "";
  return typeof error.code === "string" ? error.code : "";
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A full disk often shows as an I/O error (SQLite cannot grow its shared-memory file). */
function hasNoFreeSpace(folder: string): boolean {
  try {
    const space = statfsSync(folder);
    return space.bavail * space.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

const fullMessage = (folder: string) =>
  `The disk that holds Rapport's data (${folder}) is full. Nothing was changed; free some space on it, then try again.`;
const readOnlyMessage = (folder: string) =>
  `Rapport cannot write to its data folder ${folder}: it is read-only, or you are not allowed to change it. Make it writable for you, then try again.`;
const notAFolderMessage = (path: string) =>
  `${path} is a file, not a folder, so Rapport cannot keep its data there. Give a folder instead (Rapport creates it if it does not exist).`;

/**
 * A failure to create or write the data folder itself (mkdir, a private file), as a
 * StorageError; anything else is returned unchanged.
 */
export function folderStorageError(error: unknown, folder: string): unknown {
  const path =
    typeof error === "object" && error !== null && "path" in error && typeof error.path === "string"
      ? error.path
      : folder;
  switch (codeOf(error)) {
    case "ENOSPC":
    case "EDQUOT":
      return new StorageError("full", fullMessage(folder), { cause: error });
    case "EROFS":
      return new StorageError("read_only", readOnlyMessage(folder), { cause: error });
    case "EEXIST":
    case "ENOTDIR":
      return new StorageError("not_a_folder", notAFolderMessage(firstFile(path)), {
        cause: error,
      });
    case "EACCES":
    case "EPERM":
      if (existsSync(folder)) {
        return new StorageError("read_only", readOnlyMessage(folder), { cause: error });
      }
      return new StorageError(
        "cannot_create_folder",
        `Rapport cannot create its data folder ${folder}: you are not allowed to write in ${existingParent(folder)}. Create the folder yourself, or choose one you can write to.`,
        { cause: error },
      );
    default:
      return error;
  }
}

/** The nearest folder above `path` that exists. */
function existingParent(path: string): string {
  let parent = dirname(path);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  return parent;
}

/** The first part of `path` that exists and is a file: what stands where a folder must be. */
function firstFile(path: string): string {
  let candidate = path;
  for (let above = path; dirname(above) !== above; above = dirname(above)) {
    if (existsSync(above) && !statSync(above).isDirectory()) candidate = above;
  }
  return candidate;
}

/**
 * SQLite's failures on the file at `file` as StorageErrors (better-sqlite3's codes are
 * SQLite's extended result codes, e.g. SQLITE_IOERR_WRITE); anything else is unchanged.
 */
export function sqliteStorageError(error: unknown, file: string): unknown {
  const code = codeOf(error);
  const folder = dirname(file);
  if (code === "SQLITE_FULL")
    return new StorageError("full", fullMessage(folder), { cause: error });
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM") {
    if (existsSync(file) && !canWrite(file)) {
      return new StorageError(
        "read_only",
        `Rapport cannot write to ${file}: it is read-only, or it belongs to another user. Make it writable for you (or start Rapport as the user who owns it), then try again.`,
        { cause: error },
      );
    }
    return new StorageError("read_only", readOnlyMessage(folder), { cause: error });
  }
  // Past busy_timeout: another process kept its write lock on the file the whole time.
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new StorageError(
      "busy",
      `Another program kept Rapport's database ${file} locked for more than 5 seconds (often a second Rapport, or a backup or sync tool holding the file). Nothing was changed; try again in a moment, and close the other program if it keeps happening.`,
      { cause: error },
    );
  }
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) {
    return new StorageError(
      "damaged",
      `${file} is not a Rapport database, or it is damaged. Move it out of the folder to start afresh, or restore a backup into an empty folder (rapport restore).`,
      { cause: error },
    );
  }
  if (code.startsWith("SQLITE_IOERR")) {
    if (hasNoFreeSpace(folder)) {
      return new StorageError("full", fullMessage(folder), { cause: error });
    }
    return new StorageError(
      "disk_error",
      `Rapport could not read or write ${file}: the disk reported an error. Check that the disk is still connected and has free space, then try again.`,
      { cause: error },
    );
  }
  return folderStorageError(error, folder);
}
