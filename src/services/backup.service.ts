import {
  type BackupRow,
  type BackupTableName,
  type BackupTablesData,
  backupRowProblem,
  backupTableNames,
} from "../store/backup.repository.js";
import type { ServiceContext } from "./context.js";
import { markDueActionsStale } from "./due-actions.js";
import { rebuildSearchIndex } from "./search-indexing.js";
import { ServiceError } from "./service-error.js";

export const backupFormat = "rapport-backup";
export const backupVersion = 1;

/** The JSON document `rapport backup` writes: every row, deleted ones too. */
export interface BackupDocument {
  format: typeof backupFormat;
  version: typeof backupVersion;
  exportedAt: string;
  tables: BackupTablesData;
}

export interface RestoreProblem {
  table: string;
  /** 1-based position in that table's list, as a person reading the file would count. */
  row: number | null;
  problem: string;
}

/** A backup that cannot be restored; nothing was written. */
export class RestoreRejected extends ServiceError {
  constructor(
    message: string,
    readonly problems: RestoreProblem[],
  ) {
    super("validation_failed", message);
  }
}

export async function createBackup(context: ServiceContext): Promise<BackupDocument> {
  const tables = await context.store.transaction((repositories) =>
    repositories.backup.readAll(context.ownerId),
  );
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: context.now().toISOString(),
    tables,
  };
}

function readEnvelope(document: unknown): BackupTablesData {
  const reject = (message: string) =>
    new RestoreRejected(message, [{ table: "", row: null, problem: message }]);
  if (typeof document !== "object" || document === null)
    throw reject("This is not a Rapport backup: it is not a JSON object.");
  const envelope = document as Partial<Record<keyof BackupDocument, unknown>>;
  if (envelope.format !== backupFormat)
    throw reject(`This is not a Rapport backup: "format" should be "${backupFormat}".`);
  if (typeof envelope.version !== "number" || envelope.version > backupVersion) {
    throw reject(
      `This backup has version ${String(envelope.version)}; this Rapport reads version ${backupVersion}. Update Rapport first.`,
    );
  }
  const tables = envelope.tables as Record<string, unknown> | undefined;
  if (typeof tables !== "object" || tables === null) throw reject('This backup has no "tables".');
  const data = {} as BackupTablesData;
  for (const table of backupTableNames) {
    const rows = tables[table] ?? [];
    if (!Array.isArray(rows)) throw reject(`In this backup, "${table}" should be a list.`);
    data[table] = rows as BackupRow[];
  }
  return data;
}

/** Every row's shape, unique ids, and every reference pointing at a row in the backup. */
function findProblems(data: BackupTablesData): RestoreProblem[] {
  const problems: RestoreProblem[] = [];
  const ids = new Map<BackupTableName, Set<string>>();
  for (const table of backupTableNames) {
    const seen = new Set<string>();
    data[table].forEach((row, index) => {
      const problem = backupRowProblem(table, row);
      if (problem) problems.push({ table, row: index + 1, problem });
      const id = (row as BackupRow | null)?.id;
      if (typeof id === "string") {
        if (seen.has(id))
          problems.push({ table, row: index + 1, problem: `id ${id} appears twice` });
        seen.add(id);
      }
    });
    ids.set(table, seen);
  }
  for (const table of ["profiles", "settings"] as const) {
    if (data[table].length > 1)
      problems.push({ table, row: 2, problem: `a backup holds one row of ${table}` });
  }
  const references: Array<[BackupTableName, string, BackupTableName]> = [
    ["people", "organization_id", "organizations"],
    ["people", "referred_by_id", "people"],
    ["person_targets", "person_id", "people"],
    ["person_targets", "target_id", "targets"],
    ["organization_targets", "organization_id", "organizations"],
    ["organization_targets", "target_id", "targets"],
    ["activities", "person_id", "people"],
    ["activities", "suggested_person_id", "people"],
    ["network_asks", "person_id", "people"],
  ];
  for (const [table, column, target] of references) {
    data[table].forEach((row, index) => {
      const value = (row as BackupRow | null)?.[column];
      if (typeof value === "string" && !ids.get(target)?.has(value)) {
        problems.push({ table, row: index + 1, problem: `${column} ${value} is not in ${target}` });
      }
    });
  }
  return problems;
}

/**
 * Restores a backup in one transaction: all of it, or (with a report of every problem)
 * none of it. Refuses a store that already has data unless `replace` is set, in which
 * case the owner's current data is removed in the same transaction.
 */
export async function restoreBackup(
  context: ServiceContext,
  document: unknown,
  options: { replace?: boolean } = {},
): Promise<Record<BackupTableName, number>> {
  const data = readEnvelope(document);
  const problems = findProblems(data);
  if (problems.length > 0) {
    throw new RestoreRejected(
      `This backup has ${problems.length} problem(s); nothing was restored.`,
      problems,
    );
  }
  return context.store.transaction(async (repositories) => {
    const existing = await repositories.backup.countAll(context.ownerId);
    if (existing > 0 && !options.replace) {
      throw new ServiceError(
        "conflict",
        "Rapport already holds data here. Restore into an empty data folder, or choose to replace what is there.",
      );
    }
    if (existing > 0) await repositories.backup.deleteAll(context.ownerId);
    await repositories.backup.insertAll(context.ownerId, data);
    await rebuildSearchIndex(repositories, context.ownerId);
    await markDueActionsStale(repositories, context.ownerId);
    return Object.fromEntries(
      backupTableNames.map((table) => [table, data[table].length]),
    ) as Record<BackupTableName, number>;
  });
}
