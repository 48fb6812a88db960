import { describe, expect, it } from "vitest";
import { nameKey } from "./name-key.js";

describe("nameKey: one name, one key, whatever the engine", () => {
  it.each([
    [
      "capitals with accents",
      ["École Polytechnique", "ÉCOLE POLYTECHNIQUE", "école polytechnique"],
    ],
    ["Ø and Ü", ["Ørsted", "ØRSTED", "ørsted"]],
    ["Turkish dotted capital I folds to a plain i", ["İstanbul", "ISTANBUL", "istanbul"]],
    ["sharp s folds to ss, capital sharp s too", ["Straße", "STRASSE", "strasse", "STRAẞE"]],
    ["final sigma", ["ΟΔΟΣ", "οδος", "οδοσ"]],
    ["composed and decomposed accents", ["Café", "Cafe\u0301", "CAFE\u0301"]],
    ["compatibility forms (ligature, full width)", ["ﬁrst", "first", "ＦＩＲＳＴ"]],
    [
      "spacing: trimmed, runs (tabs, no-break spaces) made one space",
      ["Acme  Inc", " Acme\tInc ", "Acme\u00a0Inc"],
    ],
  ])("%s", (_label, names) => {
    const keys = new Set(names.map(nameKey));
    expect(keys.size).toBe(1);
  });

  it("gives the exact key", () => {
    expect(nameKey("  İstanbul  Teknik ")).toBe("istanbul teknik");
    expect(nameKey("Straße")).toBe("strasse");
    expect(nameKey("École")).toBe("\u00e9cole");
  });

  it("keeps accents and other letters apart: they can be different names", () => {
    expect(nameKey("École")).not.toBe(nameKey("Ecole"));
    // Dotless ı is its own letter (Turkish), not i.
    expect(nameKey("ıstanbul")).not.toBe(nameKey("istanbul"));
    // Vietnamese tones and Devanagari vowel signs are marks that change the word.
    expect(nameKey("Hà")).not.toBe(nameKey("Hả"));
    expect(nameKey("कमल")).not.toBe(nameKey("कमाल"));
  });
});
