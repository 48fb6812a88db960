import { describe, expect, it } from "vitest";
import { counted, pluralForm } from "./plural.js";

const actions = { one: "action", other: "actions" };

describe("counted", () => {
  it("puts the count before the form Intl.PluralRules picks", () => {
    expect(counted(0, actions)).toBe("0 actions");
    expect(counted(1, actions)).toBe("1 action");
    expect(counted(2, actions)).toBe("2 actions");
    expect(counted(21, actions)).toBe("21 actions");
    expect(counted(1.5, actions)).toBe("1.5 actions");
  });

  it("takes irregular plurals as given", () => {
    const people = { one: "person", other: "people" };
    expect([0, 1, 2].map((count) => counted(count, people))).toEqual([
      "0 people",
      "1 person",
      "2 people",
    ]);
  });
});

describe("pluralForm", () => {
  it("chooses a whole phrase or any value by the count", () => {
    const pronoun = { one: "it", other: "them" };
    expect([0, 1, 2].map((count) => pluralForm(count, pronoun))).toEqual(["them", "it", "them"]);
    expect(pluralForm(1, { one: 1, other: 2 })).toBe(1);
  });
});
