import { describe, expect, it } from "vitest";
import type { ActivityKind, ActivityOutcome } from "./activity.js";
import {
  daysSince,
  deriveStage,
  lastTouch,
  nextStage,
  type Stage,
  type StageEvent,
} from "./stage.js";

let minute = 0;
function event(
  kind: ActivityKind,
  outcome: ActivityOutcome | null = null,
  occurredAt?: string,
): StageEvent {
  minute += 1;
  return {
    kind,
    outcome,
    occurredAt: occurredAt ?? new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
  };
}
const stageAfter = (...kinds: ActivityKind[]) => deriveStage(kinds.map((kind) => event(kind)));

describe("deriveStage", () => {
  it("starts at identified and ignores notes and snafus", () => {
    expect(deriveStage([])).toBe("identified");
    expect(stageAfter("note", "snafu")).toBe("identified");
  });

  it.each<[ActivityKind]>([["letter_sent"], ["email_sent"], ["network_message_sent"], ["call"]])(
    "a first %s makes them contacted",
    (kind) => expect(stageAfter(kind)).toBe("contacted"),
  );

  it("a follow-up attempt or a reply means following up", () => {
    expect(stageAfter("email_sent", "call")).toBe("following_up");
    expect(stageAfter("letter_sent", "letter_sent")).toBe("following_up");
    expect(stageAfter("email_sent", "reply_received")).toBe("following_up");
    expect(stageAfter("email_sent", "call", "call")).toBe("following_up");
  });

  it("walks the happy path to keeping in touch", () => {
    expect(stageAfter("email_sent", "call", "meeting_scheduled")).toBe("scheduled");
    expect(stageAfter("email_sent", "meeting_scheduled", "conversation_held")).toBe("met");
    expect(
      stageAfter("email_sent", "meeting_scheduled", "conversation_held", "thank_you_sent"),
    ).toBe("thanked");
    expect(stageAfter("conversation_held", "thank_you_sent", "update_sent")).toBe(
      "keeping_in_touch",
    );
    expect(stageAfter("conversation_held", "email_sent")).toBe("keeping_in_touch");
  });

  it("a confirmation call or reply while scheduled keeps it scheduled", () => {
    expect(stageAfter("meeting_scheduled", "call")).toBe("scheduled");
    expect(stageAfter("meeting_scheduled", "reply_received")).toBe("scheduled");
  });

  it("records the three ways of declining", () => {
    expect(deriveStage([event("email_sent"), event("declined", "no")])).toBe("declined");
    expect(deriveStage([event("email_sent"), event("declined", "try_someone_else")])).toBe(
      "declined",
    );
    expect(deriveStage([event("email_sent"), event("declined", "maybe_later")])).toBe("paused");
  });

  it("a new ask after a decline or a pause starts again at contacted", () => {
    expect(deriveStage([event("declined", "maybe_later"), event("email_sent")])).toBe("contacted");
    expect(deriveStage([event("declined", "no"), event("letter_sent")])).toBe("contacted");
  });

  it("a thank-you before any conversation (for an introduction) does not move the stage", () => {
    expect(stageAfter("thank_you_sent")).toBe("identified");
    expect(stageAfter("email_sent", "thank_you_sent")).toBe("contacted");
    expect(stageAfter("email_sent", "update_sent")).toBe("contacted");
  });

  it("a second conversation goes back through scheduled and met", () => {
    expect(stageAfter("conversation_held", "thank_you_sent", "meeting_scheduled")).toBe(
      "scheduled",
    );
    expect(stageAfter("conversation_held", "thank_you_sent", "conversation_held")).toBe("met");
  });

  it("orders entries by when they happened, not the order they were typed", () => {
    const sent = event("email_sent", null, "2026-03-01T10:00:00.000Z");
    const held = event("conversation_held", null, "2026-03-10T10:00:00.000Z");
    const scheduled = event("meeting_scheduled", null, "2026-03-05T10:00:00.000Z");
    expect(deriveStage([held, scheduled, sent])).toBe("met");
    expect(deriveStage([held, sent, scheduled])).toBe("met");
  });

  it("follows an edit: moving the conversation before the scheduling changes the stage", () => {
    const scheduled = event("meeting_scheduled", null, "2026-03-05T10:00:00.000Z");
    const held = event("conversation_held", null, "2026-03-10T10:00:00.000Z");
    expect(deriveStage([scheduled, held])).toBe("met");
    const edited = { ...held, occurredAt: "2026-03-01T10:00:00.000Z" };
    expect(deriveStage([scheduled, edited])).toBe("scheduled");
  });

  it("breaks ties at the same instant by the order entries were logged", () => {
    const at = "2026-03-05T10:00:00.000Z";
    const first = {
      ...event("meeting_scheduled", null, at),
      createdAt: "2026-03-05T10:00:01.000Z",
    };
    const second = {
      ...event("conversation_held", null, at),
      createdAt: "2026-03-05T10:00:02.000Z",
    };
    expect(deriveStage([second, first])).toBe("met");
  });

  it("removing the only outreach returns them to identified", () => {
    const entries = [event("email_sent")];
    expect(deriveStage(entries)).toBe("contacted");
    expect(deriveStage(entries.slice(1))).toBe("identified");
  });
});

describe("nextStage covers every stage for every kind", () => {
  const allStages: Stage[] = [
    "identified",
    "contacted",
    "following_up",
    "scheduled",
    "met",
    "thanked",
    "keeping_in_touch",
    "declined",
    "paused",
  ];
  it("a conversation held always means met, and scheduling always means scheduled", () => {
    for (const stage of allStages) {
      expect(nextStage(stage, event("conversation_held"))).toBe("met");
      expect(nextStage(stage, event("meeting_scheduled"))).toBe("scheduled");
      expect(nextStage(stage, event("note"))).toBe(stage);
    }
  });
});

describe("last touch and days since", () => {
  it("counts touches but not notes or snafus", () => {
    const entries = [
      event("email_sent", null, "2026-03-01T10:00:00.000Z"),
      event("note", null, "2026-03-09T10:00:00.000Z"),
      event("snafu", null, "2026-03-08T10:00:00.000Z"),
      event("call", "voicemail", "2026-03-04T10:00:00.000Z"),
    ];
    expect(lastTouch(entries)).toBe("2026-03-04T10:00:00.000Z");
    expect(lastTouch([event("note")])).toBeNull();
  });

  it("counts whole days and never goes negative", () => {
    const now = new Date("2026-03-11T09:59:59.000Z");
    expect(daysSince("2026-03-04T10:00:00.000Z", now)).toBe(6);
    expect(daysSince("2026-03-04T09:59:59.000Z", now)).toBe(7);
    expect(daysSince("2026-03-12T00:00:00.000Z", now)).toBe(0);
    expect(daysSince(null, now)).toBeNull();
  });
});
