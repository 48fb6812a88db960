import { describe, expect, it } from "vitest";
import type { ActivityKind, ActivityOutcome, Channel } from "../activity.js";
import {
  activityPerWeek,
  breakdown,
  daysToFirstAnswer,
  type EffortEntry,
  type EffortPerson,
  firstOutreachChannel,
  personEffort,
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

describe("activity per week across a clock change", () => {
  it("keeps Monday-start weeks in London over the end of summer time, gaps as 0", () => {
    // Summer time ends on Sunday 25 October 2026: that week is 169 hours long.
    expect(
      activityPerWeek(
        [
          { occurredAt: "2026-11-10T12:00:00.000Z" },
          // 00:30 on Monday 12 October in London (summer time), still Sunday in UTC.
          { occurredAt: "2026-10-11T23:30:00.000Z" },
          { occurredAt: "2026-10-18T23:30:00.000Z" },
          // 23:30 on Sunday 25 October, after the clocks went back: the same week.
          { occurredAt: "2026-10-25T23:30:00.000Z" },
          { occurredAt: "2026-10-26T00:30:00.000Z" },
        ],
        "Europe/London",
      ),
    ).toEqual([
      { weekOf: "2026-10-12", entries: 1 },
      { weekOf: "2026-10-19", entries: 2 },
      { weekOf: "2026-10-26", entries: 1 },
      { weekOf: "2026-11-02", entries: 0 },
      { weekOf: "2026-11-09", entries: 1 },
    ]);
    expect(activityPerWeek([], "Europe/London")).toEqual([]);
  });

  it("spreads an odd count by its middle values, one value as itself", () => {
    expect(spreadOf([4, 0, 3, 1, 2])).toEqual({
      count: 5,
      median: 2,
      lowerQuartile: 1,
      upperQuartile: 3,
      min: 0,
      max: 4,
    });
    expect(spreadOf([2.5])).toEqual({
      count: 1,
      median: 2.5,
      lowerQuartile: 2.5,
      upperQuartile: 2.5,
      min: 2.5,
      max: 2.5,
    });
  });

  it("answers from the first outreach, not an earlier reply, and a booking counts as an answer", () => {
    expect(
      daysToFirstAnswer([
        entry("reply_received", at(1)),
        entry("email_sent", at(2)),
        entry("meeting_scheduled", at(6)),
      ]),
    ).toBe(4);
    // Logged out of order: the log is ordered by time first.
    expect(daysToFirstAnswer([entry("declined", at(9), "no"), entry("letter_sent", at(3))])).toBe(
      6,
    );
    expect(daysToFirstAnswer([])).toBeNull();
    expect(firstOutreachChannel([])).toBeNull();
    expect(
      firstOutreachChannel([entry("call", at(5), "voicemail"), entry("email_sent", at(2))]),
    ).toBe("email");
  });
});

describe("breakdowns and referrals of nobody and of one person", () => {
  it("has no groups with nobody, one group per dimension with one person", () => {
    expect(breakdown("organization", [], new Map())).toEqual([]);
    const one = [person("a", { organizationName: "Acme", location: "Leeds, UK" })];
    const log = new Map([["a", [entry("call", at(1), "answered")]]]);
    expect(breakdown("channel", one, log)).toEqual([
      {
        value: "phone",
        people: 1,
        funnel: [
          { step: "identified", count: 1, rateFromPrevious: null },
          { step: "contacted", count: 1, rateFromPrevious: 1 },
          { step: "replied", count: 1, rateFromPrevious: 1 },
          { step: "scheduled", count: 0, rateFromPrevious: 0 },
          { step: "met", count: 0, rateFromPrevious: null },
          { step: "thanked", count: 0, rateFromPrevious: null },
          { step: "keeping_in_touch", count: 0, rateFromPrevious: null },
        ],
        daysToFirstAnswer: {
          count: 1,
          median: 0,
          lowerQuartile: 0,
          upperQuartile: 0,
          min: 0,
          max: 0,
        },
      },
    ]);
    expect(breakdown("location", one, log).map((group) => group.value)).toEqual(["Leeds"]);
    expect(breakdown("source", one, log).map((group) => group.value)).toEqual([null]);
  });

  it("ignores introducers not among the live people, and an introducer never met", () => {
    const people = [
      person("a"),
      person("b", { referredById: "a" }),
      person("c", { referredById: "deleted" }),
    ];
    expect(referralYield(people, new Set())).toEqual({
      referrals: 1,
      byIntroducer: [{ personId: "a", introduced: 1 }],
      perPersonMet: null,
    });
    // Met b, who introduced nobody: 0 per person met.
    expect(referralYield(people, new Set(["b"])).perPersonMet).toBe(0);
  });
});

describe("personEffort", () => {
  const log = [
    {
      id: "b",
      kind: "email_sent",
      outcome: null,
      channel: "email",
      occurredAt: "2026-03-02T10:00:30.000Z",
    },
    {
      id: "a",
      kind: "reply_received",
      outcome: null,
      channel: null,
      occurredAt: "2026-03-04T10:00:30.000Z",
    },
    {
      id: "c",
      kind: "meeting_scheduled",
      outcome: null,
      channel: "video",
      occurredAt: "2026-02-20T08:00:00.000Z",
    },
  ] as const;

  // Seconds are dropped: a week starts on a whole minute in every zone.
  it("keeps the log's facts and the minute of each entry in the period, in time order", () => {
    const all = personEffort(log);
    expect(all).toEqual({
      furthest: 3,
      daysToFirstAnswer: 2,
      firstOutreachChannel: "email",
      activityMinutes: [
        Date.parse("2026-02-20T08:00:00.000Z") / 60_000,
        Date.parse("2026-03-02T10:00:00.000Z") / 60_000,
        Date.parse("2026-03-04T10:00:00.000Z") / 60_000,
      ],
    });
    const march = { start: Date.parse("2026-03-01T00:00:00.000Z"), end: Number.POSITIVE_INFINITY };
    expect(personEffort(log, march).activityMinutes).toEqual(all.activityMinutes.slice(1));
  });

  it("gives the same facts whatever order the entries come in", () => {
    const reversed = [...log].reverse();
    expect(personEffort(reversed)).toEqual(personEffort(log));
  });
});
