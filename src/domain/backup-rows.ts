import { z } from "zod";
import { activityInputSchema } from "./activity.js";
import { cadenceSettingsSchema, defaultCadenceSettings } from "./cadence-settings.js";
import { coachLimitsSchema, defaultCoachLimits } from "./coach-settings.js";
import { conductLimits, conductNoteInputSchema, questionMarks } from "./conduct/conduct.js";
import { reflectionInputSchema } from "./follow-up/reflection.js";
import { takeawayInputSchema } from "./follow-up/takeaway.js";
import { checkInInputSchema } from "./insights/check-in.js";
import { networkAskInputSchema } from "./network.js";
import { organizationInputSchema } from "./organization.js";
import { personInputSchema } from "./person.js";
import {
  bankQuestionInputSchema,
  pitchInputSchema,
  planQuestionInputSchema,
  preparationPatchSchema,
  preparedAnswersInputSchema,
  storyInputSchema,
} from "./prepare/preparation.js";
import { profileInputSchema, targetInputSchema } from "./profile.js";
import { stages } from "./stage.js";
import { templateInputSchema } from "./template.js";
import { instant, optionalText } from "./text-fields.js";
import { isCalendarDate, tripInputSchema } from "./trip.js";

/**
 * One row of a backup, checked with the same schemas the API uses for what a user types,
 * plus row-only columns (ids, instants, references, caches). A row that passes is stored
 * as the API would have stored it; one that fails names each column and what to fix.
 */

export type BackupCell = string | number | null;
export type BackupRow = Record<string, BackupCell>;

export interface ColumnProblem {
  /** null for the row as a whole. */
  column: string | null;
  problem: string;
}
export type RowCheck = { ok: true; row: BackupRow } | { ok: false; problems: ColumnProblem[] };

const idPattern = /^[A-Za-z0-9_-]{1,100}$/;

/** A JSON object (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a value can be a row's id (and so be named in a report). */
export function isBackupId(value: unknown): value is string {
  return typeof value === "string" && idPattern.test(value);
}
const idMessage = "should be an id: 1 to 100 letters, digits, - or _";
const rowId = z.string({ error: idMessage }).regex(idPattern, { error: idMessage });
const optionalRowId = rowId.nullable();

const created = { created_at: instant("when it was created") };
const timestamps = { ...created, updated_at: instant("when it last changed") };
const softDeleted = { ...timestamps, deleted_at: instant("when it was deleted").nullable() };

interface TableRule {
  /** Every column, in the order a backup writes them. */
  columns: readonly string[];
  /** Columns later migrations added: an older backup lacks them, and they restore as null. */
  added: readonly string[];
  check(row: Record<string, unknown>): RowCheck;
}

type Issues = readonly { path: readonly PropertyKey[]; message: string }[];

function problemsOf(issues: Issues, columnOf: (field: string) => string | null): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  const seen = new Set<string | null>();
  for (const issue of issues) {
    const column = columnOf(String(issue.path[0] ?? ""));
    // The first message per column is the most basic thing to fix.
    if (seen.has(column)) continue;
    seen.add(column);
    problems.push({ column, problem: issue.message });
  }
  return problems;
}

function toCell(value: unknown): BackupCell {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  return JSON.stringify(value);
}

/**
 * A table whose row-only columns are checked by `stored`, and whose other columns are the
 * fields of the API's `input` schema (column → field). `json` columns hold JSON text the
 * input schema reads parsed (an organization's locations).
 */
function mappedTable(definition: {
  stored: z.ZodObject;
  input?: z.ZodType<Record<string, unknown>>;
  fields?: Record<string, string>;
  json?: Record<string, string>;
  added?: readonly string[];
}): TableRule {
  const storedColumns = Object.keys(definition.stored.shape);
  const fields = definition.fields ?? {};
  const columnOfField = new Map(Object.entries(fields).map(([column, field]) => [field, column]));
  return {
    columns: [...storedColumns, ...Object.keys(fields)],
    added: definition.added ?? [],
    check(row) {
      const problems: ColumnProblem[] = [];
      const stored = definition.stored.safeParse(row);
      if (!stored.success) problems.push(...problemsOf(stored.error.issues, (column) => column));
      const input: Record<string, unknown> = {};
      for (const [column, field] of Object.entries(fields)) {
        const hint = definition.json?.[column];
        const value = row[column];
        if (hint === undefined || typeof value !== "string") input[field] = value;
        else {
          try {
            input[field] = JSON.parse(value);
          } catch {
            problems.push({ column, problem: `should be ${hint}` });
          }
        }
      }
      let output: Record<string, unknown> = {};
      if (definition.input) {
        const checked = definition.input.safeParse(input);
        if (checked.success) output = checked.data;
        else {
          const columnOf = (field: string) => columnOfField.get(field) ?? null;
          problems.push(...problemsOf(checked.error.issues, columnOf));
        }
      }
      if (problems.length > 0 || !stored.success) return { ok: false, problems };
      const values: BackupRow = {};
      for (const column of storedColumns) values[column] = toCell(stored.data[column]);
      for (const [column, field] of Object.entries(fields)) values[column] = toCell(output[field]);
      return { ok: true, row: values };
    },
  };
}

/** Settings: the reminders and the coach's limits are JSON checked like Settings checks them. */
function settingsRule(): TableRule {
  const stored = z.object({
    updated_at: instant("when it last changed"),
    calendar_feed: z
      .enum(["on", "off"], { error: 'should be "on" or "off"' })
      .nullish()
      .transform((feed) => feed ?? null),
  });
  const jsonSettings = [
    ["cadence", cadenceSettingsSchema, defaultCadenceSettings, "the reminder settings"],
    ["coach", coachLimitsSchema, defaultCoachLimits, "the coach's word limits"],
  ] as const;
  return {
    columns: ["cadence", "calendar_feed", "coach", "updated_at"],
    // Backups before this version carried the feed's secret; it is never restored.
    added: ["calendar_feed", "calendar_secret", "coach"],
    check(row) {
      const problems: ColumnProblem[] = [];
      const checked = stored.safeParse(row);
      if (!checked.success) problems.push(...problemsOf(checked.error.issues, (column) => column));
      if (row.calendar_secret !== undefined && row.calendar_secret !== null) {
        if (typeof row.calendar_secret !== "string")
          problems.push({ column: "calendar_secret", problem: "should be text or null" });
      }
      const values: BackupRow = {};
      for (const [column, schema, defaults, what] of jsonSettings) {
        const text = row[column];
        values[column] = null;
        if (text === undefined || text === null) continue;
        const hint = `${what} as JSON text, or null for the defaults`;
        let saved: unknown;
        try {
          saved = typeof text === "string" ? JSON.parse(text) : undefined;
        } catch {
          saved = undefined;
        }
        if (typeof saved !== "object" || saved === null || Array.isArray(saved)) {
          problems.push({ column, problem: `should be ${hint}` });
          continue;
        }
        const merged = schema.safeParse({ ...defaults, ...saved });
        if (merged.success) values[column] = JSON.stringify(merged.data);
        else {
          const [issue] = merged.error.issues;
          const where = issue?.path.map(String).join(".") ?? "";
          const message = issue?.message ?? `should be ${hint}`;
          problems.push({ column, problem: where ? `${where}: ${message}` : message });
        }
      }
      if (!checked.success || problems.length > 0) return { ok: false, problems };
      // An older backup says the feed was on by carrying its secret.
      const wasOn = typeof row.calendar_secret === "string" && row.calendar_secret !== "";
      const feed = checked.data.calendar_feed ?? (wasOn ? "on" : "off");
      return {
        ok: true,
        row: { ...values, calendar_feed: feed, updated_at: checked.data.updated_at },
      };
    },
  };
}

const position = z
  .number({ error: "should be a whole number from 0 to 100000" })
  .int({ error: "should be a whole number from 0 to 100000" })
  .min(0, { error: "should be a whole number from 0 to 100000" })
  .max(100_000, { error: "should be a whole number from 0 to 100000" });

// ——— Prepare's tables (issue 10) ———

/** A JSON list of strings, for the hint of a list column. */
const jsonListHint = (what: string, example: string) => `a JSON list of ${what}, like ${example}`;
const spare = z
  .number({ error: "should be 0 or 1" })
  .int({ error: "should be 0 or 1" })
  .min(0, { error: "should be 0 or 1" })
  .max(1, { error: "should be 0 or 1" });
const calendarDay = z
  .string({ error: "should be a date like 2026-10-10" })
  .refine(isCalendarDate, { error: "should be a date like 2026-10-10" });
/** One prepared answer, as the API's list of answers holds each. */
const preparedAnswerSchema = preparedAnswersInputSchema.shape.answers.element;

// Where the API's schemas give zod's own words (a list item of the wrong type), a backup's
// report says what to fix instead; the bounds are the same.
const textList = (what: string, most: number, longest: number) =>
  z
    .array(
      z
        .string({ error: `should be a list of ${what} (each one text)` })
        .trim()
        .min(1, { error: `should be a list of ${what}, none of them empty` })
        .max(longest, { error: `each of the ${what} is at most ${longest} characters` }),
      { error: `should be a list of ${what}` },
    )
    .max(most, { error: `should hold at most ${most} ${what}` })
    .default([]);
const answerText = z
  .string({ error: "should be the answer's text" })
  .trim()
  .max(3000, { error: "An answer is at most 3,000 characters" });
const builtinKey = z
  .string({ error: "should be a built-in question's key, or null" })
  .trim()
  .max(100, { error: "should be a built-in question's key (at most 100 characters)" })
  .nullish();

const prepareTableRules = {
  bank_questions: mappedTable({
    stored: z.object({ id: rowId, ...softDeleted }),
    input: bankQuestionInputSchema.omit({ id: true }),
    fields: { text: "text", question_group: "group", tags: "tags" },
    json: { tags: jsonListHint("TIARA tags", '["trends", "advice"]') },
  }),
  stories: mappedTable({
    stored: z.object({ id: rowId, ...softDeleted }),
    input: storyInputSchema.omit({ id: true }).extend({ tags: textList("tags", 20, 50) }),
    fields: {
      title: "title",
      situation: "situation",
      task: "task",
      action: "action",
      result: "result",
      tags: "tags",
    },
    json: { tags: jsonListHint("tags", '["leadership"]') },
  }),
  preparations: mappedTable({
    stored: z.object({ id: rowId, activity_id: rowId, ...softDeleted }),
    input: preparationPatchSchema.extend({ checklistDone: textList("checklist keys", 100, 100) }),
    fields: { objective: "objective", about_them: "aboutThem", checklist_done: "checklistDone" },
    json: { checklist_done: jsonListHint("checklist keys", '["route"]') },
  }),
  plan_questions: mappedTable({
    stored: z.object({
      id: rowId,
      activity_id: rowId,
      position,
      bank_question_id: optionalRowId,
      spare,
      // Conduct mode's tick and one-line note (issue 11).
      asked: z
        .enum(questionMarks, { error: 'should be "asked", "answered" or null' })
        .nullish()
        .transform((mark) => mark ?? null),
      conduct_note: optionalText("The note", conductLimits.questionNote),
      ...softDeleted,
    }),
    input: planQuestionInputSchema
      .omit({ id: true, bankQuestionId: true, spare: true })
      .extend({ builtinKey }),
    fields: { text: "text", question_group: "group", tags: "tags", builtin_key: "builtinKey" },
    json: { tags: jsonListHint("TIARA tags", '["trends", "advice"]') },
    added: ["asked", "conduct_note"],
  }),
  research_notes: mappedTable({
    // Exactly one of person_id and organization_id: checked below (researchNoteRule).
    stored: z.object({
      id: rowId,
      person_id: optionalRowId,
      organization_id: optionalRowId,
      noted_on: calendarDay,
      ...softDeleted,
    }),
    input: z.object({
      body: z
        .string({ error: "should be the note's text" })
        .trim()
        .min(1, { error: "should be the note's text, not empty" })
        .max(20_000, { error: "should be at most 20,000 characters" }),
    }),
    fields: { body: "body" },
  }),
  pitches: mappedTable({
    stored: z.object({ id: rowId, organization_id: optionalRowId, ...softDeleted }),
    input: pitchInputSchema,
    fields: { who_i_am: "whoIAm", work_i_hope: "workIHope", learn_today: "learnToday" },
  }),
  prepared_answers: mappedTable({
    stored: z.object({ id: rowId, ...softDeleted }),
    input: preparedAnswerSchema.extend({ answer: answerText }),
    fields: { prompt: "prompt", answer: "answer" },
  }),
  preparation_stories: mappedTable({
    stored: z.object({ id: rowId, activity_id: rowId, story_id: rowId, ...softDeleted }),
  }),
} as const satisfies Record<string, TableRule>;

// ——— Conduct mode's tables (issue 11) ———

const conductTableRules = {
  conduct_sessions: mappedTable({
    stored: z.object({
      id: rowId,
      activity_id: rowId,
      started_at: instant("when it started"),
      ended_at: instant("when it ended").nullable(),
      notes_permission: spare,
      ...softDeleted,
    }),
  }),
  conduct_notes: mappedTable({
    stored: z.object({
      id: rowId,
      activity_id: rowId,
      noted_at: instant("when the note was taken"),
      ...softDeleted,
    }),
    input: conductNoteInputSchema.pick({ body: true }),
    fields: { body: "body" },
  }),
} as const satisfies Record<string, TableRule>;

// ——— Follow up's tables (issue 11) ———

const rating = z
  .number({ error: "should be a whole number from 1 to 5, or null" })
  .int({ error: "should be a whole number from 1 to 5, or null" })
  .min(1, { error: "should be a whole number from 1 to 5, or null" })
  .max(5, { error: "should be a whole number from 1 to 5, or null" })
  .nullable();

const followUpTableRules = {
  takeaways: mappedTable({
    stored: z.object({
      id: rowId,
      activity_id: rowId,
      person_id: rowId,
      action_done_at: instant("when the action was done").nullable(),
      ...softDeleted,
    }),
    // The API's own checks: a tag, the text, and a day for an action only.
    input: takeawayInputSchema,
    fields: { tag: "tag", text: "text", action_due_on: "actionDueOn" },
  }),
  reflections: mappedTable({
    stored: z.object({
      id: rowId,
      activity_id: rowId,
      confidence: rating,
      competence: rating,
      communication: rating,
      character: rating,
      chemistry: rating,
      ...softDeleted,
    }),
    input: reflectionInputSchema.pick({ note: true, changeNext: true }),
    fields: { note: "note", change_next: "changeNext" },
  }),
} as const satisfies Record<string, TableRule>;

// ——— Learn and decide's table (issue 12) ———

const excitement = z
  .number({ error: "should be a whole number from 1 to 5" })
  .int({ error: "should be a whole number from 1 to 5" })
  .min(1, { error: "should be a whole number from 1 to 5" })
  .max(5, { error: "should be a whole number from 1 to 5" });

const insightsTableRules = {
  check_ins: mappedTable({
    stored: z.object({
      id: rowId,
      // null: the direction overall; else one of the backup's targets (backup-check.ts).
      target_id: optionalRowId,
      rating: excitement,
      checked_at: instant("when the check-in was given"),
      ...softDeleted,
    }),
    input: checkInInputSchema.pick({ note: true }),
    fields: { note: "note" },
  }),
} as const satisfies Record<string, TableRule>;

/** A note is about one person or one organization: exactly one of the two columns is set. */
function researchNoteRule(base: TableRule): TableRule {
  return {
    ...base,
    check(row) {
      const checked = base.check(row);
      if (!checked.ok) return checked;
      const person = checked.row.person_id !== null;
      const organization = checked.row.organization_id !== null;
      if (person === organization) {
        return {
          ok: false,
          problems: [
            {
              column: "person_id",
              problem:
                "a note is about one person or one organization: set exactly one of person_id and organization_id",
            },
          ],
        };
      }
      return checked;
    },
  };
}

/** Every table a backup holds, in an order that satisfies foreign keys on restore. */
export const backupTableRules = {
  organizations: mappedTable({
    stored: z.object({ id: rowId, ...softDeleted }),
    input: organizationInputSchema,
    fields: { name: "name", website: "website", industry: "industry", locations: "locations" },
    json: { locations: 'a JSON list of places, like ["Baltimore, MD"]' },
  }),
  people: mappedTable({
    stored: z.object({
      id: rowId,
      organization_id: optionalRowId,
      referred_by_id: optionalRowId,
      network_ask_id: optionalRowId,
      stage: z.enum(stages, { error: `should be one of: ${stages.join(", ")}` }),
      last_touch_at: instant("the last touch").nullable(),
      ...softDeleted,
    }),
    input: personInputSchema,
    fields: {
      name: "name",
      title: "title",
      email: "email",
      phone: "phone",
      phone_extension: "phoneExtension",
      work_address: "workAddress",
      location: "location",
      profile_url: "profileUrl",
      source: "source",
      common_ground: "commonGround",
      notes: "notes",
      routine: "routine",
      keep_in_touch_months: "keepInTouchMonths",
      mention_permission: "mentionPermission",
    },
    added: ["routine", "keep_in_touch_months"],
  }),
  targets: mappedTable({
    stored: z.object({ id: rowId, position, ...created }),
    input: targetInputSchema,
    fields: { kind: "kind", label: "label", flexibility: "flexibility" },
  }),
  person_targets: mappedTable({ stored: z.object({ person_id: rowId, target_id: rowId }) }),
  organization_targets: mappedTable({
    stored: z.object({ organization_id: rowId, target_id: rowId }),
  }),
  activities: mappedTable({
    stored: z.object({
      id: rowId,
      person_id: rowId,
      suggested_person_id: optionalRowId,
      ...softDeleted,
    }),
    input: activityInputSchema,
    fields: {
      kind: "kind",
      occurred_at: "occurredAt",
      channel: "channel",
      outcome: "outcome",
      with_name: "withName",
      scheduled_for: "scheduledFor",
      duration_minutes: "durationMinutes",
      place: "place",
      detail: "detail",
    },
    added: ["duration_minutes", "place"],
  }),
  network_asks: mappedTable({
    stored: z.object({ id: rowId, person_id: rowId, ...softDeleted }),
    input: networkAskInputSchema,
    fields: { asked_at: "askedAt", question: "question", outcome: "outcome" },
  }),
  profiles: mappedTable({
    stored: z.object({
      welcome_done_at: instant("when the welcome was done").nullable(),
      updated_at: instant("when it last changed"),
    }),
    input: profileInputSchema,
    fields: {
      name: "name",
      school_or_role: "schoolOrRole",
      search_status: "searchStatus",
      phone: "phone",
      email: "email",
    },
    added: ["phone", "email"],
  }),
  action_states: mappedTable({
    stored: z.object({
      key: z
        .string({ error: "should be a reminder's key" })
        .min(1, { error: "should be a reminder's key" })
        .max(300, { error: "should be a reminder's key (at most 300 characters)" }),
      snoozed_until: instant("the end of the snooze").nullable(),
      dismissed_at: instant("when it was dismissed").nullable(),
      dismiss_reason: optionalText("The reason", 500),
      updated_at: instant("when it last changed"),
    }),
  }),
  settings: settingsRule(),
  trips: mappedTable({
    stored: z.object({ id: rowId, ...softDeleted }),
    input: tripInputSchema,
    fields: { place: "place", starts_on: "startsOn", ends_on: "endsOn", note: "note" },
  }),
  templates: mappedTable({
    stored: z.object({ id: rowId, ...softDeleted }),
    input: templateInputSchema,
    fields: { name: "name", purpose: "purpose", subject: "subject", body: "body" },
  }),
  ...prepareTableRules,
  research_notes: researchNoteRule(prepareTableRules.research_notes),
  ...conductTableRules,
  ...followUpTableRules,
  ...insightsTableRules,
} as const satisfies Record<string, TableRule>;

export type BackupTableName = keyof typeof backupTableRules;
export type BackupTablesData = Record<BackupTableName, BackupRow[]>;
export const backupTableNames = Object.keys(backupTableRules) as BackupTableName[];

/** Checks one row: missing and unknown columns first, then every value. */
export function checkBackupRow(table: BackupTableName, row: unknown): RowCheck {
  if (!isRecord(row)) {
    return {
      ok: false,
      problems: [
        { column: null, problem: 'should be an object of columns and values, like { "id": … }' },
      ],
    };
  }
  const rule: TableRule = backupTableRules[table];
  const values = row;
  const known = new Set([...rule.columns, ...rule.added]);
  const problems: ColumnProblem[] = [];
  for (const column of Object.keys(values)) {
    if (!known.has(column)) {
      problems.push({
        column,
        problem: `is not a column of ${table}; remove it (or update Rapport, if a newer one wrote this backup)`,
      });
    }
  }
  for (const column of rule.columns) {
    if (!(column in values) && !rule.added.includes(column))
      problems.push({ column, problem: "is missing; every row of this table has it" });
  }
  if (problems.length > 0) return { ok: false, problems };
  return rule.check(values);
}
