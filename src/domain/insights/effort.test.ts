import { describe, expect, it } from "vitest";
import type { ActivityKind, ActivityOutcome, Channel } from "../activity.js";
import {
  activityPerWeek,
  breakdown,
  daysToFirstAnswer,
  type EffortEntry,
  type EffortPerson,
  firstOutreachChannel,
  referralYield,
  spreadOf,
} from "./effort.js";

function at(day: number, hour = 9): string {
  return new Date(Date.UTC(2026, 2, day, hour)).toISOString();
}
function entry(
  kind: ActivityKind,
  occurredAt: string,
  outcome: ActivityOutcome | null = null,
  channel: Channel | null = null,
): EffortEntry {
  return { kind, outcome, occurredAt, channel };
}
function person(id: string, fields: Partial<EffortPerson> = {}): EffortPerson {
  return {
    id,
    organizationName: null,
    source: null,
    location: null,
    referredById: null,
    ...fields,
  };
}

describe("time to a first answer", () => {
  it("counts days from the first outreach to the first answer after it", () => {
    expect(
      daysToFirstAnswer([
        entry("letter_sent", at(2)),
        entry("call", at(9), "voicemail"),
        entry("reply_received", at(12, 21)),
      ]),
    ).toBe(10.5);
    expect(daysToFirstAnswer([entry("call", at(2), "answered")])).toBe(0);
    expect(daysToFirstAnswer([entry("email_sent", at(2))])).toBeNull();
    expect(daysToFirstAnswer([entry("reply_received", at(2))])).toBeNull();
  });

  it("spreads values as median and quartiles", () => {
    expect(spreadOf([])).toEqual({
      count: 0,
      median: null,
      lowerQuartile: null,
      upperQuartile: null,
      min: null,
      max: null,
    });
    expect(spreadOf([7, 1, 3, 5])).toEqual({
      count: 4,
      median: 4,
      lowerQuartile: 2.5,
      upperQuartile: 5.5,
      min: 1,
      max: 7,
    });
  });
});

describe("breakdowns", () => {
  const people = [
    person("a", { organizationName: "Acme", referredById: "c" }),
    person("b", { organizationName: "Acme" }),
    person("c", { organizationName: "Globex" }),
    person("d"),
  ];
  const logs = new Map<string, EffortEntry[]>([
    ["a", [entry("email_sent", at(1)), entry("reply_received", at(3))]],
    ["b", [entry("letter_sent", at(1))]],
    ["c", [entry("network_message_sent", at(1)), entry("conversation_held", at(10))]],
  ]);

  it("groups by organization, biggest first, not recorded last", () => {
    const groups = breakdown("organization", people, logs);
    expect(groups.map((group) => [group.value, group.people, group.funnel[2]?.count])).toEqual([
      ["Acme", 2, 1],
      ["Globex", 1, 1],
      [null, 1, 0],
    ]);
    expect(groups[0]?.daysToFirstAnswer.median).toBe(2);
  });

  it("groups by the first outreach's channel and by introduced vs cold", () => {
    expect(firstOutreachChannel(logs.get("c") ?? [])).toBe("networking_site");
    expect(breakdown("channel", people, logs).map((group) => group.value)).toEqual([
      "email",
      "letter",
      "networking_site",
      null,
    ]);
    expect(
      breakdown("introduced", people, logs).map((group) => [group.value, group.people]),
    ).toEqual([
      ["cold", 3],
      ["introduced", 1],
    ]);
  });

  it("counts referrals by introducer and per person met", () => {
    expect(referralYield(people, new Set(["c"]))).toEqual({
      referrals: 1,
      byIntroducer: [{ personId: "c", introduced: 1 }],
      perPersonMet: 1,
    });
    expect(referralYield([], new Set())).toEqual({
      referrals: 0,
      byIntroducer: [],
      perPersonMet: null,
    });
  });
});

describe("activity per week", () => {
  it("counts per Monday-start week in the zone, with empty weeks between", () => {
    // 2026-03-01 is a Sunday; 23:30 UTC on Sunday is already Monday in Berlin.
    expect(
      activityPerWeek(
        [
          { occurredAt: "2026-03-01T23:30:00.000Z" },
          { occurredAt: "2026-03-03T10:00:00.000Z" },
          { occurredAt: "2026-03-17T10:00:00.000Z" },
        ],
        "Europe/Berlin",
      ),
    ).toEqual([
      { weekOf: "2026-03-02", entries: 2 },
      { weekOf: "2026-03-09", entries: 0 },
      { weekOf: "2026-03-16", entries: 1 },
    ]);
    expect(activityPerWeek([{ occurredAt: "2026-03-01T23:30:00.000Z" }], "UTC")).toEqual([
      { weekOf: "2026-02-23", entries: 1 },
    ]);
  });
});
