import { createBackup } from "../services/backup.service.js";
import { exportPeople } from "../services/export.service.js";
import { withStore } from "./open-context.js";
import { writePrivateOutput } from "./private-output.js";

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
  await writePrivateOutput(file, text);
  console.error(`Wrote ${file}.`);
}
