import { rename, writeFile } from "node:fs/promises";
import { createBackup } from "../services/backup.service.js";
import { exportPeople } from "../services/export.service.js";
import { withStore } from "./open-context.js";

export type ExportFormat = "csv" | "vcard" | "json";

export async function exportCommand(
  file: string | undefined,
  options: { format: ExportFormat; data?: string },
) {
  const text = await withStore(options.data, async (context) =>
    options.format === "json"
      ? `${JSON.stringify(await createBackup(context), null, 2)}\n`
      : exportPeople(context, options.format),
  );
  if (!file || file === "-") {
    process.stdout.write(text);
    return;
  }
  // Written beside the target first, so an interrupted export never leaves half a file.
  await writeFile(`${file}.partial`, text);
  await rename(`${file}.partial`, file);
  console.error(`Wrote ${file}.`);
}
