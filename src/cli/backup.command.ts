import { readFile, rename, writeFile } from "node:fs/promises";
import { createBackup, RestoreRejected, restoreBackup } from "../services/backup.service.js";
import { tableCounts } from "./counted.js";
import { withStore } from "./open-context.js";

export async function backupCommand(file: string, options: { data?: string }): Promise<void> {
  const document = await withStore(options.data, createBackup);
  // Write beside the target and rename, so a crash never leaves a half-written backup.
  const temporary = `${file}.partial`;
  await writeFile(temporary, `${JSON.stringify(document, null, 2)}\n`);
  await rename(temporary, file);
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
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(
      `Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const counts = await withStore(options.data, (context) =>
      restoreBackup(context, document, { replace: options.replace ?? false }),
    );
    console.log(`Restored from ${file}: ${tableCounts(counts)}.`);
  } catch (error) {
    if (error instanceof RestoreRejected) {
      for (const problem of error.problems.slice(0, 50)) {
        console.error(
          `  ${problem.table}${problem.row === null ? "" : ` row ${problem.row}`}: ${problem.problem}`,
        );
      }
      if (error.problems.length > 50) console.error(`  … and ${error.problems.length - 50} more`);
    }
    throw error;
  }
}
