import { describe, expect, it } from "vitest";
import type { Target } from "../profile.js";
import type { CheckIn } from "./check-in.js";
import { compare } from "./compare.js";
import {
  applyInsightsFilter,
  emptyInsightsData,
  type InsightsData,
  type InsightsEntry,
  type InsightsPerson,
  noInsightsFilter,
  periodBounds,
} from "./insights-data.js";
import { effortView, themesView } from "./insights-view.js";

const targets: Target[] = [
  { id: "law", kind: "field", label: "Environmental law", flexibility: null },
  { id: "analyst", kind: "role", label: "Analyst", flexibility: null },
  { id: "leeds", kind: "location", label: "Leeds, West Yorkshire", flexibility: "home_base" },
];

function person(id: string, fields: Partial<InsightsPerson>): InsightsPerson {
  return {
    id,
    name: id.toUpperCase(),
    organizationName: null,
    source: null,
    location: null,
    referredById: null,
    targetIds: [],
    stage: "identified",
    createdAt: "2026-08-01T09:00:00.000Z",
    ...fields,
  };
}

function entry(
  id: string,
  personId: string,
  kind: InsightsEntry["kind"],
  occurredAt: string,
  scheduledFor: string | null = null,
): InsightsEntry {
  return {
    id,
    personId,
    kind,
    outcome: null,
    channel: null,
    occurredAt,
    createdAt: occurredAt,
    scheduledFor,
  };
}

function checkIn(id: string, targetId: string | null, checkedAt: string): CheckIn {
  return { id, targetId, rating: 4, note: null, checkedAt };
}

/** October 2026 in London: 30 Sep 23:00 UTC (summer time) to 1 Nov 00:00 UTC (winter time). */
const data: InsightsData = {
  people: [
    person("ana", { location: "Leeds, UK", targetIds: ["law"] }),
    // In London, but tagged with the Leeds location target.
    person("ben", { location: "London", targetIds: ["law", "leeds"] }),
    person("cy", { location: "leeds", createdAt: "2026-10-10T09:00:00.000Z" }),
    person("dee", { targetIds: ["analyst"] }),
  ],
  entries: [
    entry("ana-1", "ana", "email_sent", "2026-09-30T22:59:59.000Z"),
    entry("ana-2", "ana", "reply_received", "2026-09-30T23:00:00.000Z"),
    // Booked in September for 5 October, held then.
    entry(
      "ana-3",
      "ana",
      "meeting_scheduled",
      "2026-09-20T09:00:00.000Z",
      "2026-10-05T10:00:00.000Z",
    ),
    entry("ana-4", "ana", "conversation_held", "2026-10-05T10:00:00.000Z"),
    // Booked in October for 3 November.
    entry(
      "ben-1",
      "ben",
      "meeting_scheduled",
      "2026-10-20T09:00:00.000Z",
      "2026-11-03T10:00:00.000Z",
    ),
    entry("ben-2", "ben", "note", "2026-10-31T23:59:59.000Z"),
    entry("ben-3", "ben", "conversation_held", "2026-11-03T10:00:00.000Z"),
    entry("dee-1", "dee", "email_sent", "2026-08-10T09:00:00.000Z"),
  ],
  takeaways: [
    { id: "t-ana", activityId: "ana-3", personId: "ana", tag: "skill", text: "learn SQL" },
    { id: "t-ben", activityId: "ben-1", personId: "ben", tag: "skill", text: "SQL skills" },
  ],
  reflections: [
    {
      activityId: "ana-3",
      ratings: { confidence: 4, competence: null, communication: 2, character: null, chemistry: 5 },
    },
    {
      activityId: "ben-1",
      ratings: { confidence: 2, competence: 3, communication: null, character: null, chemistry: 1 },
    },
  ],
  checkIns: [
    checkIn("k1", "law", "2026-09-15T09:00:00.000Z"),
    checkIn("k2", "law", "2026-10-15T09:00:00.000Z"),
    checkIn("k3", null, "2026-10-15T09:00:00.000Z"),
  ],
  targets,
};

const october = { ...noInsightsFilter, from: "2026-10-01", to: "2026-10-31" };

function ids(rows: readonly { id: string }[]) {
  return rows.map((row) => row.id);
}

describe("the period", () => {
  it("runs from the first day's start to the end of the last day in the zone", () => {
    expect(periodBounds(october, "Europe/London")).toEqual({
      start: Date.parse("2026-09-30T23:00:00.000Z"),
      end: Date.parse("2026-11-01T00:00:00.000Z"),
    });
    expect(periodBounds({ from: "2026-10-25", to: "2026-10-25" }, "Europe/London")).toEqual({
      start: Date.parse("2026-10-24T23:00:00.000Z"),
      // The day the clocks go back is 25 hours long.
      end: Date.parse("2026-10-26T00:00:00.000Z"),
    });
    expect(periodBounds(noInsightsFilter, "UTC")).toEqual({
      start: Number.NEGATIVE_INFINITY,
      end: Number.POSITIVE_INFINITY,
    });
  });
});

describe("the insights filter", () => {
  it("keeps everything without a filter, and nothing of nothing", () => {
    expect(applyInsightsFilter(data, noInsightsFilter, "UTC")).toEqual(data);
    expect(applyInsightsFilter(emptyInsightsData, october, "UTC")).toEqual(emptyInsightsData);
  });

  it("narrows to people tagged with the interest, and check-ins to it", () => {
    const law = applyInsightsFilter(data, { ...noInsightsFilter, interest: "law" }, "UTC");
    expect(ids(law.people)).toEqual(["ana", "ben"]);
    expect(ids(law.entries)).toEqual([
      "ana-1",
      "ana-2",
      "ana-3",
      "ana-4",
      "ben-1",
      "ben-2",
      "ben-3",
    ]);
    expect(ids(law.takeaways)).toEqual(["t-ana", "t-ben"]);
    expect(ids(law.checkIns)).toEqual(["k1", "k2"]);
  });

  it("matches a place by its leading name, or a person tagged with that location", () => {
    for (const place of ["Leeds", "leeds, England", " Leeds (city centre) "]) {
      const leeds = applyInsightsFilter(data, { ...noInsightsFilter, location: place }, "UTC");
      expect(ids(leeds.people)).toEqual(["ana", "ben", "cy"]);
    }
    const london = applyInsightsFilter(data, { ...noInsightsFilter, location: "London" }, "UTC");
    expect(ids(london.people)).toEqual(["ben"]);
    const nowhere = applyInsightsFilter(data, { ...noInsightsFilter, location: "Paris" }, "UTC");
    expect(nowhere.people).toEqual([]);
    expect(nowhere.entries).toEqual([]);
    expect(nowhere.takeaways).toEqual([]);
  });

  it("keeps a period's people, entries in it, and what follows a conversation held in it", () => {
    const inOctober = applyInsightsFilter(data, october, "Europe/London");
    // Dee did nothing in October and was added before it; Cy was added in it.
    expect(ids(inOctober.people)).toEqual(["ana", "ben", "cy"]);
    // The first instant and the last second of the period count; the booking made in
    // September for a conversation in October comes along with its conversation.
    expect(ids(inOctober.entries)).toEqual(["ana-2", "ana-3", "ana-4", "ben-1", "ben-2"]);
    // Takeaways and reflections follow when the conversation took place, not when booked.
    expect(ids(inOctober.takeaways)).toEqual(["t-ana"]);
    expect(inOctober.reflections.map((each) => each.activityId)).toEqual(["ana-3"]);
    expect(ids(inOctober.checkIns)).toEqual(["k2", "k3"]);
    const november = applyInsightsFilter(
      data,
      { ...noInsightsFilter, from: "2026-11-01" },
      "Europe/London",
    );
    expect(ids(november.people)).toEqual(["ben"]);
    expect(ids(november.entries)).toEqual(["ben-1", "ben-3"]);
    expect(ids(november.takeaways)).toEqual(["t-ben"]);
  });

  it("combines interest, place and period", () => {
    const narrowed = applyInsightsFilter(
      data,
      { interest: "law", location: "Leeds", from: "2026-10-01", to: "2026-10-31" },
      "Europe/London",
    );
    expect(ids(narrowed.people)).toEqual(["ana", "ben"]);
    expect(ids(narrowed.checkIns)).toEqual(["k2"]);
  });

  it("attributes a conversation booked before the period but held in it", () => {
    const inOctober = applyInsightsFilter(data, october, "Europe/London");
    const column = compare("field", inOctober).columns[0];
    expect(column).toMatchObject({
      key: "law",
      people: 2,
      conversationsHeld: 1,
      reflection: {
        conversations: 1,
        averages: {
          confidence: 4,
          competence: null,
          communication: 2,
          character: null,
          chemistry: 5,
        },
      },
    });
    // The booking came along for its conversation, but is no activity of October's weeks.
    const weeks = effortView(
      inOctober,
      "Europe/London",
      periodBounds(october, "Europe/London"),
    ).activityPerWeek;
    // Ana's reply (1 October, London) and her conversation; Ben's two entries. Not the
    // booking's week of 14 September.
    expect(weeks).toEqual([
      { weekOf: "2026-09-28", entries: 1 },
      { weekOf: "2026-10-05", entries: 1 },
      { weekOf: "2026-10-12", entries: 0 },
      { weekOf: "2026-10-19", entries: 1 },
      { weekOf: "2026-10-26", entries: 1 },
    ]);
    expect(themesView(inOctober).themes[0]?.sources).toEqual([
      {
        takeawayId: "t-ana",
        text: "learn SQL",
        personId: "ana",
        personName: "ANA",
        activityId: "ana-3",
        conversationAt: "2026-10-05T10:00:00.000Z",
      },
    ]);
  });
});
