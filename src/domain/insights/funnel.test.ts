import { describe, expect, it } from "vitest";
import type { ActivityKind, ActivityOutcome } from "../activity.js";
import { type FunnelEntry, funnel, funnelCounts, furthestStep } from "./funnel.js";

let minute = 0;
function entry(kind: ActivityKind, outcome: ActivityOutcome | null = null): FunnelEntry {
  minute += 1;
  return { kind, outcome, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString() };
}

describe("the funnel", () => {
  it("counts nobody on an empty log and one identified person with no entries", () => {
    expect(funnelCounts(funnel([]))).toEqual({
      identified: 0,
      contacted: 0,
      replied: 0,
      scheduled: 0,
      met: 0,
      thanked: 0,
      keeping_in_touch: 0,
    });
    expect(funnel([[]]).map((row) => [row.step, row.count, row.rateFromPrevious])).toEqual([
      ["identified", 1, null],
      ["contacted", 0, 0],
      ["replied", 0, null],
      ["scheduled", 0, null],
      ["met", 0, null],
      ["thanked", 0, null],
      ["keeping_in_touch", 0, null],
    ]);
  });

  it("counts a decline and an answered call as a reply, a voicemail not", () => {
    expect(furthestStep([entry("email_sent"), entry("declined", "no")])).toBe(2);
    expect(furthestStep([entry("call", "answered")])).toBe(2);
    expect(furthestStep([entry("call", "voicemail")])).toBe(1);
  });

  it("lets a later step pass the earlier ones", () => {
    // Met at an event, no letter logged: still contacted and replied.
    const counts = funnelCounts(funnel([[entry("conversation_held")]]));
    expect(counts).toEqual({
      identified: 1,
      contacted: 1,
      replied: 1,
      scheduled: 1,
      met: 1,
      thanked: 0,
      keeping_in_touch: 0,
    });
  });

  it("thanks only after meeting, and keeps in touch only after the thanks", () => {
    // Thanks for an introduction before any conversation is not "thanked".
    expect(furthestStep([entry("thank_you_sent"), entry("update_sent")])).toBe(0);
    expect(furthestStep([entry("conversation_held"), entry("thank_you_sent"), entry("note")])).toBe(
      5,
    );
    expect(
      furthestStep([entry("conversation_held"), entry("thank_you_sent"), entry("update_sent")]),
    ).toBe(6);
  });

  it("rates each step over the one before", () => {
    const rows = funnel([
      [entry("email_sent"), entry("reply_received"), entry("meeting_scheduled")],
      [entry("email_sent")],
      [entry("letter_sent"), entry("reply_received")],
      [],
    ]);
    expect(rows.map((row) => [row.count, row.rateFromPrevious])).toEqual([
      [4, null],
      [3, 0.75],
      [2, 2 / 3],
      [1, 0.5],
      [0, 0],
      [0, null],
      [0, null],
    ]);
  });
});

describe("the funnel after thanks", () => {
  it("counts another conversation after the thanks as keeping in touch", () => {
    expect(
      furthestStep([
        entry("conversation_held"),
        entry("thank_you_sent"),
        entry("conversation_held"),
      ]),
    ).toBe(6);
    // A second thank-you (for an introduction, say) is not keeping in touch.
    expect(
      furthestStep([entry("conversation_held"), entry("thank_you_sent"), entry("thank_you_sent")]),
    ).toBe(5);
    // Thanks, then a conversation, then thanks again: thanked, not yet kept in touch.
    expect(
      furthestStep([entry("thank_you_sent"), entry("conversation_held"), entry("thank_you_sent")]),
    ).toBe(5);
  });

  it("orders the log by time, whatever order it arrives in", () => {
    const held = entry("conversation_held");
    const thanks = entry("thank_you_sent");
    const update = entry("update_sent");
    expect(furthestStep([update, thanks, held])).toBe(6);
    expect(funnel([[update, thanks, held], []]).map((row) => row.count)).toEqual([
      2, 1, 1, 1, 1, 1, 1,
    ]);
  });
});
