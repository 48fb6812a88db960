import { describe, expect, it } from "vitest";
import { generateLogs, type LogPlan, times } from "../../../test/insights-logs.js";
import { emptyInsightsData } from "./insights-data.js";
import { effortView, insightsListLimits } from "./insights-view.js";

/**
 * Thirteen people, p1…p13 in this order, each as far as their plan says; the figures below
 * are counted from the plans by hand.
 */
const plans: LogPlan[] = [
  ...times(1, { furthest: "identified", person: { organizationName: "Acme", location: "Leeds" } }),
  { furthest: "identified", person: { organizationName: "Acme", location: "Leeds, UK" } },
  {
    furthest: "contacted",
    channel: "letter",
    person: { organizationName: "Acme", source: "alumni", referredById: "p12" },
  },
  {
    furthest: "contacted",
    channel: "networking_site",
    person: { organizationName: "Globex", referredById: "gone" },
  },
  { furthest: "contacted", channel: "phone", person: { organizationName: "Globex" } },
  { furthest: "declined", replyAfterDays: 5, person: { source: "alumni", location: "leeds" } },
  { furthest: "answered_call" },
  { furthest: "scheduled", replyAfterDays: 1, person: { referredById: "p10" } },
  { furthest: "scheduled", replyAfterDays: 3, person: { referredById: "p10" } },
  { furthest: "met", replyAfterDays: 4, person: { organizationName: "Globex", source: "friend" } },
  { furthest: "met", replyAfterDays: 6, person: { organizationName: "Globex", source: "friend" } },
  { furthest: "thanked", replyAfterDays: 2, person: { source: "alumni" } },
  { furthest: "keeping_in_touch", replyAfterDays: 10, person: { organizationName: "Initech" } },
];

function counts(view: ReturnType<typeof effortView>["funnel"]) {
  return view.map((row) => row.count);
}

describe("effort on generated logs", () => {
  for (const seed of [1, 2, 3]) {
    it(`counts the funnel as ever reached, each step over the one before (seed ${seed})`, () => {
      const view = effortView(generateLogs(plans, seed), "Europe/London");
      expect(view.people).toBe(13);
      expect(view.funnel.map((row) => [row.step, row.count, row.rateFromPrevious])).toEqual([
        ["identified", 13, null],
        ["contacted", 11, 11 / 13],
        ["replied", 8, 8 / 11],
        ["scheduled", 6, 6 / 8],
        ["met", 4, 4 / 6],
        ["thanked", 2, 2 / 4],
        ["keeping_in_touch", 1, 1 / 2],
      ]);
      // 0 (the answered call), 1, 2, 3, 4, 5 (the decline), 6, 10.
      expect(view.daysToFirstAnswer).toEqual({
        count: 8,
        median: 3.5,
        lowerQuartile: 1.75,
        upperQuartile: 5.25,
        min: 0,
        max: 10,
      });
    });
  }

  it("breaks down by organization, biggest first, not recorded among ties last", () => {
    const { groups, more } = effortView(generateLogs(plans), "UTC").breakdowns.organization;
    expect(more).toBe(0);
    expect(groups.map((group) => [group.value, group.people, counts(group.funnel)])).toEqual([
      [null, 5, [5, 5, 5, 3, 1, 1, 0]],
      ["Globex", 4, [4, 4, 2, 2, 2, 0, 0]],
      ["Acme", 3, [3, 1, 0, 0, 0, 0, 0]],
      ["Initech", 1, [1, 1, 1, 1, 1, 1, 1]],
    ]);
    expect(groups[0]?.daysToFirstAnswer).toMatchObject({ count: 5, median: 2 });
    expect(groups[1]?.daysToFirstAnswer).toMatchObject({ count: 2, median: 5 });
    expect(groups[2]?.daysToFirstAnswer.count).toBe(0);
  });

  it("breaks down by source, by the first outreach's channel and by introduced vs cold", () => {
    const { breakdowns } = effortView(generateLogs(plans), "UTC");
    expect(breakdowns.source.groups.map((group) => [group.value, group.people])).toEqual([
      [null, 8],
      ["alumni", 3],
      ["friend", 2],
    ]);
    const channels = breakdowns.channel.groups;
    expect(channels.map((group) => [group.value, group.people, counts(group.funnel)])).toEqual([
      ["email", 7, [7, 7, 7, 6, 4, 2, 1]],
      ["phone", 2, [2, 2, 1, 0, 0, 0, 0]],
      [null, 2, [2, 0, 0, 0, 0, 0, 0]],
      ["letter", 1, [1, 1, 0, 0, 0, 0, 0]],
      ["networking_site", 1, [1, 1, 0, 0, 0, 0, 0]],
    ]);
    // E-mail: 1, 2, 3, 4, 5, 6, 10 days.
    expect(channels[0]?.daysToFirstAnswer).toEqual({
      count: 7,
      median: 4,
      lowerQuartile: 2.5,
      upperQuartile: 5.5,
      min: 1,
      max: 10,
    });
    // Someone whose introducer was deleted was still introduced.
    expect(breakdowns.introduced.groups.map((group) => [group.value, group.people])).toEqual([
      ["cold", 9],
      ["introduced", 4],
    ]);
  });

  it("breaks down by location by the place's leading name, as the filter matches it", () => {
    const { groups } = effortView(generateLogs(plans), "UTC").breakdowns.location;
    expect(groups.map((group) => [group.value, group.people])).toEqual([
      [null, 10],
      ["Leeds", 3],
    ]);
  });

  it("counts referrals per introducer, deleted introducers ignored, and per person met", () => {
    const { referrals } = effortView(generateLogs(plans), "UTC");
    expect(referrals).toEqual({
      referrals: 3,
      // Met: p10, p11, p12, p13; introduced by them: p8, p9 (p10) and p3 (p12).
      perPersonMet: 3 / 4,
      introducers: [
        { personId: "p10", name: "Person 10", introduced: 2 },
        { personId: "p12", name: "Person 12", introduced: 1 },
      ],
      more: 0,
    });
  });

  it("counts entries per week from the first to the last, gaps as 0", () => {
    const weeks = effortView(generateLogs(plans, 1), "UTC").activityPerWeek;
    const total = weeks.reduce((sum, week) => sum + week.entries, 0);
    // 11 outreaches, 7 answers (the answered call is its own), 6 bookings, 4 held, 2 thanks, 1 update.
    expect(total).toBe(31);
    expect(
      weeks.every((week, index) => index === 0 || week.weekOf > (weeks[index - 1]?.weekOf ?? "")),
    ).toBe(true);
  });

  it("is all zeros and nulls with nobody, and one person's own figures with one", () => {
    const empty = effortView(emptyInsightsData, "UTC");
    expect(empty).toEqual({
      people: 0,
      funnel: [
        { step: "identified", count: 0, rateFromPrevious: null },
        { step: "contacted", count: 0, rateFromPrevious: null },
        { step: "replied", count: 0, rateFromPrevious: null },
        { step: "scheduled", count: 0, rateFromPrevious: null },
        { step: "met", count: 0, rateFromPrevious: null },
        { step: "thanked", count: 0, rateFromPrevious: null },
        { step: "keeping_in_touch", count: 0, rateFromPrevious: null },
      ],
      daysToFirstAnswer: {
        count: 0,
        median: null,
        lowerQuartile: null,
        upperQuartile: null,
        min: null,
        max: null,
      },
      breakdowns: {
        organization: { groups: [], more: 0 },
        source: { groups: [], more: 0 },
        channel: { groups: [], more: 0 },
        location: { groups: [], more: 0 },
        introduced: { groups: [], more: 0 },
      },
      referrals: { referrals: 0, perPersonMet: null, introducers: [], more: 0 },
      activityPerWeek: [],
    });
    const one = effortView(generateLogs([{ furthest: "met", replyAfterDays: 3 }]), "UTC");
    expect(counts(one.funnel)).toEqual([1, 1, 1, 1, 1, 0, 0]);
    expect(one.daysToFirstAnswer).toEqual({
      count: 1,
      median: 3,
      lowerQuartile: 3,
      upperQuartile: 3,
      min: 3,
      max: 3,
    });
    expect(one.breakdowns.introduced.groups.map((group) => [group.value, group.people])).toEqual([
      ["cold", 1],
    ]);
    expect(one.referrals).toEqual({ referrals: 0, perPersonMet: 0, introducers: [], more: 0 });
  });

  it("shows at most the limit of groups and introducers, counting the rest", () => {
    const many: LogPlan[] = Array.from({ length: insightsListLimits.groups + 3 }, (_, index) => ({
      furthest: "met",
      person: { organizationName: `Org ${String(index).padStart(2, "0")}` },
    }));
    many.push(
      ...Array.from({ length: insightsListLimits.introducers + 2 }, (_, index) => ({
        furthest: "identified" as const,
        person: { referredById: `p${index + 1}` },
      })),
    );
    const view = effortView(generateLogs(many), "UTC");
    const organizations = view.breakdowns.organization;
    expect(organizations.groups).toHaveLength(insightsListLimits.groups);
    // 23 organizations and the 22 people with none: 24 groups, the biggest (none) first.
    expect(organizations.more).toBe(4);
    expect(organizations.groups.slice(0, 3).map((group) => group.value)).toEqual([
      null,
      "Org 00",
      "Org 01",
    ]);
    expect(view.referrals.referrals).toBe(22);
    expect(view.referrals.introducers).toHaveLength(insightsListLimits.introducers);
    expect(view.referrals.more).toBe(2);
    expect(view.referrals.perPersonMet).toBe(22 / 23);
  });
});
