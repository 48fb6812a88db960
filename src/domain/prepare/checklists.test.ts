import { describe, expect, it } from "vitest";
import {
  checklistFor,
  checklistProgress,
  checklistSetting,
  checklistWithDone,
  progressSentence,
} from "./checklists.js";

const keys = (mode: Parameters<typeof checklistFor>[0], place: string | null) =>
  checklistFor(mode, place).map((item) => item.key);
const common = ["objective", "questions", "research", "pitch"];

describe("checklistFor", () => {
  it("at a workplace: early, résumés, cards, notebook, watch, dress, route", () => {
    expect(keys("in_person", "Acme HQ, 12 Main St")).toEqual([
      ...common,
      "arrive-early",
      "resume-copies",
      "business-cards",
      "notebook",
      "watch",
      "professional-dress",
      "route",
    ]);
    expect(checklistFor("in_person", null)[4]).toEqual({
      key: "arrive-early",
      label: "Arrive 5–10 minutes early",
    });
  });

  it("at a café or restaurant: business casual and plan to pay", () => {
    for (const place of [
      "Blue Bottle Coffee, Oak St",
      "Café Luna",
      "cafe on 5th",
      "Lunch at Rosa's Bistro",
      "The Crown pub",
    ]) {
      expect(checklistSetting("in_person", place)).toBe("cafe");
    }
    expect(keys("in_person", "Café Luna")).toEqual([
      ...common,
      "business-casual",
      "pay-coffee",
      "arrive-early",
      "resume-copy",
      "notebook",
      "route",
    ]);
    // "Barton Street" holds "bar" only inside a word.
    expect(checklistSetting("in_person", "12 Barton Street")).toBe("workplace");
  });

  it("by phone and by video", () => {
    expect(keys("phone", null)).toEqual([
      ...common,
      "quiet-place",
      "their-number",
      "notes-at-hand",
      "phone-charged",
    ]);
    expect(keys("video", "https://meet.example/abc")).toEqual([
      ...common,
      "quiet-place",
      "link-tested",
      "camera-sound",
      "notes-at-hand",
    ]);
    expect(keys(null, null)).toEqual([...common, "notebook", "notes-at-hand"]);
  });
});

describe("progress", () => {
  it("counts ticks on the list only: 5 of 8 ready", () => {
    const items = checklistFor("phone", null);
    const progress = checklistProgress(items, [
      "research",
      "pitch",
      "quiet-place",
      "their-number",
      "phone-charged",
      "watch",
    ]);
    expect(progress).toEqual({ ready: 5, total: 8 });
    expect(progressSentence(progress)).toBe("5 of 8 ready");
  });

  it("ticks the objective and questions from the preparation, not by hand", () => {
    const lines = checklistWithDone(checklistFor("video", null), ["objective", "pitch"], {
      objectiveWritten: false,
      questionsFit: true,
    });
    expect(lines.filter((line) => line.done).map((line) => line.key)).toEqual([
      "questions",
      "pitch",
    ]);
  });
});
