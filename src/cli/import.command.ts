import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { ImportFormat } from "../formats/import-contacts.js";
import { type ImportReport, previewImport, runImport } from "../services/import.service.js";
import { refuseOversizedImport } from "../services/import-parsing.js";
import { counted, people } from "./counted.js";
import { withStore } from "./open-context.js";
import { progressBar } from "./progress-bar.js";

export interface ImportOptions {
  format?: ImportFormat;
  dryRun?: boolean;
  verbose?: boolean;
  data?: string;
}

function printReport(report: ImportReport, options: ImportOptions) {
  const { add, merge, skip, reject } = report.counts;
  const verb = report.applied ? "Imported" : "Would import";
  console.log(
    `${report.formatLabel} file: ${add} new, ${merge} merged, ${skip} already up to date, ${reject} rejected.`,
  );
  for (const row of report.rows) {
    if (row.action === "reject")
      console.log(`  rejected row ${row.row}${row.name ? ` (${row.name})` : ""}: ${row.reason}`);
    else if (options.verbose && row.action !== "add")
      console.log(`  ${row.action} row ${row.row} (${row.name}): ${row.reason}`);
    for (const warning of row.warnings)
      console.log(`  warning, row ${row.row} (${row.name}): ${warning}`);
  }
  console.log(
    `${verb} ${counted(add + merge, people)}.${report.applied ? "" : " Nothing was written (--dry-run)."}`,
  );
}

export async function importCommand(file: string, options: ImportOptions): Promise<void> {
  refuseOversizedImport((await stat(file)).size);
  const bytes = new Uint8Array(await readFile(file));
  const request = {
    bytes,
    fileName: basename(file),
    ...(options.format ? { format: options.format } : {}),
  };
  const bar = progressBar("Saving");
  const report = await withStore(options.data, (context) =>
    options.dryRun
      ? previewImport(context, request)
      : runImport(context, { ...request, onProgress: bar.update }),
  );
  printReport(report, options);
}
