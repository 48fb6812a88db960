import type { PrepareSettings } from "../prepare/prepare-settings.js";
import { countSpokenWords, spokenSeconds as secondsToSay } from "../prepare/spoken-time.js";
import { counted } from "../wording/plural.js";
import { saysLearningGoal } from "./pitch-goal.js";

const wordForms = { one: "word", other: "words" };

/** Stable codes: the API, the CLI and the UI key on these, so never rename one. */
export const pitchFindingCodes = [
  "pitch_too_long",
  "pitch_too_short",
  "pitch_no_learning_goal",
] as const;
export type PitchFindingCode = (typeof pitchFindingCodes)[number];

export interface PitchFinding {
  code: PitchFindingCode;
  message: string;
}

export interface PitchCoaching {
  spokenSeconds: number;
  wordsPerMinute: number;
  words: number;
  target: { min: number; max: number };
  findings: PitchFinding[];
}

/**
 * The pitch timed at the explorer's speaking rate against the target (METHOD §4: 30–45 s),
 * with what to fix: too long (cut words), too short (add), no word of what they hope to learn.
 */
export function coachPitch(text: string, settings: PrepareSettings): PitchCoaching {
  const wordsPerMinute = settings.speakingRate;
  const words = countSpokenWords(text);
  const spokenSeconds = secondsToSay(text, wordsPerMinute);
  const target = { min: settings.pitchTargetMinSeconds, max: settings.pitchTargetMaxSeconds };
  const timing = `About ${counted(spokenSeconds, { one: "second", other: "seconds" })} at ${wordsPerMinute} words a minute; aim for ${target.min}–${target.max}`;
  const findings: PitchFinding[] = [];
  if (spokenSeconds > target.max) {
    const cut = words - Math.floor((target.max * wordsPerMinute) / 60);
    findings.push({
      code: "pitch_too_long",
      message: `${timing}: cut about ${counted(cut, wordForms)}.`,
    });
  } else if (spokenSeconds < settings.pitchShortestSeconds) {
    const add = Math.ceil((target.min * wordsPerMinute) / 60) - words;
    findings.push({
      code: "pitch_too_short",
      message: `${timing}: add about ${counted(add, wordForms)}.`,
    });
  }
  if (!saysLearningGoal(text)) {
    findings.push({
      code: "pitch_no_learning_goal",
      message:
        'It does not say what you hope to learn today; end with it, e.g. "I\'d love to hear how you moved into this work."',
    });
  }
  return { spokenSeconds, wordsPerMinute, words, target, findings };
}
