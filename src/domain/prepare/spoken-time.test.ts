import { describe, expect, it } from "vitest";
import { assemblePitch, countSpokenWords, spokenSeconds } from "./spoken-time.js";

describe("countSpokenWords", () => {
  it("counts plain words and ignores punctuation", () => {
    expect(countSpokenWords("Hi, I'm Ana — a designer.")).toBe(5);
    expect(countSpokenWords("  Hello   world !  ")).toBe(2);
    expect(countSpokenWords("")).toBe(0);
    expect(countSpokenWords("… — ; !")).toBe(0);
  });

  it("counts a hyphenated word once and a slash pair twice", () => {
    expect(countSpokenWords("a well-known co-founder")).toBe(3);
    expect(countSpokenWords("UX/UI and/or research")).toBe(5);
  });

  it("says numbers the way people do", () => {
    expect(countSpokenWords("45")).toBe(1);
    expect(countSpokenWords("140")).toBe(2);
    expect(countSpokenWords("in 2026")).toBe(3);
    expect(countSpokenWords("12,000 users")).toBe(3);
    expect(countSpokenWords("3.5 years")).toBe(4);
    expect(countSpokenWords("40% more")).toBe(3);
    expect(countSpokenWords("$50")).toBe(2);
    expect(countSpokenWords("1234567")).toBe(4);
  });

  it("counts an address as its spoken pieces", () => {
    expect(countSpokenWords("jane@acme.com")).toBe(5);
    expect(countSpokenWords("See https://www.acme.com/jobs.")).toBe(6);
    expect(countSpokenWords("e.g. U.S.")).toBe(2);
  });
});

describe("spokenSeconds", () => {
  it("rounds words at the rate to whole seconds", () => {
    const hundredFive = Array.from({ length: 105 }, () => "word").join(" ");
    expect(spokenSeconds(hundredFive, 140)).toBe(45);
    expect(spokenSeconds("one two three", 140)).toBe(1);
    expect(spokenSeconds(Array.from({ length: 70 }, () => "w").join(" "), 120)).toBe(35);
  });

  it("times nothing at no rate", () => {
    expect(spokenSeconds("one two", 0)).toBe(0);
    expect(spokenSeconds("one two", Number.NaN)).toBe(0);
  });
});

describe("assemblePitch", () => {
  it("joins the parts as sentences, skipping empty ones", () => {
    expect(
      assemblePitch({
        whoIAm: "  I'm Ana, a teacher moving into UX  ",
        workIHope: "",
        learnToday: "I'd love to hear how you got started?",
      }),
    ).toBe("I'm Ana, a teacher moving into UX. I'd love to hear how you got started?");
  });

  it("capitalizes a part and keeps its own end", () => {
    expect(
      assemblePitch({
        whoIAm: "i'm in my last year\nof college!",
        workIHope: "I hope to design tools for clinics (like yours).",
        learnToday: "   ",
      }),
    ).toBe("I'm in my last year of college! I hope to design tools for clinics (like yours).");
    expect(assemblePitch({ whoIAm: "", workIHope: " ", learnToday: "" })).toBe("");
  });
});
