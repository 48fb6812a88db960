import { describe, expect, it } from "vitest";
import type { ConductView } from "../../../domain/conduct/conduct-view.js";
import { applyChange, isConductChange, requestFor } from "./conduct-changes.js";

const at = "2025-03-03T14:00:00.000Z";

function view(): ConductView {
  return {
    conversation: {
      activityId: "a1",
      personId: "p1",
      personName: "Dana Reyes",
      organizationName: null,
      startsAt: at,
      endsAt: "2025-03-03T14:30:00.000Z",
      durationMinutes: 30,
      mode: "video",
      place: null,
      placeLink: null,
      status: "did_it_happen",
    },
    objective: null,
    questions: [
      {
        id: "q1",
        text: "What surprised you?",
        group: "person",
        spare: false,
        asked: null,
        note: null,
      },
    ],
    pitch: null,
    settings: { minutesPerAnswer: 3, openingMinutes: 2, windDownMinutes: 5 },
    session: null,
    notes: [],
    capturedPeople: [],
    readAt: at,
  };
}

describe("conduct changes as the page shows them before the server has them", () => {
  it("applies each change once, however often it is applied", () => {
    const note = { kind: "note", id: "n1", body: "Spring hiring", notedAt: at } as const;
    const once = applyChange(view(), note);
    expect(applyChange(once, note)).toEqual(once);
    expect(once.notes.map((each) => each.body)).toEqual(["Spring hiring"]);
    // A note starts the session when none was started.
    expect(once.session?.startedAt).toBe(at);
    const marked = applyChange(once, {
      kind: "mark",
      questionId: "q1",
      asked: "answered",
      note: "Yes",
    });
    expect(marked.questions[0]).toMatchObject({ asked: "answered", note: "Yes" });
    const ended = applyChange(marked, { kind: "end", endedAt: "2025-03-03T14:28:00.000Z" });
    expect(ended.session?.endedAt).toBe("2025-03-03T14:28:00.000Z");
    expect(ended.conversation.status).toBe("held");
    expect(applyChange(ended, { kind: "end", endedAt: "2025-03-03T15:00:00.000Z" })).toEqual(ended);
  });

  it("sends each change to its route with the client's id", () => {
    expect(requestFor("a1", { kind: "note", id: "n1", body: "Hi", notedAt: at })).toEqual({
      method: "POST",
      url: "/api/conversations/a1/conduct/notes",
      body: { id: "n1", body: "Hi", notedAt: at },
    });
    expect(requestFor("a1", { kind: "mark", questionId: "q1", asked: null, note: null })).toEqual({
      method: "PUT",
      url: "/api/plan-questions/q1/mark",
      body: { asked: null, note: null },
    });
    expect(isConductChange({ kind: "note" })).toBe(true);
    expect(isConductChange({ kind: "delete" })).toBe(false);
    expect(isConductChange(null)).toBe(false);
  });
});
