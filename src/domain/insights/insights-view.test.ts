import { describe, expect, it } from "vitest";
import { generateLogs, type LogPlan } from "../../../test/insights-logs.js";
import { emptyInsightsData, type InsightsData, type InsightsPerson } from "./insights-data.js";
import { insightsListLimits, networkView, themesView } from "./insights-view.js";

function person(id: string, name: string, referredById: string | null = null): InsightsPerson {
  return {
    id,
    name,
    organizationName: id === "a" ? "Acme" : null,
    source: null,
    location: null,
    referredById,
    targetIds: [],
    stage: "identified",
    createdAt: "2026-10-01T09:00:00.000Z",
  };
}

function withPeople(people: InsightsPerson[]): InsightsData {
  return { ...emptyInsightsData, people };
}

describe("the themes view", () => {
  const said: LogPlan[] = [
    {
      furthest: "met",
      takeaways: [
        { tag: "skill", text: "learn SQL" },
        { tag: "skill", text: "learn SQL" },
        { tag: "skill", text: "design" },
      ],
    },
    {
      furthest: "met",
      takeaways: [
        { tag: "skill", text: "SQL skills" },
        { tag: "skill", text: "Design" },
      ],
    },
    {
      furthest: "thanked",
      takeaways: [
        { tag: "skill", text: "Get better at SQL" },
        { tag: "skill", text: "design portfolio" },
        { tag: "advice", text: "SQL" },
      ],
    },
    { furthest: "met" },
  ];

  it("merges wordings of one subject, counts people, labels by the most common wording", () => {
    const view = themesView(generateLogs(said));
    expect(view.peopleWithTakeaways).toBe(3);
    expect(view.takeaways).toBe(8);
    expect(view.more).toBe(0);
    expect(view.themes.map((theme) => [theme.tag, theme.key, theme.label, theme.people])).toEqual([
      ["skill", "sql", "learn SQL", 3],
      ["skill", "design", "design", 2],
      // One person each: by label.
      ["skill", "design portfolio", "design portfolio", 1],
      ["advice", "sql", "SQL", 1],
    ]);
    const sql = view.themes[0];
    expect(sql?.sources.map((source) => [source.personName, source.text])).toEqual([
      ["Person 1", "learn SQL"],
      ["Person 1", "learn SQL"],
      ["Person 2", "SQL skills"],
      ["Person 3", "Get better at SQL"],
    ]);
    // Each source names its conversation and when it took place (booked + 3 days).
    const data = generateLogs(said);
    const booking = data.entries.find((entry) => entry.id === data.conversationOf.get("p2"));
    expect(view.themes[0]?.sources[2]).toEqual({
      takeawayId: "p2-t1",
      text: "SQL skills",
      personId: "p2",
      personName: "Person 2",
      activityId: "p2-e3",
      conversationAt: booking?.scheduledFor,
    });
  });

  it("narrows to one tag, and is empty with nobody or no takeaways", () => {
    const advice = themesView(generateLogs(said), "advice");
    expect(advice.themes.map((theme) => theme.label)).toEqual(["SQL"]);
    // The "of N people" stays every person with a takeaway.
    expect(advice.peopleWithTakeaways).toBe(3);
    expect(themesView(emptyInsightsData)).toEqual({
      peopleWithTakeaways: 0,
      takeaways: 0,
      themes: [],
      more: 0,
    });
    expect(themesView(generateLogs([{ furthest: "met" }])).themes).toEqual([]);
  });

  it("leaves out takeaways of people not in the data (deleted)", () => {
    const data = generateLogs(said);
    data.people = data.people.filter((each) => each.id !== "p1");
    const view = themesView(data);
    expect(view.peopleWithTakeaways).toBe(2);
    expect(view.themes[0]).toMatchObject({ key: "sql", label: "SQL skills", people: 2 });
  });

  it("shows at most the limit of themes and counts the rest", () => {
    const many = generateLogs([
      {
        furthest: "met",
        takeaways: Array.from({ length: insightsListLimits.themes + 5 }, (_, index) => ({
          tag: "resource" as const,
          text: `Book ${index}`,
        })),
      },
    ]);
    const view = themesView(many);
    expect(view.themes).toHaveLength(insightsListLimits.themes);
    expect(view.more).toBe(5);
  });
});

describe("the network view", () => {
  const people = [
    person("e", "Eve"),
    person("d", "Dee", "b"),
    person("c", "Cy", "a"),
    person("b", "Ben", "a"),
    person("a", "Ana"),
    person("f", "Fay", "gone"),
  ];

  it("draws only the people in a chain, breadth first, biggest introducers first", () => {
    const view = networkView(withPeople(people), "Alex");
    expect(view.total).toBe(4);
    expect(view.shown).toBe(4);
    // Eve found on her own; Fay's introducer was deleted.
    expect(view.foundYourself).toBe(2);
    expect(view.nodes).toEqual([
      { id: "me", label: "Alex", stage: null, referrals: 3, organizationName: null },
      { id: "d", label: "Dee", stage: "identified", referrals: 0, organizationName: null },
      { id: "c", label: "Cy", stage: "identified", referrals: 0, organizationName: null },
      { id: "b", label: "Ben", stage: "identified", referrals: 1, organizationName: null },
      { id: "a", label: "Ana", stage: "identified", referrals: 2, organizationName: "Acme" },
    ]);
    expect(view.edges).toEqual([
      { from: "b", to: "d" },
      { from: "a", to: "c" },
      { from: "a", to: "b" },
      { from: "me", to: "a" },
    ]);
  });

  it("is the explorer alone with nobody, or with one person found on their own", () => {
    const alone = {
      nodes: [{ id: "me", label: "Me", stage: null, referrals: 0, organizationName: null }],
      edges: [],
      total: 0,
      shown: 0,
      foundYourself: 0,
    };
    expect(networkView(emptyInsightsData)).toEqual(alone);
    expect(networkView(withPeople([person("e", "Eve")]))).toEqual({
      ...alone,
      nodes: [{ ...alone.nodes[0], referrals: 1 }],
      foundYourself: 1,
    });
  });

  it("draws people who introduced each other in a loop", () => {
    const view = networkView(withPeople([person("x", "Xi", "y"), person("y", "Yu", "x")]));
    expect(view.total).toBe(2);
    expect(view.shown).toBe(2);
    expect(view.foundYourself).toBe(0);
    expect(view.edges).toEqual([
      { from: "y", to: "x" },
      { from: "x", to: "y" },
    ]);
  });

  it("draws at most the node limit, the same ones whatever order people come in", () => {
    const many = [
      person("hub", "Hub"),
      ...Array.from({ length: 400 }, (_, index) => person(`n${index}`, `Name ${index}`, "hub")),
    ];
    const view = networkView(withPeople(many));
    expect(view.total).toBe(401);
    expect(view.shown).toBe(insightsListLimits.networkNodes);
    expect(view.nodes).toHaveLength(insightsListLimits.networkNodes + 1);
    expect(view.edges).toHaveLength(insightsListLimits.networkNodes);
    const reversed = networkView(withPeople([...many].reverse()));
    const drawn = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();
    expect(drawn(reversed.nodes)).toEqual(drawn(view.nodes));
  });
});
