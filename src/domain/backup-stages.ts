import { activityKinds, callOutcomes, cancellationOutcomes, declineOutcomes } from "./activity.js";
import type { BackupTablesData } from "./backup-rows.js";
import { deriveStage, lastTouch, type StageEvent } from "./stage.js";

const outcomes = [...callOutcomes, ...declineOutcomes, ...cancellationOutcomes];

/**
 * The people with their stage and last touch worked out again from the file's own log (its
 * live entries), as every log change does: the log is the source of truth, so a backup
 * cannot bring in a stage its log does not support.
 */
export function withDerivedStages(tables: BackupTablesData): BackupTablesData {
  const logs = new Map<string, StageEvent[]>();
  for (const row of tables.activities) {
    const kind = activityKinds.find((known) => known === row.kind);
    if (row.deleted_at !== null || !kind) continue;
    const event: StageEvent = {
      kind,
      outcome: outcomes.find((known) => known === row.outcome) ?? null,
      occurredAt: String(row.occurred_at),
      createdAt: String(row.created_at),
    };
    const personId = String(row.person_id);
    const log = logs.get(personId);
    if (log) log.push(event);
    else logs.set(personId, [event]);
  }
  const people = tables.people.map((person) => {
    const log = logs.get(String(person.id)) ?? [];
    return { ...person, stage: deriveStage(log), last_touch_at: lastTouch(log) };
  });
  return { ...tables, people };
}
