import { describe, expect, it } from "vitest";
import type { PlanQuestion } from "./preparation.js";
import { type PreparationConversation, preparationView } from "./preparation-view.js";
import { defaultPrepareSettings } from "./prepare-settings.js";

const conversation: PreparationConversation = {
  activityId: "act-1",
  personId: "p-1",
  personName: "Dana Reyes",
  organizationName: "Acme",
  organizationId: "o-1",
  phone: "+1 555 0100",
  phoneExtension: null,
  startsAt: "2026-12-03T15:00:00.000Z",
  endsAt: "2026-12-03T15:20:00.000Z",
  durationMinutes: 20,
  mode: "phone",
  place: null,
  placeLink: null,
  status: "upcoming",
  heldActivityId: null,
  cancelledActivityId: null,
  cancellation: null,
  revision: 0,
};

const question = (id: string, position: number): PlanQuestion => ({
  id,
  activityId: "act-1",
  position,
  text: `Question ${id}?`,
  group: "person",
  tags: [],
  builtinKey: null,
  bankQuestionId: null,
  spare: false,
});

describe("preparationView", () => {
  it("starts empty: hints, every group empty, the checklist undone", () => {
    const view = preparationView({
      conversation,
      preparation: null,
      plan: [],
      settings: defaultPrepareSettings,
      timeZone: "UTC",
    });
    expect(view.preparation).toEqual({
      activityId: "act-1",
      objective: null,
      aboutThem: null,
      checklistDone: [],
      updatedAt: null,
    });
    expect(view.objectiveHints.map((hint) => hint.code)).toEqual(["objective_empty"]);
    expect(view.budget.emptyGroups).toEqual(["field", "person", "chances"]);
    expect(view.progress).toEqual({ ready: 0, total: 8 });
  });

  it("counts the objective, the plan and the ticks", () => {
    const view = preparationView({
      conversation,
      preparation: {
        activityId: "act-1",
        objective: "Learn how Dana got into policy before applying in March",
        aboutThem: null,
        checklistDone: ["pitch", "quiet-place", "objective"],
        updatedAt: "2026-12-01T10:00:00.000Z",
      },
      plan: [question("a", 0), question("b", 1)],
      settings: defaultPrepareSettings,
      timeZone: "UTC",
    });
    expect(view.objectiveHints).toEqual([]);
    expect(view.budget.fitCount).toBe(2);
    expect(view.checklist.filter((line) => line.done).map((line) => line.key)).toEqual([
      "objective",
      "questions",
      "pitch",
      "quiet-place",
    ]);
    expect(view.progress).toEqual({ ready: 4, total: 8 });
  });
});
