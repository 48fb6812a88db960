import { basename } from "node:path";
import type { ImportFormat } from "../formats/import-contacts.js";
import { type ImportReport, previewImport, runImport } from "../services/import.service.js";
import { refuseOversizedImport } from "../services/import-parsing.js";
import { counted, people } from "./counted.js";
import { readInputFile } from "./input-file.js";
import { withStore } from "./open-context.js";
import { progressBar } from "./progress-bar.js";

export interface ImportOptions {
  format?: ImportFormat;
  dryRun?: boolean;
  verbose?: boolean;
  json?: boolean;
  data?: string;
}

/** What `import` asks for when the file cannot be read. */
const wantedFile =
  "the contacts file to import (Connections.csv, LinkedIn's zip, a Google Contacts CSV or a .vcf file)";

/**
 * `rapport import --json`: the report as one stable object. Every key is always there; `rows`
 * lists each row with something to say (rejected, merged, already up to date, or kept with a
 * warning), in file order, whatever --verbose says; rows simply added are only counted.
 */
export function importJson(report: ImportReport) {
  return {
    format: report.format,
    formatLabel: report.formatLabel,
    applied: report.applied,
    counts: {
      add: report.counts.add,
      merge: report.counts.merge,
      skip: report.counts.skip,
      reject: report.counts.reject,
    },
    rows: report.rows
      .filter((row) => row.action !== "add" || row.warnings.length > 0)
      .map((row) => ({
        row: row.row,
        action: row.action,
        name: row.name,
        reason: row.reason,
        warnings: row.warnings,
        matchedPersonId: row.matchedPersonId,
      })),
  };
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
  const bytes = await readInputFile(file, wantedFile, refuseOversizedImport);
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
  if (options.json) console.log(JSON.stringify(importJson(report), null, 2));
  else printReport(report, options);
}
