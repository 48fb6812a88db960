import { chmod, rename, writeFile } from "node:fs/promises";

/**
 * Writes a file that holds contacts (a backup, an export) readable by its owner alone
 * (0600), and whole: beside the target first, then renamed, so an interrupted write never
 * leaves half a file. The mode is set again after writing, since a leftover temporary file
 * would keep its old mode.
 */
export async function writePrivateOutput(file: string, text: string): Promise<void> {
  const temporary = `${file}.partial`;
  await writeFile(temporary, text, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}
