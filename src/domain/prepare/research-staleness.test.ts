import { describe, expect, it } from "vitest";
import { monthsBefore, researchIsStale } from "./research-staleness.js";
import { storySpokenSeconds, storyText } from "./story-text.js";

describe("research staleness", () => {
  it("counts calendar months back, clamping to the month's end", () => {
    expect(monthsBefore("2026-12-01", 6)).toBe("2026-06-01");
    expect(monthsBefore("2026-08-31", 6)).toBe("2026-02-28");
    expect(monthsBefore("2026-03-15", 15)).toBe("2024-12-15");
  });

  it("says nothing while the newest note is within the months", () => {
    const notes = [{ notedOn: "2025-01-10" }, { notedOn: "2026-06-01" }];
    expect(researchIsStale(notes, "2026-12-01", 6, "Acme")).toBeNull();
  });

  it("hints once the newest note is older than the setting", () => {
    const notes = [{ notedOn: "2026-05-31" }, { notedOn: "2025-01-10" }];
    expect(researchIsStale(notes, "2026-12-01", 6, "Acme")).toEqual({
      code: "research_stale",
      message:
        "Your newest note on Acme is from 2026-05-31, over 6 months ago. Check their news and site again before you talk.",
    });
    expect(researchIsStale(notes, "2026-12-01", 12, "Acme")).toBeNull();
    expect(
      researchIsStale([{ notedOn: "2026-10-31" }], "2026-12-01", 1, "Acme")?.message,
    ).toContain("over a month ago");
  });

  it("says there is no research yet when there are no notes", () => {
    expect(researchIsStale([], "2026-12-01", 6, "Acme")).toEqual({
      code: "research_missing",
      message:
        "No research on Acme yet. A few notes on their work, news and people make better questions.",
    });
  });
});

describe("story text", () => {
  it("tells the four parts in order, skipping empty ones, and times them", () => {
    const story = {
      situation: "Our clinic lost its scheduler.",
      task: "",
      action: "I rebuilt the rota in a week.",
      result: "No missed shifts.",
    };
    expect(storyText(story)).toBe(
      "Our clinic lost its scheduler. I rebuilt the rota in a week. No missed shifts.",
    );
    // 14 words at 140 words a minute: 6 seconds.
    expect(storySpokenSeconds(story, 140)).toBe(6);
  });
});
