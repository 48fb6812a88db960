import { describe, expect, it } from "vitest";
import { objectiveExamples, objectiveHints } from "./objective-hints.js";

const codes = (text: string | null) => objectiveHints(text).map((hint) => hint.code);

describe("objectiveHints", () => {
  it.each([
    [
      "Learn the three skills most valued for entry-level UX research at a health-tech company before applying in March",
      [],
    ],
    ["Find out how she moved from law into policy by June", []],
    ["Understand what a typical week looks like, this week", []],
    ["Decide between the two programs before my interview", []],
    ["Learn which certifications matter, by 2027-03-01", []],
    ["Figure out whether a master's is needed within two weeks", []],
    ["Get the names of two people to talk to next, by Friday", []],
    ["Learn about hiring at Acme in May", []],
    ["Learn about hiring at Acme", ["objective_no_time_frame"]],
    ["Understand how product managers work with designers", ["objective_no_time_frame"]],
    ["Have a nice chat with Dana before the end of the month", ["objective_nothing_to_learn"]],
    ["Network with people at Acme by June", ["objective_nothing_to_learn"]],
    ["Meet Dana", ["objective_nothing_to_learn", "objective_no_time_frame"]],
    ["Impress her so she may help me", ["objective_nothing_to_learn", "objective_no_time_frame"]],
    ["Get a job at Acme", ["objective_nothing_to_learn", "objective_no_time_frame"]],
    ["What does a data analyst need to know? Before applying next month.", []],
    ["   ", ["objective_empty"]],
  ])("%s → %j", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("answers empty for null and gives messages with each code", () => {
    expect(objectiveHints(null)).toEqual([
      {
        code: "objective_empty",
        message:
          "Write what you want to come away with, e.g. “learn which two skills matter most before applying in March”.",
      },
    ]);
    expect(objectiveHints("Meet Dana")[1]?.message).toBe(
      "Add a time frame (“before applying in March”, “by June”, “this week”), so it leads somewhere.",
    );
  });

  it("has examples that earn no hint", () => {
    expect(objectiveExamples.length).toBe(4);
    for (const example of objectiveExamples) expect(codes(example)).toEqual([]);
  });
});
