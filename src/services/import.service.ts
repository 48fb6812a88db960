import type { ImportOptions, ImportPlan, PlannedRow } from "../domain/import-plan.js";
import { planImport } from "../domain/import-plan.js";
import { type PersonInput, personInputSchema } from "../domain/person.js";
import { validate } from "../domain/validation.js";
import {
  type ImportFormat,
  type ParsedImport,
  UnsupportedFileError,
} from "../formats/import-contacts.js";
import type { ServiceContext } from "./context.js";
import { parseImportOffThread } from "./import-parsing.js";
import { addPeopleInBulk, savePersonWithin } from "./people.service.js";
import { onBulkChange } from "./projections.js";
import { ServiceError } from "./service-error.js";

const formatOptions: Record<ImportFormat, ImportOptions & { label: string }> = {
  linkedin: { source: "networking_site", sourceLabel: "LinkedIn", label: "LinkedIn connections" },
  google: { source: null, sourceLabel: "Google Contacts", label: "Google Contacts" },
  vcard: { source: null, sourceLabel: "vCard", label: "vCard" },
};

/** What an import will do (preview) or did (after it ran), row by row. */
export interface ImportReport {
  format: ImportFormat;
  formatLabel: string;
  counts: ImportPlan["counts"];
  rows: Array<Omit<PlannedRow, "draft">>;
  /** False for a preview: nothing was written. */
  applied: boolean;
}

export interface ImportRequest {
  bytes: Uint8Array;
  fileName?: string;
  format?: ImportFormat;
  /** Called as rows are written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

async function parse(request: ImportRequest): Promise<ParsedImport> {
  try {
    return await parseImportOffThread({
      bytes: request.bytes,
      options: {
        ...(request.format ? { format: request.format } : {}),
        ...(request.fileName ? { fileName: request.fileName } : {}),
      },
    });
  } catch (error) {
    if (error instanceof UnsupportedFileError)
      throw new ServiceError("validation_failed", error.message, { file: error.message });
    throw error;
  }
}

/** Plans the parsed rows against the people on file as `context` sees them. */
async function planAgainst(context: ServiceContext, parsed: ParsedImport): Promise<ImportPlan> {
  const existing = await context.store.people.list(context.ownerId);
  return planImport(existing, parsed.rows, formatOptions[parsed.format]);
}

function report(format: ImportFormat, importPlan: ImportPlan, applied: boolean): ImportReport {
  return {
    format,
    formatLabel: formatOptions[format].label,
    counts: importPlan.counts,
    rows: importPlan.rows.map(({ draft: _draft, ...row }) => row),
    applied,
  };
}

/** Reads the file and says what an import would do, writing nothing. */
export async function previewImport(
  context: ServiceContext,
  request: ImportRequest,
): Promise<ImportReport> {
  const parsed = await parse(request);
  const importPlan = await planAgainst(context, parsed);
  return report(parsed.format, importPlan, false);
}

/**
 * Imports the file's valid rows in one transaction: every add and merge lands, or (on any
 * failure, a crash or a kill) none does. Invalid rows are reported and left out.
 */
export async function runImport(
  context: ServiceContext,
  request: ImportRequest,
): Promise<ImportReport> {
  const parsed = await parse(request);
  const importPlan = await context.transaction(async (tx) => {
    // Planned inside the write transaction, after any other import of this owner has
    // committed, so duplicates are checked against what is really on file.
    await tx.store.locks.lockOwner(tx.ownerId, "import");
    const importPlan = await planAgainst(tx, parsed);
    const writes = importPlan.rows.filter((row) => row.draft !== null);
    let done = 0;
    // Adds go in chunks through the bulk path; merges (usually few) one by one.
    for (let start = 0; start < writes.length; start += 500) {
      const chunk = writes.slice(start, start + 500);
      const additions: PersonInput[] = [];
      for (const row of chunk) {
        const input = validate(personInputSchema, row.draft);
        // The plan only keeps drafts that validated; this guards the invariant.
        if (!input.ok)
          throw new ServiceError("validation_failed", `Row ${row.row} is not valid.`, input.fields);
        if (row.action === "merge" && row.matchedPersonId) {
          await savePersonWithin(tx, row.matchedPersonId, input.value);
        } else {
          additions.push(input.value);
        }
      }
      await addPeopleInBulk(tx, additions);
      done += chunk.length;
      request.onProgress?.(done, writes.length);
    }
    // Too many people to follow one by one: reminders and search are rebuilt on next read.
    await onBulkChange(tx);
    return importPlan;
  });
  return report(parsed.format, importPlan, true);
}
