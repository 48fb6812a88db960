import { describe, expect, it } from "vitest";
import {
  type BackupProblem,
  backupLimits,
  backupProblemText,
  checkBackupTables,
  readBackupEnvelope,
} from "./backup-check.js";
import type { BackupRow } from "./backup-rows.js";

const at = "2026-11-20T09:00:00.000Z";

/** The smallest backup with a row in every table, as Rapport writes it. */
function validBackup() {
  const tables: Record<string, BackupRow[]> = {
    organizations: [
      {
        id: "o1",
        created_at: at,
        updated_at: at,
        deleted_at: null,
        name: "Hopkins",
        website: "https://hopkins.example/",
        industry: null,
        locations: '["Baltimore, MD"]',
      },
    ],
    people: [
      {
        id: "p1",
        organization_id: "o1",
        referred_by_id: null,
        network_ask_id: null,
        stage: "scheduled",
        last_touch_at: at,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        name: "Maya Chen",
        title: null,
        email: "maya@hopkins.example",
        phone: null,
        phone_extension: null,
        work_address: null,
        location: "Baltimore",
        profile_url: "https://www.linkedin.com/in/maya",
        source: "alumni",
        common_ground: null,
        notes: null,
        routine: null,
        mention_permission: "not_asked",
      },
    ],
    targets: [
      {
        id: "t1",
        position: 0,
        created_at: at,
        kind: "field",
        label: "UX research",
        flexibility: null,
      },
    ],
    person_targets: [{ person_id: "p1", target_id: "t1" }],
    organization_targets: [{ organization_id: "o1", target_id: "t1" }],
    activities: [
      {
        id: "a1",
        person_id: "p1",
        suggested_person_id: null,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        kind: "meeting_scheduled",
        occurred_at: at,
        channel: "video",
        outcome: null,
        with_name: null,
        scheduled_for: "2026-11-25T15:00:00.000Z",
        duration_minutes: 30,
        place: "https://meet.example.com/abc",
        detail: null,
      },
    ],
    network_asks: [],
    profiles: [
      {
        welcome_done_at: at,
        updated_at: at,
        name: "Alex",
        school_or_role: null,
        search_status: "graduating",
        phone: null,
        email: null,
      },
    ],
    action_states: [
      {
        key: "prepare_conversation:p1:a1",
        snoozed_until: "2026-11-23T09:00:00.000Z",
        dismissed_at: null,
        dismiss_reason: null,
        updated_at: at,
      },
    ],
    settings: [
      {
        cadence: '{"timeZone":"America/New_York"}',
        calendar_feed: "on",
        coach: null,
        updated_at: at,
      },
    ],
    trips: [
      {
        id: "r1",
        created_at: at,
        updated_at: at,
        deleted_at: null,
        place: "Baltimore",
        starts_on: "2026-12-10",
        ends_on: "2026-12-15",
        note: null,
      },
    ],
    templates: [
      {
        id: "m1",
        created_at: at,
        updated_at: at,
        deleted_at: null,
        name: "Warm",
        purpose: "email",
        subject: null,
        body: "Dear {{first_name}}",
      },
    ],
    ...prepareTables(),
  };
  return { format: "rapport-backup", version: 1, exportedAt: at, tables };
}

/** Prepare's eight tables (issue 10), one row each, about conversation a1. */
function prepareTables(): Record<string, BackupRow[]> {
  const times = { created_at: at, updated_at: at, deleted_at: null };
  return {
    bank_questions: [
      {
        id: "b1",
        ...times,
        text: "What surprised you?",
        question_group: "person",
        tags: '["insights"]',
      },
    ],
    stories: [
      {
        id: "s1",
        ...times,
        title: "Rota",
        situation: "No scheduler",
        task: "",
        action: "A sheet",
        result: "No gaps",
        tags: '["planning"]',
      },
    ],
    preparations: [
      {
        id: "pr1",
        activity_id: "a1",
        ...times,
        objective: "Learn which certifications matter by Friday",
        about_them: null,
        checklist_done: '["route"]',
      },
    ],
    plan_questions: [
      {
        id: "q1",
        activity_id: "a1",
        position: 0,
        bank_question_id: "b1",
        spare: 0,
        ...times,
        text: "What surprised you?",
        question_group: "person",
        tags: '["insights"]',
        builtin_key: null,
      },
    ],
    research_notes: [
      {
        id: "n1",
        person_id: "p1",
        organization_id: null,
        noted_on: "2026-11-01",
        ...times,
        body: "Gave a **talk**",
      },
    ],
    pitches: [
      {
        id: "pi1",
        organization_id: "o1",
        ...times,
        who_i_am: "A nurse",
        work_i_hope: "Health data",
        learn_today: "How you began",
      },
    ],
    prepared_answers: [{ id: "an1", ...times, prompt: "about_you", answer: "A nurse" }],
    preparation_stories: [{ id: "ps1", activity_id: "a1", story_id: "s1", ...times }],
    conduct_sessions: [
      {
        id: "cs1",
        activity_id: "a1",
        started_at: "2026-11-20T15:02:00.000Z",
        ended_at: null,
        notes_permission: 1,
        ...times,
      },
    ],
    conduct_notes: [
      {
        id: "cn1",
        activity_id: "a1",
        noted_at: "2026-11-20T15:05:00.000Z",
        ...times,
        body: "Spring",
      },
    ],
    takeaways: [
      {
        id: "t1",
        activity_id: "a1",
        person_id: "p1",
        action_done_at: null,
        ...times,
        tag: "action",
        text: "Take the SQL course",
        action_due_on: "2026-11-29",
      },
    ],
    reflections: [
      {
        id: "rf1",
        activity_id: "a1",
        confidence: 3,
        competence: 4,
        communication: null,
        character: 5,
        chemistry: 2,
        ...times,
        note: "Rushed",
        change_next: "Slow down",
      },
    ],
    check_ins: [
      { id: "ck1", target_id: "t1", rating: 4, checked_at: at, ...times, note: "Still keen" },
      { id: "ck2", target_id: null, rating: 3, checked_at: at, ...times, note: "Still keen" },
    ],
  };
}

type Backup = ReturnType<typeof validBackup>;

function problemsOf(change: (backup: Backup) => void): string[] {
  const backup = validBackup();
  change(backup);
  const envelope = readBackupEnvelope(backup);
  if (!envelope.ok) return [backupProblemText(envelope.problem)];
  const checked = checkBackupTables(envelope.tables);
  return checked.ok ? [] : checked.problems.map(backupProblemText);
}

function row(backup: Backup, table: string, index = 0): BackupRow {
  const found = backup.tables[table]?.[index];
  if (!found) throw new Error(`no ${table} row ${index}`);
  return found;
}

describe("checking a backup before restoring it", () => {
  it("passes Rapport's own backup, stored as the API stores it", () => {
    const envelope = readBackupEnvelope(validBackup());
    if (!envelope.ok) throw new Error(envelope.problem.problem);
    const checked = checkBackupTables(envelope.tables);
    expect(checked).toMatchObject({ ok: true });
    // Settings are saved whole, over the defaults, as Settings saves them.
    expect(checked.ok && JSON.parse(String(checked.tables.settings[0]?.cadence))).toMatchObject({
      timeZone: "America/New_York",
      followUpCallDays: 7,
    });
  });

  it("names each bad value with its table, row, id, column and what to fix", () => {
    expect(
      problemsOf((backup) => {
        row(backup, "activities").occurred_at = "not a date";
        row(backup, "activities").scheduled_for = "2026-99-99";
        row(backup, "activities").duration_minutes = 1e15;
        row(backup, "people").created_at = "yesterday";
        row(backup, "people").profile_url = "javascript:alert(1)";
        row(backup, "organizations").website = "javascript:alert(1)";
        row(backup, "settings").cadence = "not json";
        row(backup, "settings").coach = '{"emailWords": -3}';
        row(backup, "trips").ends_on = "2026-02-30";
        row(backup, "templates").body = "Dear {{frist_name}}";
      }),
    ).toEqual([
      "organizations row 1 (id o1), website: Enter website like https://example.com/…",
      "people row 1 (id p1), created_at: Enter when it was created as a date and time",
      "people row 1 (id p1), profile_url: Enter profile url like https://example.com/…",
      "activities row 1 (id a1), occurred_at: Enter when it happened as a date and time",
      "activities row 1 (id a1), scheduled_for: Enter when the conversation is as a date and time",
      "activities row 1 (id a1), duration_minutes: A conversation lasts at most 240 minutes",
      "settings row 1, cadence: should be the reminder settings as JSON text, or null for the defaults",
      "settings row 1, coach: emailWords: The e-mail limit must be at least 20 words",
      "trips row 1 (id r1), ends_on: Enter the last day as a date, like 2026-10-10",
      expect.stringMatching(
        /^templates row 1 \(id m1\), body: Unknown merge field \{\{frist_name\}\}\. Use one of: /,
      ),
    ]);
  });

  it("names bad values and broken links in conduct mode's tables and the plan's ticks", () => {
    expect(problemsOf(() => {})).toEqual([]);
    expect(
      problemsOf((backup) => {
        row(backup, "plan_questions").asked = "maybe";
        row(backup, "conduct_sessions").notes_permission = 3;
        row(backup, "conduct_notes").activity_id = "a9";
        row(backup, "conduct_notes").body = " ";
      }),
    ).toEqual([
      'plan_questions row 1 (id q1), asked: should be "asked", "answered" or null',
      "conduct_sessions row 1 (id cs1), notes_permission: should be 0 or 1",
      "conduct_notes row 1 (id cn1), body: Enter the note",
    ]);
    expect(
      problemsOf((backup) => {
        row(backup, "conduct_notes").activity_id = "a9";
        backup.tables.conduct_sessions?.push({ ...row(backup, "conduct_sessions"), id: "cs2" });
      }),
    ).toEqual([
      "conduct_sessions row 2 (id cs2), activity_id: this conversation's session is already row 1; remove one",
      "conduct_notes row 1 (id cn1), activity_id: a9 is not the id of any row in activities; fix the id, or remove this row",
    ]);
  });

  it("names bad values and broken links in Prepare's tables by table, row, id and column", () => {
    expect(
      problemsOf((backup) => {
        row(backup, "bank_questions").question_group = "weather";
        row(backup, "stories").tags = "planning";
        row(backup, "preparations").checklist_done = '[1, {"a": 2}]';
        row(backup, "plan_questions").spare = 2;
        row(backup, "plan_questions").bank_question_id = "b9";
        row(backup, "research_notes").organization_id = "o1";
        row(backup, "pitches").who_i_am = "x".repeat(2001);
        row(backup, "prepared_answers").prompt = "salary";
        row(backup, "preparation_stories").story_id = "s9";
      }),
    ).toEqual([
      "bank_questions row 1 (id b1), question_group: Choose field, person or chances",
      'stories row 1 (id s1), tags: should be a JSON list of tags, like ["leadership"]',
      "preparations row 1 (id pr1), checklist_done: should be a list of checklist keys (each one text)",
      "plan_questions row 1 (id q1), spare: should be 0 or 1",
      "research_notes row 1 (id n1), person_id: a note is about one person or one organization: set exactly one of person_id and organization_id",
      "pitches row 1 (id pi1), who_i_am: Who you are is too long for a pitch (at most 2,000 characters)",
      "prepared_answers row 1 (id an1), prompt: Choose about_you, why_field or looking_for",
      "preparation_stories row 1 (id ps1), story_id: s9 is not the id of any row in stories; fix the id, or remove this row",
    ]);
    expect(
      problemsOf((backup) => {
        row(backup, "plan_questions").bank_question_id = "b9";
        backup.tables.prepared_answers?.push({ ...row(backup, "prepared_answers"), id: "an2" });
      }),
    ).toEqual([
      "plan_questions row 1 (id q1), bank_question_id: b9 is not the id of any row in bank_questions; fix the id, or set it to null",
      "prepared_answers row 2 (id an2), prompt: row 1 already answers this prompt; delete one",
    ]);
  });

  it("names bad values and broken links in Follow up's tables (issue 11)", () => {
    expect(
      problemsOf((backup) => {
        row(backup, "takeaways").action_due_on = null;
        row(backup, "reflections").chemistry = 6;
      }),
    ).toEqual([
      "takeaways row 1 (id t1), action_due_on: Enter the day you will do it by",
      "reflections row 1 (id rf1), chemistry: should be a whole number from 1 to 5, or null",
    ]);
    expect(
      problemsOf((backup) => {
        backup.tables.reflections?.push({ ...row(backup, "reflections"), id: "rf2" });
      }),
    ).toEqual([
      "reflections row 2 (id rf2), activity_id: this conversation's reflection is already row 1; remove one",
    ]);
    expect(
      problemsOf((backup) => {
        row(backup, "takeaways").person_id = "p9";
        row(backup, "reflections").activity_id = "a9";
      }),
    ).toEqual([
      "takeaways row 1 (id t1), person_id: p9 is not the id of any row in people; fix the id, or remove this row",
      "reflections row 1 (id rf1), activity_id: a9 is not the id of any row in activities; fix the id, or remove this row",
    ]);
  });

  it("names bad ratings and unknown interests in the check-ins (issue 12)", () => {
    expect(
      problemsOf((backup) => {
        row(backup, "check_ins").rating = 6;
        row(backup, "check_ins", 1).rating = 2.5;
      }),
    ).toEqual([
      "check_ins row 1 (id ck1), rating: should be a whole number from 1 to 5",
      "check_ins row 2 (id ck2), rating: should be a whole number from 1 to 5",
    ]);
    expect(
      problemsOf((backup) => {
        row(backup, "check_ins").target_id = "t9";
      }),
    ).toEqual([
      "check_ins row 1 (id ck1), target_id: t9 is not the id of any row in targets; fix the id, or remove this row",
    ]);
    // A backup from before check-ins has no such table; it restores with none.
    expect(
      problemsOf((backup) => {
        delete backup.tables.check_ins;
      }),
    ).toEqual([]);
  });

  it("reads the check-in cadence from the settings, and an older backup without it", () => {
    const cadenceOf = (cadence: string) => {
      const backup = validBackup();
      row(backup, "settings").cadence = cadence;
      const envelope = readBackupEnvelope(backup);
      if (!envelope.ok) throw new Error(envelope.problem.problem);
      const checked = checkBackupTables(envelope.tables);
      return checked.ok
        ? JSON.parse(String(checked.tables.settings[0]?.cadence))
        : checked.problems;
    };
    expect(cadenceOf('{"timeZone":"UTC","checkInWeeks":0}')).toMatchObject({ checkInWeeks: 0 });
    expect(cadenceOf('{"timeZone":"UTC"}')).toMatchObject({ checkInWeeks: 4 });
    expect(
      problemsOf((backup) => {
        row(backup, "settings").cadence = '{"checkInWeeks":30}';
      }),
    ).toEqual([
      "settings row 1, cadence: checkInWeeks: Weeks between check-ins must be from 0 (off) to 26",
    ]);
  });

  it("refuses instants outside 1900–2999 (they would not stay ISO text)", () => {
    expect(
      problemsOf((backup) => {
        row(backup, "activities").occurred_at = "9999-12-31T23:59:59-12:00";
      }),
    ).toEqual([
      "activities row 1 (id a1), occurred_at: Enter when it happened as a date between 1900 and 2999",
    ]);
  });

  it("names missing, unknown and wrongly typed columns instead of raw errors", () => {
    expect(
      problemsOf((backup) => {
        delete row(backup, "people").name;
        row(backup, "people").nickname = "May";
        row(backup, "organizations").locations = "{}";
        row(backup, "targets").position = 2.5;
        backup.tables.trips?.push("a trip" as unknown as BackupRow);
      }),
    ).toEqual([
      "organizations row 1 (id o1), locations: List the locations as text (one a line or separated by ;) or a list of texts",
      "people row 1 (id p1), nickname: is not a column of people; remove it (or update Rapport, if a newer one wrote this backup)",
      "people row 1 (id p1), name: is missing; every row of this table has it",
      "targets row 1 (id t1), position: should be a whole number from 0 to 100000",
      `trips row 2: should be an object of columns and values, like { "id": … }`,
    ]);
  });

  it("refuses duplicates the store keeps unique, and links to rows not in the file", () => {
    expect(
      problemsOf((backup) => {
        backup.tables.person_targets?.push({ person_id: "p1", target_id: "t1" });
        backup.tables.activities?.push({ ...row(backup, "activities"), person_id: "nobody" });
        row(backup, "people").referred_by_id = "p9";
        backup.tables.profiles?.push({ ...row(backup, "profiles") });
      }),
    ).toEqual([
      "people row 1 (id p1), referred_by_id: p9 is not the id of any row in people; fix the id, or set it to null",
      "person_targets row 2, target_id: this person and interest are already paired in row 1; remove one",
      "activities row 2 (id a1), id: is also the id of row 1; give each row its own id",
      "activities row 2 (id a1), person_id: nobody is not the id of any row in people; fix the id, or remove this row",
      "profiles row 2: a backup holds one row of profiles; remove the others",
    ]);
  });

  it("says what to do about a file that is not a backup, is newer, too deep or too long", () => {
    const refusal = (document: unknown) => {
      const envelope = readBackupEnvelope(document);
      return envelope.ok ? null : envelope.problem.problem;
    };
    const { version: _, ...noVersion } = validBackup();
    expect(refusal(noVersion)).toBe(
      'This backup has no valid "version" (a whole number, 1 for this Rapport). Is this the file Rapport wrote?',
    );
    expect(refusal({ ...validBackup(), version: 2 })).toBe(
      "This backup has version 2; this Rapport reads version 1. Update Rapport first.",
    );
    let deep: unknown = "bottom";
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    const nested = validBackup();
    row(nested, "people").notes = deep as string;
    expect(refusal(nested)).toBe(
      `This backup nests lists or objects more than ${backupLimits.depth} levels deep; a Rapport backup never does. Is this the file Rapport wrote?`,
    );
    const long = validBackup();
    long.tables.trips = Array.from({ length: backupLimits.rowsPerTable + 1 }, () => ({}));
    expect(refusal(long)).toBe(
      'In this backup, "trips" has 200001 rows; Rapport restores at most 200,000 per table.',
    );
  });

  it("writes each problem as one line a person can act on", () => {
    const problem: BackupProblem = {
      table: "people",
      row: 3,
      id: "p3",
      column: "email",
      problem: "Enter an email address like name@example.com",
    };
    expect(backupProblemText(problem)).toBe(
      "people row 3 (id p3), email: Enter an email address like name@example.com",
    );
  });
});
