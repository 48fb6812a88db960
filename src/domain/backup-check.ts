import {
  type BackupRow,
  type BackupTableName,
  type BackupTablesData,
  backupTableNames,
  checkBackupRow,
  isBackupId,
  isRecord,
} from "./backup-rows.js";
import { wordingLocale } from "./wording/locale.js";

/**
 * Whether a whole backup can be restored: its envelope, its size, every row (backup-rows.ts)
 * and every link between rows. Each problem names the table, the row as a person reading the
 * file counts it, its id, the column, and what to fix.
 */

export const backupFormat = "rapport-backup";
export const backupVersion = 1;

/** Bounds on what a restore reads, each named in the message that refuses more. */
export const backupLimits = {
  /** The file (or request body) in bytes. */
  bytes: 100 * 1024 * 1024,
  /** A backup is an object of tables, each a list of rows of plain values: four levels. */
  depth: 8,
  rowsPerTable: 200_000,
  /** Problems listed one by one; past this, a count says how many more. */
  problemsListed: 100,
} as const;

export interface BackupProblem {
  /** "" for the file as a whole. */
  table: string;
  /** 1-based position in that table's list; null for the table or file as a whole. */
  row: number | null;
  id: string | null;
  column: string | null;
  problem: string;
}

/** One line of the report: "people row 3 (id p-1), profile_url: Enter … like https://…". */
export function backupProblemText(problem: BackupProblem): string {
  const where = [
    problem.table,
    problem.row === null ? "" : `row ${problem.row}`,
    problem.id === null ? "" : `(id ${problem.id})`,
  ]
    .filter(Boolean)
    .join(" ");
  const what = problem.column === null ? problem.problem : `${problem.column}: ${problem.problem}`;
  if (!where) return what;
  return problem.column === null && problem.row !== null
    ? `${where}: ${what}`
    : `${where}, ${what}`;
}

const fileProblem = (problem: string): BackupProblem => ({
  table: "",
  row: null,
  id: null,
  column: null,
  problem,
});

/** How deeply lists and objects nest, counted without recursion (no stack to overflow). */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() ?? [null, 0];
    if (typeof current !== "object" || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

export type Envelope =
  | { ok: true; tables: Record<BackupTableName, unknown[]> }
  | { ok: false; problem: BackupProblem };

/** The document's format, version, nesting and table lists; rows are checked later. */
export function readBackupEnvelope(document: unknown): Envelope {
  const refuse = (problem: string): Envelope => ({ ok: false, problem: fileProblem(problem) });
  if (!isRecord(document)) return refuse("This is not a Rapport backup: it is not a JSON object.");
  const envelope = document;
  if (envelope.format !== backupFormat)
    return refuse(`This is not a Rapport backup: "format" should be "${backupFormat}".`);
  const version = envelope.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return refuse(
      `This backup has no valid "version" (a whole number, ${backupVersion} for this Rapport). Is this the file Rapport wrote?`,
    );
  }
  if (version > backupVersion) {
    return refuse(
      `This backup has version ${version}; this Rapport reads version ${backupVersion}. Update Rapport first.`,
    );
  }
  if (nestingDepth(document, backupLimits.depth) > backupLimits.depth) {
    return refuse(
      `This backup nests lists or objects more than ${backupLimits.depth} levels deep; a Rapport backup never does. Is this the file Rapport wrote?`,
    );
  }
  const given = envelope.tables;
  if (!isRecord(given)) return refuse('This backup has no "tables" object.');
  const lists = given;
  const tables = {} as Record<BackupTableName, unknown[]>;
  for (const table of backupTableNames) {
    const rows = lists[table] ?? [];
    if (!Array.isArray(rows)) return refuse(`In this backup, "${table}" should be a list of rows.`);
    if (rows.length > backupLimits.rowsPerTable) {
      return refuse(
        `In this backup, "${table}" has ${rows.length} rows; Rapport restores at most ${backupLimits.rowsPerTable.toLocaleString(wordingLocale)} per table.`,
      );
    }
    tables[table] = rows;
  }
  const unknown = Object.keys(lists).filter(
    (table) => !backupTableNames.some((name) => name === table),
  );
  if (unknown.length > 0) {
    return refuse(
      `This backup has tables this Rapport does not know (${unknown.slice(0, 5).join(", ")}); update Rapport, or remove them.`,
    );
  }
  return { ok: true, tables };
}

/** Which column of which table names a row of another; restore remaps them together. */
export const backupReferences = [
  { table: "people", column: "organization_id", target: "organizations", required: false },
  { table: "people", column: "referred_by_id", target: "people", required: false },
  { table: "people", column: "network_ask_id", target: "network_asks", required: false },
  { table: "person_targets", column: "person_id", target: "people", required: true },
  { table: "person_targets", column: "target_id", target: "targets", required: true },
  {
    table: "organization_targets",
    column: "organization_id",
    target: "organizations",
    required: true,
  },
  { table: "organization_targets", column: "target_id", target: "targets", required: true },
  { table: "activities", column: "person_id", target: "people", required: true },
  { table: "activities", column: "suggested_person_id", target: "people", required: false },
  { table: "network_asks", column: "person_id", target: "people", required: true },
  // Prepare's tables (issue 10): a conversation is its meeting_scheduled log entry.
  { table: "preparations", column: "activity_id", target: "activities", required: true },
  { table: "plan_questions", column: "activity_id", target: "activities", required: true },
  {
    table: "plan_questions",
    column: "bank_question_id",
    target: "bank_questions",
    required: false,
  },
  { table: "research_notes", column: "person_id", target: "people", required: true },
  { table: "research_notes", column: "organization_id", target: "organizations", required: true },
  { table: "pitches", column: "organization_id", target: "organizations", required: false },
  { table: "preparation_stories", column: "activity_id", target: "activities", required: true },
  { table: "preparation_stories", column: "story_id", target: "stories", required: true },
  // Conduct mode's tables (issue 11).
  { table: "conduct_sessions", column: "activity_id", target: "activities", required: true },
  { table: "conduct_notes", column: "activity_id", target: "activities", required: true },
  // Follow up's tables (issue 11).
  { table: "takeaways", column: "activity_id", target: "activities", required: true },
  { table: "takeaways", column: "person_id", target: "people", required: true },
  { table: "reflections", column: "activity_id", target: "activities", required: true },
  // Insights (issue 12): a rating of one interest, or (null) of the direction overall. An
  // unknown id is not made null (that would rate the direction): "remove this row".
  { table: "check_ins", column: "target_id", target: "targets", required: true },
] as const satisfies ReadonlyArray<{
  table: BackupTableName;
  column: string;
  target: BackupTableName;
  required: boolean;
}>;

/** Tables whose rows have an `id` other rows (and reminder keys) may name. */
export const backupTablesWithIds = [
  "organizations",
  "people",
  "targets",
  "activities",
  "network_asks",
  "trips",
  "templates",
  "bank_questions",
  "stories",
  "preparations",
  "plan_questions",
  "research_notes",
  "pitches",
  "prepared_answers",
  "preparation_stories",
  "conduct_sessions",
  "conduct_notes",
  "takeaways",
  "reflections",
  "check_ins",
] as const satisfies readonly BackupTableName[];

/** A key among live rows only (deleted ones may repeat it: they are kept for undo). */
const whileLive = (row: BackupRow, key: string) => (row.deleted_at === null ? key : null);

/** Values that must not repeat within a table, and how to say so. */
const uniqueValues: ReadonlyArray<{
  table: BackupTableName;
  column: string;
  key(row: BackupRow): string | null;
  problem(otherRow: number): string;
}> = [
  ...backupTablesWithIds.map((table) => ({
    table,
    column: "id",
    key: (row: BackupRow) => String(row.id),
    problem: (other: number) => `is also the id of row ${other}; give each row its own id`,
  })),
  {
    table: "person_targets",
    column: "target_id",
    key: (row) => `${row.person_id} ${row.target_id}`,
    problem: (other) => `this person and interest are already paired in row ${other}; remove one`,
  },
  {
    table: "organization_targets",
    column: "target_id",
    key: (row) => `${row.organization_id} ${row.target_id}`,
    problem: (other) =>
      `this organization and interest are already paired in row ${other}; remove one`,
  },
  {
    table: "action_states",
    column: "key",
    key: (row) => String(row.key),
    problem: (other) => `the same reminder is in row ${other}; remove one`,
  },
  {
    // The store keeps one preparation per conversation, deleted or not.
    table: "preparations",
    column: "activity_id",
    key: (row) => String(row.activity_id),
    problem: (other) => `this conversation's preparation is already row ${other}; remove one`,
  },
  {
    table: "pitches",
    column: "organization_id",
    key: (row) => whileLive(row, String(row.organization_id ?? "(default)")),
    problem: (other) =>
      `row ${other} is already the live pitch for this organization (or the default); delete one`,
  },
  {
    table: "prepared_answers",
    column: "prompt",
    key: (row) => whileLive(row, String(row.prompt)),
    problem: (other) => `row ${other} already answers this prompt; delete one`,
  },
  {
    table: "preparation_stories",
    column: "story_id",
    key: (row) => whileLive(row, `${row.activity_id} ${row.story_id}`),
    problem: (other) => `this story is already picked for this conversation in row ${other}`,
  },
  {
    // The store keeps one session per conversation, deleted or not.
    table: "conduct_sessions",
    column: "activity_id",
    key: (row) => String(row.activity_id),
    problem: (other) => `this conversation's session is already row ${other}; remove one`,
  },
  {
    // The store keeps one reflection per conversation, deleted or not.
    table: "reflections",
    column: "activity_id",
    key: (row) => String(row.activity_id),
    problem: (other) => `this conversation's reflection is already row ${other}; remove one`,
  },
  // Organization and template names are not checked here: an older Rapport could hold two
  // live names that now share a name key, so the store numbers the later one ("STRASSE (2)")
  // instead of refusing a file that Rapport itself wrote.
];

export type BackupCheck =
  | { ok: true; tables: BackupTablesData }
  | { ok: false; problems: BackupProblem[] };

const rowIdOf = (row: unknown) => {
  const id = isRecord(row) ? row.id : null;
  return isBackupId(id) ? id : null;
};

/** A row that passed its own checks, and where it is in the file (1-based). */
interface SoundRow {
  row: BackupRow;
  position: number;
}

/**
 * Every row checked, then ids unique and every reference pointing at a row in the file,
 * all in one report. Links are checked from sound rows only, to any row that has the id,
 * so a fault in one row is told once, not again in every row that names it.
 */
export function checkBackupTables(tables: Record<BackupTableName, unknown[]>): BackupCheck {
  const problems: BackupProblem[] = [];
  const sound = {} as Record<BackupTableName, SoundRow[]>;
  for (const table of backupTableNames) {
    sound[table] = [];
    tables[table].forEach((row, index) => {
      const result = checkBackupRow(table, row);
      if (result.ok) sound[table].push({ row: result.row, position: index + 1 });
      else {
        for (const { column, problem } of result.problems)
          problems.push({ table, row: index + 1, id: rowIdOf(row), column, problem });
      }
    });
  }
  const report = (table: BackupTableName, { row, position }: SoundRow, column: string | null) => {
    return (problem: string) =>
      problems.push({ table, row: position, id: rowIdOf(row), column, problem });
  };
  for (const table of ["profiles", "settings"] as const) {
    const extra =
      tables[table].length > 1 ? sound[table].find(({ position }) => position > 1) : undefined;
    if (extra) report(table, extra, null)(`a backup holds one row of ${table}; remove the others`);
  }
  for (const rule of uniqueValues) {
    const firstRow = new Map<string, number>();
    for (const entry of sound[rule.table]) {
      const key = rule.key(entry.row);
      if (key === null) continue;
      const other = firstRow.get(key);
      if (other === undefined) firstRow.set(key, entry.position);
      else report(rule.table, entry, rule.column)(rule.problem(other));
    }
  }
  const ids = new Map<BackupTableName, Set<string>>(
    backupTableNames.map((table) => [
      table,
      new Set(tables[table].flatMap((row) => rowIdOf(row) ?? [])),
    ]),
  );
  for (const { table, column, target, required } of backupReferences) {
    for (const entry of sound[table]) {
      const value = entry.row[column];
      if (typeof value !== "string" || ids.get(target)?.has(value)) continue;
      report(
        table,
        entry,
        column,
      )(
        `${value} is not the id of any row in ${target}; fix the id, or ${required ? "remove this row" : "set it to null"}`,
      );
    }
  }
  if (problems.length > 0) {
    // In the file's order, so the report reads top to bottom.
    const order = new Map<string, number>(backupTableNames.map((table, index) => [table, index]));
    const tableOrder = (table: string) => order.get(table) ?? -1;
    problems.sort(
      (first, second) =>
        tableOrder(first.table) - tableOrder(second.table) || (first.row ?? 0) - (second.row ?? 0),
    );
    return { ok: false, problems };
  }
  const checked = {} as BackupTablesData;
  for (const table of backupTableNames) checked[table] = sound[table].map(({ row }) => row);
  return { ok: true, tables: checked };
}
