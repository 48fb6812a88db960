import { describe, expect, it } from "vitest";
import {
  type AskNextQuestion,
  askNext,
  clockText,
  offerToSendRemaining,
  windDownPrompts,
} from "./ask-next.js";

const start = "2026-12-02T15:00:00.000Z";
const settings = { minutesPerAnswer: 3, openingMinutes: 2, windDownMinutes: 5 };
const at = (minutes: number, seconds = 0) =>
  new Date(Date.parse(start) + (minutes * 60 + seconds) * 1000);
const question = (id: string, extra: Partial<AskNextQuestion> = {}): AskNextQuestion => ({
  id,
  spare: false,
  asked: null,
  ...extra,
});
const plan = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"].map((id) => question(id));

/** A 30-minute conversation, 3-minute answers, 2-minute opening, 5-minute wind-down. */
const thirty = (now: Date, questions: readonly AskNextQuestion[] = plan) =>
  askNext({ startsAt: start, durationMinutes: 30, now, questions, settings });

const statuses = (result: ReturnType<typeof askNext>) =>
  result.lines.map((line) => `${line.id}:${line.status}`);

describe("askNext", () => {
  it("is before the start, and the opening holds 23 minutes of questions: 7 fit", () => {
    const before = thirty(at(-1));
    expect(before).toMatchObject({
      phase: "before",
      tone: "plenty",
      elapsedSeconds: 0,
      leftSeconds: 30 * 60,
      secondsToWindDown: 25 * 60,
      windDownAt: "2026-12-02T15:25:00.000Z",
      endsAt: "2026-12-02T15:30:00.000Z",
      nextQuestionId: "q1",
      remainingCount: 9,
    });
    expect(statuses(before)).toEqual([
      "q1:next",
      "q2:fits",
      "q3:fits",
      "q4:fits",
      "q5:fits",
      "q6:fits",
      "q7:fits",
      "q8:spare",
      "q9:spare",
    ]);
    expect(thirty(at(0)).phase).toBe("opening");
    expect(thirty(at(1, 59)).phase).toBe("opening");
    expect(thirty(at(2)).phase).toBe("questions");
  });

  it("starts the wind-down exactly at 25:00, not 24:59", () => {
    const justBefore = thirty(at(24, 59));
    expect(justBefore.phase).toBe("questions");
    expect(justBefore.secondsToWindDown).toBe(1);
    expect(justBefore.tone).toBe("short");
    const windDown = thirty(at(25));
    expect(windDown).toMatchObject({
      phase: "wind_down",
      tone: "short",
      elapsedSeconds: 25 * 60,
      leftSeconds: 5 * 60,
      secondsToWindDown: 0,
      nextQuestionId: null,
    });
    expect(windDown.lines.every((line) => line.status === "spare")).toBe(true);
  });

  it("makes a question that needs 3 minutes a spare with 2:59 left before the wind-down", () => {
    const threeLeft = thirty(at(22));
    expect(threeLeft.nextQuestionId).toBe("q1");
    expect(threeLeft.tone).toBe("plenty");
    expect(statuses(threeLeft).slice(0, 2)).toEqual(["q1:next", "q2:spare"]);
    const lessThanThree = thirty(at(22, 1));
    expect(lessThanThree.phase).toBe("questions");
    expect(lessThanThree.nextQuestionId).toBeNull();
    expect(lessThanThree.tone).toBe("short");
    expect(lessThanThree.lines[0]).toEqual({ id: "q1", status: "spare", spareReason: "no_time" });
  });

  it("fits fewer questions as time passes: 6 with 18:00 left before the wind-down, 5 at 17:59", () => {
    const fitCount = (now: Date) =>
      thirty(now).lines.filter((line) => line.status === "next" || line.status === "fits").length;
    expect(fitCount(at(7))).toBe(6);
    expect(fitCount(at(7, 1))).toBe(5);
  });

  it("moves to the next question when one is asked or answered without asking", () => {
    const ticked = plan.map((each) =>
      each.id === "q1"
        ? { ...each, asked: "asked" as const }
        : each.id === "q2"
          ? { ...each, asked: "answered" as const }
          : each,
    );
    const result = thirty(at(10), ticked);
    expect(result.nextQuestionId).toBe("q3");
    expect(result.remainingCount).toBe(7);
    expect(statuses(result).slice(0, 3)).toEqual(["q1:asked", "q2:answered", "q3:next"]);
  });

  it("asks the explorer's spares last, and only while whole answers fit", () => {
    const questions = [question("s1", { spare: true }), question("q1"), question("q2")];
    const early = thirty(at(2), questions);
    expect(statuses(early)).toEqual(["s1:fits", "q1:next", "q2:fits"]);
    const late = thirty(at(19), questions);
    expect(statuses(late)).toEqual(["s1:spare", "q1:next", "q2:fits"]);
    expect(late.lines[0]?.spareReason).toBe("marked");
  });

  it("is over at the agreed end, counting the minutes past it", () => {
    const over = thirty(at(30));
    expect(over).toMatchObject({ phase: "over", tone: "over", leftSeconds: 0, overSeconds: 0 });
    expect(thirty(at(29, 59)).phase).toBe("wind_down");
    expect(thirty(at(31, 5))).toMatchObject({ overSeconds: 65, elapsedSeconds: 31 * 60 + 5 });
  });

  it("winds down from the start when the wind-down is longer than the conversation", () => {
    const short = askNext({
      startsAt: start,
      durationMinutes: 4,
      now: at(0),
      questions: plan,
      settings,
    });
    expect(short.phase).toBe("wind_down");
    expect(short.nextQuestionId).toBeNull();
  });
});

describe("the wind-down's words", () => {
  it("asks METHOD §5's three questions and offers the rest by e-mail", () => {
    expect(windDownPrompts).toEqual([
      "What should I have asked you that I didn't?",
      "What other roles or fields would fit someone like me?",
      "Who else should I talk to?",
    ]);
    expect(offerToSendRemaining(0)).toBeNull();
    expect(offerToSendRemaining(1)).toBe("1 question not asked: offer to send it by e-mail.");
    expect(offerToSendRemaining(3)).toBe("3 questions not asked: offer to send them by e-mail.");
  });

  it("shows a timer as minutes and seconds, hours only past an hour", () => {
    expect(clockText(0)).toBe("0:00");
    expect(clockText(25 * 60)).toBe("25:00");
    expect(clockText(59.9)).toBe("0:59");
    expect(clockText(3600 + 65)).toBe("1:01:05");
  });
});
