import { createHash, randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { folderStorageError } from "../store/storage-error.js";
import type { ServiceContext } from "./context.js";

/**
 * Files that must stay on this computer and out of the database, hence out of backups
 * (the SMTP password, the résumé): `<dataFolder>/private/<owner>/<name>`, folders readable
 * by the user only (0700), files too (0600).
 */
export type PrivateFileName = "smtp.json" | "resume.json" | "resume.file";

const folderMode = 0o700;
const fileMode = 0o600;

/** An owner id as one safe path segment; anything unusual is hashed so two never collide. */
export function ownerFolderName(ownerId: string): string {
  if (/^[A-Za-z0-9_-]{1,64}$/.test(ownerId)) return ownerId;
  return `owner-${createHash("sha256").update(ownerId).digest("hex").slice(0, 32)}`;
}

export function privateFolder(context: ServiceContext): string {
  return join(context.dataFolder, "private", ownerFolderName(context.ownerId));
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

/** The file's bytes, or null when it was never written (or was removed). */
export async function readPrivateFile(
  context: ServiceContext,
  name: PrivateFileName,
): Promise<Buffer | null> {
  try {
    return await readFile(join(privateFolder(context), name));
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * A JSON file checked against its schema; null when missing or unreadable. The parser's
 * message is dropped on purpose: it quotes the file, and this file may hold a password.
 */
export async function readPrivateJson<Schema extends z.ZodType>(
  context: ServiceContext,
  name: PrivateFileName,
  schema: Schema,
): Promise<z.output<Schema> | null> {
  const bytes = await readPrivateFile(context, name);
  if (!bytes) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return null;
  }
  const checked = schema.safeParse(parsed);
  return checked.success ? checked.data : null;
}

/**
 * Writes the whole file or nothing: a temporary file created 0600 is renamed into place,
 * so a crash never leaves half a password file, and no moment exists where it is readable
 * by others.
 */
export async function writePrivateFile(
  context: ServiceContext,
  name: PrivateFileName,
  bytes: Uint8Array | string,
): Promise<void> {
  const ownerFolder = privateFolder(context);
  const target = join(ownerFolder, name);
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await mkdir(ownerFolder, { recursive: true, mode: folderMode });
    // mkdir's mode is reduced by the umask and skips folders that already existed.
    await chmod(join(context.dataFolder, "private"), folderMode);
    await chmod(ownerFolder, folderMode);
    await writeFile(temporary, bytes, { mode: fileMode, flag: "wx" });
    await chmod(temporary, fileMode);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    // A full disk or a read-only folder gets the same sentence as a failed database write.
    throw folderStorageError(error, context.dataFolder);
  }
}

export async function removePrivateFile(
  context: ServiceContext,
  name: PrivateFileName,
): Promise<void> {
  await rm(join(privateFolder(context), name), { force: true });
}
