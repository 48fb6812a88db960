import { describe, expect, it } from "vitest";
import type { InsightsEntry, InsightsPerson } from "../domain/insights/insights-data.js";
import { emptyInsightsData } from "../domain/insights/insights-data.js";
import { effortView, themesView } from "../domain/insights/insights-view.js";
import {
  filterWords,
  formatInsights,
  type InsightsReport,
  insightsJson,
  terminalLimits,
} from "./insights-format.js";

function person(id: string, overrides: Partial<InsightsPerson> = {}): InsightsPerson {
  return {
    id,
    name: id,
    organizationName: null,
    source: null,
    location: null,
    referredById: null,
    targetIds: [],
    stage: "identified",
    createdAt: "2026-10-01T09:00:00.000Z",
    ...overrides,
  };
}

let sequence = 0;
function entry(
  personId: string,
  kind: InsightsEntry["kind"],
  occurredAt: string,
  extra: Partial<InsightsEntry> = {},
): InsightsEntry {
  sequence += 1;
  return {
    id: `e${sequence}`,
    personId,
    kind,
    outcome: null,
    channel: null,
    occurredAt,
    createdAt: occurredAt,
    scheduledFor: null,
    ...extra,
  };
}

const noFilter = { interest: null, location: null, from: null, to: null };

/** Three people: Ada answered in half a day and was met; Ben (introduced by Ada) was written to. */
function report(): InsightsReport {
  const people = [
    person("Ada", { source: "alumni" }),
    person("Ben", { source: "referral", referredById: "Ada" }),
    person("Cy"),
  ];
  const entries = [
    entry("Ada", "email_sent", "2026-11-01T09:00:00.000Z"),
    entry("Ada", "reply_received", "2026-11-01T21:00:00.000Z"),
    entry("Ada", "meeting_scheduled", "2026-11-02T09:00:00.000Z", {
      id: "m1",
      scheduledFor: "2026-11-05T15:00:00.000Z",
    }),
    entry("Ada", "conversation_held", "2026-11-05T15:00:00.000Z"),
    entry("Ben", "letter_sent", "2026-11-03T09:00:00.000Z"),
  ];
  const data = {
    ...emptyInsightsData,
    people,
    entries,
    takeaways: [
      { id: "t1", activityId: "m1", personId: "Ada", tag: "skill" as const, text: "Learn SQL" },
    ],
  };
  return { effort: effortView(data, "UTC"), themes: themesView(data), filter: noFilter };
}

describe("rapport insights as text", () => {
  it("lays out the funnel, answer times, introductions, breakdowns and themes", () => {
    expect(formatInsights(report())).toEqual([
      "Effort and yield: everyone, all time",
      "3 people counted.",
      "",
      "How far people got",
      "  Identified         3",
      "  Contacted          2   67% of those identified",
      "  Replied            1   50% of those contacted",
      "  Scheduled          1   100% of those who replied",
      "  Met                1   100% of those scheduled",
      "  Thanked            0   0% of those met",
      "  Keeping in touch   0",
      "",
      "Time to a first answer (from the first letter, e-mail, message or call)",
      "  Median 0.5 days · middle half 0.5 days · 1 person answered",
      "",
      "Introductions",
      "  1 person was introduced by someone in your log; 1 per person you met.",
      "  Most introductions: Ada 1",
      "",
      "By how you found them",
      "                People  Contacted   Replied  Met  Answer in",
      "  Alumni             1          1  1 (100%)    1   0.5 days",
      "  Referral           1          1    0 (0%)    0          –",
      "  Not recorded       1          0         0    0          –",
      "",
      "Introduced or found yourself",
      "                         People  Contacted   Replied  Met  Answer in",
      "  Found yourself              2          1  1 (100%)    1   0.5 days",
      "  Introduced by someone       1          1    0 (0%)    0          –",
      "",
      "  Replied: of those contacted. Answer in: the median time to a first answer.",
      "",
      "What keeps coming up (1 person with takeaways)",
      "  1 of 1   Skill   Learn SQL",
    ]);
  });

  it("says there is nothing to count yet, and still shows the zeros", () => {
    const data = emptyInsightsData;
    expect(
      formatInsights({
        effort: effortView(data, "UTC"),
        themes: themesView(data),
        filter: noFilter,
      }),
    ).toEqual([
      "Effort and yield: everyone, all time",
      "Nothing to count yet: add the people you would like to talk to, and log your letters, calls and conversations as they happen.",
      "",
      "How far people got",
      "  Identified         0",
      "  Contacted          0",
      "  Replied            0",
      "  Scheduled          0",
      "  Met                0",
      "  Thanked            0",
      "  Keeping in touch   0",
      "",
      "Time to a first answer (from the first letter, e-mail, message or call)",
      "  No answers yet.",
      "",
      "Introductions",
      "  0 people were introduced by someone in your log.",
    ]);
  });

  it("shows a few themes, the most people first", () => {
    const base = report();
    const themes = Array.from({ length: 8 }, (_, index) => ({
      tag: "advice" as const,
      key: `k${index}`,
      label: `Theme ${index}`,
      people: 8 - index,
      sources: [],
    }));
    const lines = formatInsights({
      ...base,
      themes: { peopleWithTakeaways: 12, takeaways: 40, themes, more: 0 },
    });
    expect(lines.slice(-terminalLimits.themes - 1)).toEqual([
      "What keeps coming up (12 people with takeaways)",
      "  8 of 12   Advice   Theme 0",
      "  7 of 12   Advice   Theme 1",
      "  6 of 12   Advice   Theme 2",
      "  5 of 12   Advice   Theme 3",
      "  4 of 12   Advice   Theme 4",
    ]);
  });
});

describe("the filter in words", () => {
  it("names the interest, the place and the period", () => {
    expect(filterWords(noFilter)).toBe("everyone, all time");
    expect(
      filterWords({
        interest: "Health data",
        location: "Baltimore, MD",
        from: "2026-11-01",
        to: "2026-11-30",
      }),
    ).toBe("Health data · Baltimore, MD · 1\u2009–\u200930 Nov 2026");
    expect(filterWords({ ...noFilter, from: "2026-03-02" })).toBe("from 2 Mar 2026");
    expect(filterWords({ ...noFilter, to: "2026-03-02" })).toBe("until 2 Mar 2026");
  });
});

describe("rapport insights --json", () => {
  it("maps each step to its count, the referrals to a number, and keeps the other figures", () => {
    const json = insightsJson(report());
    expect(json.funnel).toEqual({
      identified: 3,
      contacted: 2,
      replied: 1,
      scheduled: 1,
      met: 1,
      thanked: 0,
      keeping_in_touch: 0,
    });
    expect(json.rates).toEqual({
      identified: null,
      contacted: 2 / 3,
      replied: 0.5,
      scheduled: 1,
      met: 1,
      thanked: 0,
      keeping_in_touch: null,
    });
    expect(json.referrals).toBe(1);
    expect(json.referralsPerPersonMet).toBe(1);
    expect(json.introducers).toEqual([{ personId: "Ada", name: "Ada", introduced: 1 }]);
    expect(json.daysToFirstAnswer).toEqual({
      count: 1,
      median: 0.5,
      lowerQuartile: 0.5,
      upperQuartile: 0.5,
      min: 0.5,
      max: 0.5,
    });
    expect(Object.keys(json.breakdowns)).toEqual([
      "organization",
      "source",
      "channel",
      "location",
      "introduced",
    ]);
    expect(json.breakdowns.channel).toEqual({
      groups: [
        {
          value: "email",
          label: "E-mail",
          people: 1,
          funnel: {
            identified: 1,
            contacted: 1,
            replied: 1,
            scheduled: 1,
            met: 1,
            thanked: 0,
            keeping_in_touch: 0,
          },
          daysToFirstAnswer: json.daysToFirstAnswer,
        },
        {
          value: "letter",
          label: "Letter",
          people: 1,
          funnel: {
            identified: 1,
            contacted: 1,
            replied: 0,
            scheduled: 0,
            met: 0,
            thanked: 0,
            keeping_in_touch: 0,
          },
          daysToFirstAnswer: {
            count: 0,
            median: null,
            lowerQuartile: null,
            upperQuartile: null,
            min: null,
            max: null,
          },
        },
        expect.objectContaining({ value: null, label: "Not recorded", people: 1 }),
      ],
      more: 0,
    });
    expect(json.themes).toEqual({
      peopleWithTakeaways: 1,
      takeaways: 1,
      top: [{ tag: "skill", label: "Learn SQL", people: 1 }],
      more: 0,
    });
  });
});
