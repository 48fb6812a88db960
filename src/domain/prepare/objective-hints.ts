/**
 * Gentle hints for a conversation's objective (METHOD §1: specific, measurable,
 * achievable, relevant, time-bound). Hints, never a block: the objective saves whatever
 * they say. Two things are easy to check from the words and worth a nudge: does it name
 * something to learn, find out or decide, and does it say by when.
 */

export type ObjectiveHintCode =
  | "objective_empty"
  | "objective_nothing_to_learn"
  | "objective_no_time_frame";

export interface ObjectiveHint {
  code: ObjectiveHintCode;
  message: string;
}

const messages: Record<ObjectiveHintCode, string> = {
  objective_empty:
    "Write what you want to come away with, e.g. “learn which two skills matter most before applying in March”.",
  objective_nothing_to_learn:
    "Say what you want to learn, find out or decide, so you can tell afterwards whether you did.",
  objective_no_time_frame:
    "Add a time frame (“before applying in March”, “by June”, “this week”), so it leads somewhere.",
};

/** Examples in the spirit of METHOD §1, for the objective's placeholder and help. */
export const objectiveExamples: readonly string[] = [
  "Learn the three skills most valued for entry-level UX research at a health-tech company before applying in March.",
  "Find out how two people moved from teaching into instructional design, and pick my first course by the end of the month.",
  "Understand what a week in hospital pharmacy involves, to decide between the two residency programs before the 15 January deadline.",
  "Get the names of two people in city planning I could speak with next, this week.",
];

// Verbs (and their forms) that say the explorer means to come away knowing or deciding something.
const learningStems = [
  "learn",
  "find out",
  "found out",
  "finding out",
  "understand",
  "understood",
  "discover",
  "figure out",
  "figured out",
  "work out",
  "decide",
  "choose",
  "chose",
  "pick",
  "compare",
  "identify",
  "clarify",
  "explore",
  "hear",
  "heard",
  "get advice",
  "get the names",
  "get names",
  "get a sense",
  "get a feel",
  "know",
  "knew",
  "see whether",
  "see if",
  "see how",
  "see what",
  "gauge",
  "assess",
  "evaluate",
  "confirm",
  "check",
  "collect",
  "gather",
  "research",
];
// "what/which/how/why/whether … " also names something to find out ("whether a master's is needed").
const questionWords = /\b(what|which|how|why|whether)\b/;

const months = [
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];
const days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const periods = [
  "day",
  "days",
  "week",
  "weeks",
  "weekend",
  "month",
  "months",
  "year",
  "years",
  "quarter",
  "term",
  "semester",
  "summer",
  "spring",
  "autumn",
  "fall",
  "winter",
  "deadline",
];

const monthPattern = new RegExp(`\\b(${months.join("|")})\\b`);
// "May" is a month only where a month would sit ("in May", "by May", "May 3"), not "may help".
const mayPattern = /\b(in|by|before|until|of|early|late|mid|end of|from) may\b|\bmay \d/;
const dayPattern = new RegExp(`\\b(${days.join("|")})s?\\b`);
// "this week", "next month", "within two weeks", "in 3 days", "end of the term".
const relativePattern = new RegExp(
  `\\b(this|next|coming|within|in|end of( the)?|by the end of( the)?)\\s+(\\w+\\s+)?(${periods.join("|")})\\b`,
);
// "before applying", "before my interview", "by the deadline", "by Friday", "until June".
const beforePattern =
  /\b(before|by|until|ahead of|prior to)\s+(i\s+|my\s+|the\s+|our\s+|applying|apply|submitting|graduat|interview|the\s+)/;
const datePattern =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?\b|\b\d{1,2}(st|nd|rd|th)\b/;
const todayPattern =
  /\b(today|tonight|tomorrow|soon after|afterwards?|after (this|the|our) (call|chat|conversation|meeting))\b/;

function folded(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ");
}

/** Whether the objective names something to learn, find out, understand or decide. */
export function namesSomethingToLearn(text: string): boolean {
  const words = ` ${folded(text).replace(/[^\p{L}\p{N}' ]+/gu, " ")} `;
  const hasVerb = learningStems.some((stem) =>
    new RegExp(`\\b${stem.replace(/ /g, "\\s+")}(s|es|ed|ing)?\\b`).test(words),
  );
  return hasVerb || questionWords.test(words);
}

/** Whether the objective says by when: a month, a day, a date, a relative period or "before …". */
export function hasTimeFrame(text: string): boolean {
  const words = folded(text);
  return (
    monthPattern.test(words) ||
    mayPattern.test(words) ||
    dayPattern.test(words) ||
    relativePattern.test(words) ||
    beforePattern.test(words) ||
    datePattern.test(words) ||
    todayPattern.test(words)
  );
}

/** The hints for an objective as typed; none for a good one. */
export function objectiveHints(text: string | null | undefined): ObjectiveHint[] {
  const objective = text?.trim() ?? "";
  if (objective === "") return [hint("objective_empty")];
  const hints: ObjectiveHint[] = [];
  if (!namesSomethingToLearn(objective)) hints.push(hint("objective_nothing_to_learn"));
  if (!hasTimeFrame(objective)) hints.push(hint("objective_no_time_frame"));
  return hints;
}

function hint(code: ObjectiveHintCode): ObjectiveHint {
  return { code, message: messages[code] };
}
