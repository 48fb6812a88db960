import { describe, expect, it } from "vitest";
import {
  activitySearchDocument,
  buildSnippet,
  clampSearchLimit,
  parseSearchTerms,
  personSearchDocument,
  searchQuerySchema,
  searchResultHref,
  searchWords,
} from "./search.js";
import { phoneSearchWords } from "./search-phone.js";

describe("parseSearchTerms", () => {
  it.each([
    ["plain words, case folded", "Speech Therapy", ["speech", "therapy"]],
    ["quotes dropped", '"speech therapy"', ["speech", "therapy"]],
    ["an unbalanced quote", '"speech', ["speech"]],
    ["hyphenated words split", "speech-language", ["speech", "language"]],
    ["a leading minus is not negation", "-children", ["children"]],
    ["operators dropped", "speech AND therapy OR NOT NEAR clinic", ["speech", "therapy", "clinic"]],
    ["lower-case operator words are words", "not now", ["not", "now"]],
    [
      "wildcards and column syntax dropped",
      "spee* title:maya (clinic)",
      ["spee", "title", "maya", "clinic"],
    ],
    ["tsquery syntax dropped", "a & !b | c <-> d:*", ["a", "b", "c", "d"]],
    ["accents folded", "José Müller", ["jose", "muller"]],
    ["letters Unicode does not decompose", "Søren Łukasz Straße", ["soren", "lukasz", "strasse"]],
    ["duplicates once", "maya MAYA Maya", ["maya"]],
    ["emoji between words", "coffee☕chat 🎉", ["coffee", "chat"]],
    ["digits kept", "class of 2019", ["class", "of", "2019"]],
    ["other scripts kept", "東京 Ελένη", ["東京", "ελενη"]],
  ])("%s", (_name, query, terms) => {
    expect(parseSearchTerms(query)).toEqual(terms);
  });

  it.each(["", "   ", "🎉🙂", '"', "AND", "- * : ( ) \" ' NOT", "\u0301\u0301"])(
    "finds no terms in %j",
    (query) => {
      expect(parseSearchTerms(query)).toEqual([]);
    },
  );

  it("caps the number and the length of terms", () => {
    const many = Array.from({ length: 40 }, (_, index) => `word${index}`).join(" ");
    expect(parseSearchTerms(many)).toHaveLength(16);
    expect(parseSearchTerms("a".repeat(500))).toEqual(["a".repeat(64)]);
  });
});

describe("searchWords", () => {
  it("folds the way queries are folded", () => {
    expect(searchWords("José O'Brien-Smith, ﬁrst x² (2019)")).toEqual([
      "jose",
      "o",
      "brien",
      "smith",
      "first",
      "x2",
      "2019",
    ]);
  });
});

describe("buildSnippet", () => {
  const text =
    "We met at the conference in Baltimore last spring. She runs the pediatric speech " +
    "clinic and said the hardest part of the job is paperwork, not the children. " +
    "Follow up in March about the internship.";

  it("shows about twenty words around the first match, highlighting every match", () => {
    const snippet = buildSnippet(text, ["speech", "paper"]);
    expect(snippet).toEqual([
      { text: "… last spring. She runs the pediatric ", highlighted: false },
      { text: "speech", highlighted: true },
      { text: " clinic and said the hardest part of the job is ", highlighted: false },
      { text: "paperwork", highlighted: true },
      { text: ", not the …", highlighted: false },
    ]);
    const words = snippet
      .map((segment) => segment.text)
      .join("")
      .match(/[\p{L}\p{N}]+/gu);
    expect(words).toHaveLength(20);
  });

  it("highlights words as written, matched without accents", () => {
    expect(buildSnippet("Lunch with José at the Café", ["jose", "cafe"])).toEqual([
      { text: "Lunch with ", highlighted: false },
      { text: "José", highlighted: true },
      { text: " at the ", highlighted: false },
      { text: "Café", highlighted: true },
    ]);
  });

  it("keeps decomposed accents inside the highlighted word", () => {
    expect(buildSnippet("Jose\u0301!", ["jose"])).toEqual([
      { text: "Jose\u0301", highlighted: true },
      { text: "!", highlighted: false },
    ]);
  });

  it("opens with the first words when nothing matches, flattening line breaks", () => {
    expect(buildSnippet("First line\n\nsecond   line", ["zzz"])).toEqual([
      { text: "First line second line", highlighted: false },
    ]);
  });

  it("stays in bounds when the match is among the last words", () => {
    const words = Array.from({ length: 40 }, (_, index) => `w${index}`).join(" ");
    const snippet = buildSnippet(`${words} target`, ["target"]);
    expect(snippet.at(-1)).toEqual({ text: "target", highlighted: true });
    expect(snippet[0]?.text.startsWith("… w21 ")).toBe(true);
  });

  it("is empty for empty text", () => {
    expect(buildSnippet("", ["a"])).toEqual([]);
    expect(buildSnippet(" — ", ["a"])).toEqual([]);
  });
});

describe("documents and links", () => {
  it("titles a log entry with the person and what happened", () => {
    const document = activitySearchDocument(
      {
        id: "a1",
        personId: "p1",
        kind: "call",
        detail: "Left a message",
        withName: "Sam",
        occurredAt: "2026-11-01T10:00:00.000Z",
      },
      "Maya Chen",
    );
    expect(document).toMatchObject({ title: "Maya Chen · Call", body: "Left a message · Sam" });
    expect(searchResultHref(document)).toBe("/people/p1");
  });

  it("gathers a person's searchable fields into the body", () => {
    const document = personSearchDocument({
      id: "p1",
      name: "Maya Chen",
      title: "Speech therapist",
      organizationName: "Bright Start",
      email: null,
      location: " Baltimore ",
      commonGround: "",
      notes: "Loves jazz",
      updatedAt: "2026-11-01T10:00:00.000Z",
    });
    expect(document.body).toBe("Speech therapist · Bright Start · Baltimore · Loves jazz");
    expect(searchResultHref({ type: "organization", id: "o 1", personId: null })).toBe(
      "/organizations/o%201",
    );
  });
});

describe("limits", () => {
  it("defaults to 20 and keeps within 1…50", () => {
    expect(clampSearchLimit(undefined)).toBe(20);
    expect(clampSearchLimit(0)).toBe(1);
    expect(clampSearchLimit(500)).toBe(50);
    expect(clampSearchLimit(Number.NaN)).toBe(20);
  });

  it("reads the query string, refusing only a bad limit", () => {
    expect(searchQuerySchema.parse({})).toEqual({ q: "" });
    expect(searchQuerySchema.parse({ q: "x".repeat(2000), limit: "5" })).toEqual({
      q: "x".repeat(1000),
      limit: 5,
    });
    expect(searchQuerySchema.safeParse({ q: "a", limit: "51" }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: "a", limit: "ten" }).success).toBe(false);
  });
});

describe("phone numbers in search", () => {
  it("makes a query that is a phone number one term, without country code or trunk 0", () => {
    expect(
      [
        "(410) 555-0100",
        "410.555.0100",
        "+1 410 555 0100",
        "+14105550100",
        "0044 20 7946 0958",
        "+44 20 7946 0958",
        "020 7946 0958",
        "+353 1 234 5678",
      ].map(parseSearchTerms),
    ).toEqual([
      ["4105550100"],
      ["4105550100"],
      ["4105550100"],
      ["4105550100"],
      ["2079460958"],
      ["2079460958"],
      ["2079460958"],
      ["12345678"],
    ]);
    // Short numbers, dates and words stay ordinary terms.
    expect(parseSearchTerms("410 555")).toEqual(["410", "555"]);
    expect(parseSearchTerms("2026-10-15")).toEqual(["2026", "10", "15"]);
    expect(parseSearchTerms("room 4105550")).toEqual(["room", "4105550"]);
  });

  it("indexes a number's digits and every trailing part of four digits or more", () => {
    expect(phoneSearchWords("+1 (410) 555-0100")).toEqual([
      "14105550100",
      "4105550100",
      "105550100",
      "05550100",
      "5550100",
      "550100",
      "50100",
      "0100",
    ]);
    expect(phoneSearchWords("123")).toEqual([]);
    expect(phoneSearchWords(null)).toEqual([]);
  });
});
