import {
  type BackupProblem,
  backupFormat,
  backupLimits,
  backupProblemText,
  backupVersion,
  checkBackupTables,
  readBackupEnvelope,
} from "../domain/backup-check.js";
import { remapBackupIds } from "../domain/backup-remap.js";
import {
  type BackupTableName,
  type BackupTablesData,
  backupTableNames,
} from "../domain/backup-rows.js";
import { withDerivedStages } from "../domain/backup-stages.js";
import { formatByteSize } from "../domain/byte-size.js";
import { counted, pluralForm } from "../domain/wording/plural.js";
import { isUniqueViolation } from "../store/unique-violation.js";
import { newCalendarSecret } from "./calendar.service.js";
import type { ServiceContext } from "./context.js";
import { onBulkChange } from "./projections.js";
import { ServiceError } from "./service-error.js";

export type { BackupProblem };
export { backupFormat, backupVersion };

/** The JSON document `rapport backup` writes: every row, deleted ones too. */
export interface BackupDocument {
  format: typeof backupFormat;
  version: typeof backupVersion;
  exportedAt: string;
  tables: BackupTablesData;
}

/** A backup that cannot be restored; nothing was written. */
export class RestoreRejected extends ServiceError {
  constructor(
    message: string,
    readonly problems: BackupProblem[],
  ) {
    super("validation_failed", message);
  }

  /** The report, one line a problem, shortened past the listed limit; none for a file-level refusal (the message says it). */
  reportLines(): string[] {
    if (this.problems.every((problem) => problem.table === "")) return [];
    const listed = this.problems.slice(0, backupLimits.problemsListed).map(backupProblemText);
    const more = this.problems.length - listed.length;
    return more > 0 ? [...listed, `… and ${more} more`] : listed;
  }
}

export type RestoreCounts = Record<BackupTableName, number>;

export async function createBackup(context: ServiceContext): Promise<BackupDocument> {
  const tables = await context.transaction((tx) => tx.store.backup.readAll(tx.ownerId));
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: context.now().toISOString(),
    tables,
  };
}

/** A problem with the file as a whole, refused with its own sentence. */
export function restoreRefused(problem: string): RestoreRejected {
  return new RestoreRejected(problem, [{ table: "", row: null, id: null, column: null, problem }]);
}

/** The file's size, checked before it is read or parsed. */
export function checkBackupSize(bytes: number): void {
  if (bytes > backupLimits.bytes) {
    throw restoreRefused(
      `This file is ${formatByteSize(bytes, "up")}; Rapport restores backups of at most ${formatByteSize(backupLimits.bytes)}.`,
    );
  }
}

/**
 * Restores a backup in one transaction: all of it, or (with a report of every problem)
 * none of it. Every row is checked with the API's own schemas first. Rows keep their ids
 * only where they are already the owner's own (restoring over one's own data); any other
 * row gets a new id, with every reference to it following, so one backup can be restored
 * for several owners. Refuses a store that already has data unless `replace` is set.
 */
export async function restoreBackup(
  context: ServiceContext,
  document: unknown,
  options: { replace?: boolean } = {},
): Promise<RestoreCounts> {
  const envelope = readBackupEnvelope(document);
  if (!envelope.ok) throw restoreRefused(envelope.problem.problem);
  const checked = checkBackupTables(envelope.tables);
  if (!checked.ok) {
    const count = checked.problems.length;
    throw new RestoreRejected(
      `This backup has ${counted(count, { one: "problem", other: "problems" })}; nothing was restored. Fix ${pluralForm(count, { one: "it", other: "them" })} and restore again.`,
      checked.problems,
    );
  }
  try {
    return await context.transaction(async (tx) => {
      const existing = await tx.store.backup.countAll(tx.ownerId);
      if (existing > 0 && !options.replace) {
        throw new ServiceError(
          "conflict",
          "Rapport already holds data here. Restore into an empty data folder, or choose to replace what is there.",
        );
      }
      const owned = await tx.store.backup.ownedIds(tx.ownerId);
      const tables = remapBackupIds(withDerivedStages(checked.tables), {
        keep: (table, id) => owned.get(table)?.has(id) ?? false,
        newId: tx.newId,
      });
      if (existing > 0) await tx.store.backup.deleteAll(tx.ownerId);
      await tx.store.backup.insertAll(tx.ownerId, tables);
      // The feed's address never travels in a backup; a feed that was on gets a new one.
      if (tables.settings[0]?.calendar_feed === "on") {
        await tx.store.settings.saveCalendarSecret(
          tx.ownerId,
          newCalendarSecret(),
          tx.now().toISOString(),
        );
      }
      await onBulkChange(tx);
      return Object.fromEntries(
        backupTableNames.map((table) => [table, tables[table].length]),
      ) as RestoreCounts;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw restoreRefused(
      "Two rows of this backup collide on a value Rapport keeps unique (such as an organization's name); nothing was restored. Rename or remove one of them and restore again.",
    );
  }
}
