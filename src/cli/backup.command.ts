import {
  checkBackupSize,
  createBackup,
  RestoreRejected,
  restoreBackup,
} from "../services/backup.service.js";
import { tableCounts } from "./counted.js";
import { InputFileProblem, readInputFile } from "./input-file.js";
import { withStore } from "./open-context.js";
import { writePrivateOutput } from "./private-output.js";

export async function backupCommand(file: string, options: { data?: string }): Promise<void> {
  const document = await withStore(options.data, createBackup);
  await writePrivateOutput(file, `${JSON.stringify(document, null, 2)}\n`);
  const counts = Object.fromEntries(
    Object.entries(document.tables).map(([table, rows]) => [table, rows.length]),
  );
  console.log(`Backed up to ${file}: ${tableCounts(counts)}.`);
}

export async function restoreCommand(
  file: string,
  options: { data?: string; replace?: boolean },
): Promise<void> {
  let document: unknown;
  try {
    const bytes = await readInputFile(
      file,
      'the JSON file "rapport backup" wrote',
      checkBackupSize,
    );
    document = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    if (error instanceof RestoreRejected || error instanceof InputFileProblem) throw error;
    throw new Error(
      `Cannot read ${file} as a backup: ${error instanceof Error ? error.message : String(error)}. Give the JSON file "rapport backup" wrote.`,
    );
  }
  try {
    const counts = await withStore(options.data, (context) =>
      restoreBackup(context, document, { replace: options.replace ?? false }),
    );
    console.log(`Restored from ${file}: ${tableCounts(counts)}.`);
  } catch (error) {
    // The headline first, then one line a problem, as the web page shows them.
    const lines = error instanceof RestoreRejected ? error.reportLines() : [];
    if (lines.length === 0) throw error;
    throw new Error([error instanceof Error ? error.message : "", ...lines].join("\n  "));
  }
}
