import { describe, expect, it } from "vitest";
import type { BackupRow, BackupTablesData } from "./backup-rows.js";
import { withDerivedStages } from "./backup-stages.js";

const at = "2026-11-20T09:00:00.000Z";

function tables(people: BackupRow[], activities: BackupRow[]): BackupTablesData {
  return {
    organizations: [],
    people,
    targets: [],
    person_targets: [],
    organization_targets: [],
    activities,
    network_asks: [],
    profiles: [],
    action_states: [],
    settings: [],
    trips: [],
    templates: [],
    bank_questions: [],
    stories: [],
    preparations: [],
    plan_questions: [],
    research_notes: [],
    pitches: [],
    prepared_answers: [],
    preparation_stories: [],
    conduct_sessions: [],
    conduct_notes: [],
    takeaways: [],
    reflections: [],
    check_ins: [],
  };
}

const entry = (kind: string, occurredAt: string, deletedAt: string | null = null): BackupRow => ({
  id: `${kind}-${occurredAt}`,
  person_id: "p1",
  kind,
  occurred_at: occurredAt,
  outcome: null,
  created_at: occurredAt,
  deleted_at: deletedAt,
});

describe("stages of restored people", () => {
  it("come from the file's live log entries, not from what the file says", () => {
    const claimed = { id: "p1", name: "Maya", stage: "met", last_touch_at: at };
    const silent = { id: "p2", name: "Ben", stage: "thanked", last_touch_at: at };
    const restored = withDerivedStages(
      tables(
        [claimed, silent],
        [
          entry("email_sent", "2026-11-01T09:00:00.000Z"),
          entry("conversation_held", "2026-11-10T09:00:00.000Z", at),
        ],
      ),
    );
    expect(restored.people).toEqual([
      { ...claimed, stage: "contacted", last_touch_at: "2026-11-01T09:00:00.000Z" },
      { ...silent, stage: "identified", last_touch_at: null },
    ]);
  });
});
