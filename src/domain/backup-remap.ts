import { backupReferences, backupTablesWithIds } from "./backup-check.js";
import type { BackupRow, BackupTableName, BackupTablesData } from "./backup-rows.js";
import { renameActionKeyIds } from "./cadence.js";

export interface RemapOptions {
  /** Whether a row keeps its id (it is already the restoring owner's own). */
  keep(table: BackupTableName, id: string): boolean;
  newId(): string;
}

/**
 * The same rows with new ids where `keep` says no, and every reference to them (foreign
 * keys, and the person and log entry a reminder's key names) following along. Ids are
 * unique across owners, so a backup restored for a second owner needs its own.
 */
export function remapBackupIds(tables: BackupTablesData, options: RemapOptions): BackupTablesData {
  const maps = new Map<BackupTableName, Map<string, string>>();
  for (const table of backupTablesWithIds) {
    const map = new Map<string, string>();
    for (const row of tables[table]) {
      const id = String(row.id);
      map.set(id, options.keep(table, id) ? id : options.newId());
    }
    maps.set(table, map);
  }
  const result = { ...tables };
  for (const table of backupTablesWithIds) {
    const map = maps.get(table);
    result[table] = tables[table].map((row) => ({ ...row, id: map?.get(String(row.id)) ?? null }));
  }
  for (const { table, column, target } of backupReferences) {
    const map = maps.get(target);
    result[table] = result[table].map((row): BackupRow => {
      const value = row[column];
      return typeof value === "string" ? { ...row, [column]: map?.get(value) ?? value } : row;
    });
  }
  const rename = (map: Map<string, string> | undefined) => (id: string) => map?.get(id) ?? id;
  // A reminder about one takeaway (an action, an update) names the takeaway where others name
  // the log entry (follow-up-rules.ts).
  const entries = rename(maps.get("activities"));
  const takeaways = maps.get("takeaways");
  const renameIds = {
    person: rename(maps.get("people")),
    entry: (id: string) => takeaways?.get(id) ?? entries(id),
  };
  result.action_states = tables.action_states.map((row) => ({
    ...row,
    key: renameActionKeyIds(String(row.key), renameIds),
  }));
  return result;
}
