import type { PrepareSettings } from "../prepare/prepare-settings.js";
import { counted, pluralForm } from "../wording/plural.js";
import type { QuestionMark } from "./conduct.js";

/**
 * Ask next, by the clock (METHOD §5: respect the agreed length; as time runs short, choose
 * the most important remaining questions; wind down with a few minutes to spare). Pure:
 * the start, the length and `now` go in. The questions share the time from now (or the
 * opening's end) to the wind-down; each answer takes `minutesPerAnswer`. The remaining
 * questions, the explorer's spares last, fit in priority order while whole answers fit;
 * the rest fade into spares. From the wind-down on, no question is next: the prompts are.
 */

export type ConductPhase = "before" | "opening" | "questions" | "wind_down" | "over";

/** The timer's tone, for its colour and its word (never colour alone). */
export type TimerTone = "plenty" | "short" | "over";
export const timerToneLabels: Record<TimerTone, string> = {
  plenty: "On time",
  short: "Time is short",
  over: "Over time",
};

export interface AskNextQuestion {
  id: string;
  /** Marked a spare while preparing: asked only when time is left after the others. */
  spare: boolean;
  asked: QuestionMark | null;
}

export type QuestionStatus = "next" | "fits" | "spare" | "asked" | "answered";

export interface AskNextLine {
  id: string;
  status: QuestionStatus;
  /** For a spare: marked so while preparing, or no whole answer fits before the wind-down. */
  spareReason: "marked" | "no_time" | null;
}

export interface AskNextInput {
  /** When the conversation started (the session's start), else its scheduled start. */
  startsAt: string;
  durationMinutes: number;
  now: Date;
  /** In priority order (the plan's order). */
  questions: readonly AskNextQuestion[];
  settings: Pick<PrepareSettings, "minutesPerAnswer" | "openingMinutes" | "windDownMinutes">;
}

export interface AskNext {
  phase: ConductPhase;
  tone: TimerTone;
  /** Whole seconds since the start (0 before it). */
  elapsedSeconds: number;
  /** Whole seconds to the agreed end (the whole length before the start; 0 once it has passed). */
  leftSeconds: number;
  /** Whole seconds past the agreed end (0 before it). */
  overSeconds: number;
  /** Whole seconds until the wind-down (0 from then on). */
  secondsToWindDown: number;
  windDownAt: string;
  endsAt: string;
  nextQuestionId: string | null;
  /** In priority order, each question once. */
  lines: AskNextLine[];
  /** How many planned questions are neither asked nor answered. */
  remainingCount: number;
}

const second = 1000;

export function askNext(input: AskNextInput): AskNext {
  const { settings } = input;
  const start = Date.parse(input.startsAt);
  const now = input.now.getTime();
  const end = start + input.durationMinutes * 60 * second;
  // Never before the start, and never past the end: a wind-down longer than the
  // conversation begins at its start.
  const windDown = Math.max(start, end - settings.windDownMinutes * 60 * second);
  const openingEnd = Math.min(windDown, start + settings.openingMinutes * 60 * second);
  const phase: ConductPhase =
    now < start
      ? "before"
      : now >= end
        ? "over"
        : now >= windDown
          ? "wind_down"
          : now < openingEnd
            ? "opening"
            : "questions";

  // Questions are asked after the opening: until then its end is where their time begins.
  const questionsFrom = Math.max(now, openingEnd);
  const answerMs = settings.minutesPerAnswer * 60 * second;
  const capacity =
    phase === "wind_down" || phase === "over"
      ? 0
      : Math.floor(Math.max(0, windDown - questionsFrom) / answerMs);

  const remaining = input.questions.filter((question) => question.asked === null);
  const queue = [
    ...remaining.filter((question) => !question.spare),
    ...remaining.filter((question) => question.spare),
  ];
  const fitting = new Set(queue.slice(0, capacity).map((question) => question.id));
  const nextQuestionId = queue[0] && fitting.has(queue[0].id) ? queue[0].id : null;

  const lines = input.questions.map((question): AskNextLine => {
    if (question.asked !== null)
      return { id: question.id, status: question.asked, spareReason: null };
    if (question.id === nextQuestionId)
      return { id: question.id, status: "next", spareReason: null };
    if (fitting.has(question.id)) return { id: question.id, status: "fits", spareReason: null };
    return {
      id: question.id,
      status: "spare",
      spareReason: question.spare ? "marked" : "no_time",
    };
  });

  const secondsToWindDown = Math.max(0, Math.ceil((windDown - Math.max(now, start)) / second));
  const tone: TimerTone =
    phase === "over"
      ? "over"
      : phase === "wind_down" || windDown - Math.max(now, start) < answerMs
        ? "short"
        : "plenty";

  return {
    phase,
    tone,
    elapsedSeconds: Math.max(0, Math.floor((now - start) / second)),
    // Before the start, the whole agreed length is still ahead.
    leftSeconds: Math.max(0, Math.ceil((end - Math.max(now, start)) / second)),
    overSeconds: Math.max(0, Math.floor((now - end) / second)),
    secondsToWindDown,
    windDownAt: new Date(windDown).toISOString(),
    endsAt: new Date(end).toISOString(),
    nextQuestionId,
    lines,
    remainingCount: remaining.length,
  };
}

/** METHOD §5's wind-down questions, asked with a few minutes to spare. */
export const windDownPrompts = [
  "What should I have asked you that I didn't?",
  "What other roles or fields would fit someone like me?",
  "Who else should I talk to?",
] as const;

/** The reminder to offer the questions not asked, by e-mail; null when none remain. */
export function offerToSendRemaining(remainingCount: number): string | null {
  if (remainingCount === 0) return null;
  const questions = counted(remainingCount, { one: "question", other: "questions" });
  return `${questions} not asked: offer to send ${pluralForm(remainingCount, { one: "it", other: "them" })} by e-mail.`;
}

export const goodbyePrompt =
  "Thank them by name for their time, say one thing you will do with their advice, and say a friendly goodbye.";

/** "25:00", "1:05:09": a timer's minutes and seconds (hours only past an hour). */
export function clockText(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
