import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach/coach-outreach.js";
import { coachLimitsFrom, coachLimitsSchema, defaultCoachLimits } from "./coach-settings.js";
import { validate } from "./validation.js";

describe("coach limits", () => {
  it("defaults to 150 words for an e-mail, about a page for a letter, less for a message", () => {
    expect(defaultCoachLimits).toEqual({
      emailWords: 150,
      letterWords: 400,
      networkMessageWords: 100,
    });
    expect(coachLimitsFrom(null)).toEqual(defaultCoachLimits);
  });

  it("puts saved values over the defaults", () => {
    expect(coachLimitsFrom({ emailWords: 40 })).toEqual({ ...defaultCoachLimits, emailWords: 40 });
  });

  it("falls back to the defaults when what was saved no longer validates", () => {
    expect(coachLimitsFrom({ emailWords: "lots" })).toEqual(defaultCoachLimits);
    expect(coachLimitsFrom("not an object")).toEqual(defaultCoachLimits);
  });

  it("takes whole numbers from 20 to 2,000, with the message at the field", () => {
    const check = (emailWords: unknown) =>
      validate(coachLimitsSchema, { ...defaultCoachLimits, emailWords });
    expect(check(20).ok).toBe(true);
    expect(check(2000).ok).toBe(true);
    expect(check(19)).toMatchObject({
      fields: { emailWords: "The e-mail limit must be at least 20 words" },
    });
    expect(check(2001)).toMatchObject({ fields: { emailWords: expect.stringContaining("2,000") } });
    expect(check(40.5)).toMatchObject({ fields: { emailWords: expect.stringContaining("whole") } });
    expect(check(Number.NaN)).toMatchObject({ fields: { emailWords: expect.any(String) } });
  });

  it("are the limits the length check applies", () => {
    const words = Array.from({ length: 45 }, () => "word").join(" ");
    const text = `Hello Maya,\n\n${words}.\n\nBest,\nJordan`;
    const codes = (limits: ReturnType<typeof coachLimitsFrom>) =>
      coachOutreach({ text, kind: "email", limits }).map((finding) => finding.code);
    expect(codes(coachLimitsFrom(null))).not.toContain("length");
    const [length] = coachOutreach({
      text,
      kind: "email",
      limits: coachLimitsFrom({ emailWords: 40 }),
    }).filter((finding) => finding.code === "length");
    expect(length?.message).toMatch(/aim for 40 or fewer/);
  });
});
