import { describe, expect, it } from "vitest";
import { defaultPrepareSettings } from "../prepare/prepare-settings.js";
import { coachPitch } from "./pitch-coach.js";
import { saysLearningGoal } from "./pitch-goal.js";

const wordsOf = (count: number) => Array.from({ length: count }, () => "word").join(" ");
const goal = "I'd love to hear how you moved into research.";
// 9 words: with the goal, a pitch of N filler words is N + 9 words long.
const withGoal = (filler: number) => `${wordsOf(filler)}. ${goal}`;

describe("saysLearningGoal", () => {
  it.each([
    "I'd love to hear how you moved from teaching into design.",
    "Today I hope to learn what the first year looks like.",
    "I'm hoping to understand how your team hires.",
    "I'd like to ask you about your path.",
    "I'm curious how you chose public health.",
    "I would really value your advice on where to start.",
    "I want to find out which certifications matter.",
    "I'm looking forward to hearing about your work.",
    "What I hope to learn today is how you got your first client.",
    "Your advice on building a portfolio would mean a lot.",
    "I am keen to hear what you look for in juniors.",
  ])("finds the goal in %j", (text) => {
    expect(saysLearningGoal(text)).toBe(true);
  });

  it.each([
    "I learned Python at school.",
    "I have learned a lot from your articles.",
    "I wanted to learn design when I was young, so I took a course.",
    "I'm a nurse moving into health informatics.",
    "Your advice last year helped me get my first interview.",
    "I love design and I hope to work at a clinic like yours.",
    "",
  ])("finds no goal in %j", (text) => {
    expect(saysLearningGoal(text)).toBe(false);
  });
});

describe("coachPitch", () => {
  it("times a pitch inside the target with no findings", () => {
    expect(coachPitch(withGoal(75), defaultPrepareSettings)).toEqual({
      spokenSeconds: 36,
      wordsPerMinute: 140,
      words: 84,
      target: { min: 30, max: 45 },
      findings: [],
    });
  });

  it("says how many words to cut from a long pitch", () => {
    // 121 words at 140 a minute: 51.9 s, 16 words over the 105 that fit in 45 s.
    const result = coachPitch(withGoal(112), defaultPrepareSettings);
    expect(result.spokenSeconds).toBe(52);
    expect(result.findings).toEqual([
      {
        code: "pitch_too_long",
        message: "About 52 seconds at 140 words a minute; aim for 30–45: cut about 16 words.",
      },
    ]);
  });

  it("says how many words to add to a short pitch, and when the goal is missing", () => {
    const result = coachPitch(wordsOf(30), defaultPrepareSettings);
    expect(result.spokenSeconds).toBe(13);
    expect(result.findings.map((finding) => finding.code)).toEqual([
      "pitch_too_short",
      "pitch_no_learning_goal",
    ]);
    expect(result.findings[0]?.message).toBe(
      "About 13 seconds at 140 words a minute; aim for 30–45: add about 40 words.",
    );
  });

  it("is not too short between the shortest and the target", () => {
    // 56 words: 24 s, under 30 but over the 20 s floor.
    expect(coachPitch(withGoal(47), defaultPrepareSettings).findings).toEqual([]);
  });

  it("uses the explorer's own rate and targets", () => {
    const settings = {
      ...defaultPrepareSettings,
      speakingRate: 120,
      pitchTargetMinSeconds: 25,
      pitchTargetMaxSeconds: 40,
    };
    const result = coachPitch(withGoal(91), settings);
    expect(result).toMatchObject({ spokenSeconds: 50, wordsPerMinute: 120, words: 100 });
    expect(result.target).toEqual({ min: 25, max: 40 });
    expect(result.findings[0]?.message).toBe(
      "About 50 seconds at 120 words a minute; aim for 25–40: cut about 20 words.",
    );
  });
});
