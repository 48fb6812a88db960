import { readFile, rename, stat, writeFile } from "node:fs/promises";
import {
  checkBackupSize,
  createBackup,
  RestoreRejected,
  restoreBackup,
} from "../services/backup.service.js";
import { withStore } from "./open-context.js";

export async function backupCommand(file: string, options: { data?: string }): Promise<void> {
  const document = await withStore(options.data, createBackup);
  // Write beside the target and rename, so a crash never leaves a half-written backup.
  const temporary = `${file}.partial`;
  await writeFile(temporary, `${JSON.stringify(document, null, 2)}\n`);
  await rename(temporary, file);
  const counts = Object.entries(document.tables).map(
    ([table, rows]) => `${rows.length} ${table.replace("_", " ")}`,
  );
  console.log(`Backed up to ${file}: ${counts.join(", ")}.`);
}

export async function restoreCommand(
  file: string,
  options: { data?: string; replace?: boolean },
): Promise<void> {
  let document: unknown;
  try {
    const size = (await stat(file)).size;
    checkBackupSize(size);
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    if (error instanceof RestoreRejected) throw error;
    throw new Error(
      `Cannot read ${file} as a backup: ${error instanceof Error ? error.message : String(error)}. Give the JSON file "rapport backup" wrote.`,
    );
  }
  try {
    const counts = await withStore(options.data, (context) =>
      restoreBackup(context, document, { replace: options.replace ?? false }),
    );
    const summary = Object.entries(counts).map(
      ([table, count]) => `${count} ${table.replace("_", " ")}`,
    );
    console.log(`Restored from ${file}: ${summary.join(", ")}.`);
  } catch (error) {
    // The headline first, then one line a problem, as the web page shows them.
    const lines = error instanceof RestoreRejected ? error.reportLines() : [];
    if (lines.length === 0) throw error;
    throw new Error([error instanceof Error ? error.message : "", ...lines].join("\n  "));
  }
}
