import { chmodSync, mkdirSync, statSync } from "node:fs";
import { folderStorageError } from "../services/open-store.js";

/** Only the user may list or open what is in the data folder: it holds every contact. */
const privateFolderMode = 0o700;

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, "0");

/**
 * Makes sure the data folder exists and is private: created 0700, or stripped of
 * group and other permissions when others could read it (an older Rapport made it 0755). Returns a sentence for the
 * log when it changed a mode, so the user hears of it once; null otherwise. A folder that
 * belongs to another user is left as it is (only its owner may change it).
 */
export function prepareDataFolder(folder: string): string | null {
  try {
    mkdirSync(folder, { recursive: true, mode: privateFolderMode });
    const { mode, uid } = statSync(folder);
    const ownedByMe = process.getuid === undefined || uid === process.getuid();
    if ((mode & 0o077) === 0 || !ownedByMe) return null;
    // Only the others' permissions go: a folder the user made read-only stays read-only.
    const tightened = mode & 0o700;
    chmodSync(folder, tightened);
    return `Made the data folder ${folder} private: other users of this computer could read it (mode ${octal(mode)}, now ${octal(tightened)}).`;
  } catch (error) {
    throw folderStorageError(error, folder);
  }
}
