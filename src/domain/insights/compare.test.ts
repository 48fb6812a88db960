import { describe, expect, it } from "vitest";
import { generateLogs } from "../../../test/insights-logs.js";
import type { Target } from "../profile.js";
import { compare } from "./compare.js";
import { emptyInsightsData } from "./insights-data.js";

const targets: Target[] = [
  { id: "law", kind: "field", label: "Law", flexibility: null },
  { id: "health", kind: "field", label: "Health", flexibility: null },
  { id: "art", kind: "field", label: "Art", flexibility: null },
  { id: "analyst", kind: "role", label: "Analyst", flexibility: null },
  { id: "leeds", kind: "location", label: "Leeds", flexibility: null },
];

const unrated = {
  confidence: null,
  competence: null,
  communication: null,
  character: null,
  chemistry: null,
};

function scenario(seed = 1) {
  const data = generateLogs(
    [
      {
        furthest: "met",
        person: { targetIds: ["law"], organizationName: "Acme" },
        takeaways: [
          { tag: "skill", text: "learn SQL" },
          { tag: "skill", text: "Python" },
          { tag: "skill", text: "Figma" },
          { tag: "skill", text: "Excel" },
          { tag: "advice", text: "network more" },
        ],
        reflection: { confidence: 4, competence: 2 },
      },
      {
        furthest: "met",
        person: { targetIds: ["law"], organizationName: "Acme" },
        takeaways: [
          { tag: "skill", text: "SQL skills" },
          { tag: "skill", text: "Python skills" },
          { tag: "skill", text: "Excel" },
        ],
        reflection: { confidence: 2, chemistry: 5 },
      },
      {
        furthest: "keeping_in_touch",
        person: { targetIds: ["law", "health"], organizationName: "Globex" },
        takeaways: [
          { tag: "skill", text: "Get better at SQL" },
          { tag: "skill", text: "Tableau" },
        ],
      },
      { furthest: "contacted", person: { targetIds: ["health"] } },
      {
        furthest: "met",
        person: { targetIds: ["health", "analyst"], organizationName: "Globex" },
        reflection: { confidence: 5 },
      },
    ],
    seed,
    targets,
  );
  data.checkIns = [
    { id: "k2", targetId: "law", rating: 3, note: null, checkedAt: "2026-11-10T09:00:00.000Z" },
    { id: "k1", targetId: "law", rating: 5, note: null, checkedAt: "2026-10-10T09:00:00.000Z" },
    { id: "k3", targetId: null, rating: 4, note: null, checkedAt: "2026-10-10T09:00:00.000Z" },
  ];
  return data;
}

describe("compare", () => {
  it("puts fields side by side, most conversations first, with nobody tagged shown too", () => {
    for (const seed of [1, 2]) {
      const view = compare("field", scenario(seed));
      expect(view.dimension).toBe("field");
      expect(view.more).toBe(0);
      expect(view.columns).toEqual([
        {
          key: "law",
          label: "Law",
          people: 3,
          conversationsHeld: 3,
          topThemes: {
            advice: [{ label: "network more", people: 1 }],
            // Three at most: SQL (3 people), then Excel and Python (2 each) by label.
            skill: [
              { label: "learn SQL", people: 3 },
              { label: "Excel", people: 2 },
              { label: "Python", people: 2 },
            ],
          },
          reflection: {
            conversations: 2,
            averages: { ...unrated, confidence: 3, competence: 2, chemistry: 5 },
          },
          excitement: [
            { checkedAt: "2026-10-10T09:00:00.000Z", rating: 5 },
            { checkedAt: "2026-11-10T09:00:00.000Z", rating: 3 },
          ],
        },
        {
          key: "health",
          label: "Health",
          people: 3,
          conversationsHeld: 2,
          topThemes: {
            skill: [
              { label: "Get better at SQL", people: 1 },
              { label: "Tableau", people: 1 },
            ],
          },
          reflection: { conversations: 1, averages: { ...unrated, confidence: 5 } },
          excitement: [],
        },
        {
          key: "art",
          label: "Art",
          people: 0,
          conversationsHeld: 0,
          topThemes: {},
          reflection: { conversations: 0, averages: unrated },
          excitement: [],
        },
      ]);
    }
  });

  it("compares roles and organizations; organizations have no excitement series", () => {
    const roles = compare("role", scenario());
    expect(
      roles.columns.map((column) => [column.key, column.people, column.conversationsHeld]),
    ).toEqual([["analyst", 1, 1]]);
    expect(compare("organization_kind", scenario())).toEqual({
      dimension: "organization_kind",
      columns: [],
      more: 0,
    });
    const organizations = compare("organization", scenario());
    expect(
      organizations.columns.map((column) => [
        column.key,
        column.label,
        column.people,
        column.conversationsHeld,
        column.reflection.conversations,
        column.excitement,
      ]),
    ).toEqual([
      // Two held each: the same count, so by name.
      ["Acme", "Acme", 2, 2, 2, []],
      ["Globex", "Globex", 2, 2, 1, []],
    ]);
  });

  it("shows at most `limit` columns and counts the rest", () => {
    const view = compare("field", scenario(), 2);
    expect(view.columns.map((column) => column.key)).toEqual(["law", "health"]);
    expect(view.more).toBe(1);
  });

  it("is empty with nothing, and one person's own column with one", () => {
    expect(compare("field", emptyInsightsData)).toEqual({
      dimension: "field",
      columns: [],
      more: 0,
    });
    const one = generateLogs(
      [
        {
          furthest: "met",
          person: { targetIds: ["law"] },
          takeaways: [{ tag: "trend", text: "Remote work" }],
          reflection: { communication: 3 },
        },
      ],
      1,
      [targets[0] as Target],
    );
    expect(compare("field", one).columns).toEqual([
      {
        key: "law",
        label: "Law",
        people: 1,
        conversationsHeld: 1,
        topThemes: { trend: [{ label: "Remote work", people: 1 }] },
        reflection: { conversations: 1, averages: { ...unrated, communication: 3 } },
        excitement: [],
      },
    ]);
  });
});
