import type { Spread } from "../../../../domain/insights/effort.js";
import { daysFigure, daysNumber, daysRangeText, daysText } from "./effort-format.js";
import { Figure } from "./figure.js";

/** The spread in words: "Half answered within 3 days; most between 1 and 6 days." */
export function answerTimeSentence(spread: Spread): string {
  const { count, median, lowerQuartile, upperQuartile } = spread;
  if (count === 0 || median === null) return "No answers yet.";
  if (count === 1) return `One answer so far, ${afterText(median)}.`;
  const half =
    Math.round(median * 10) === 0
      ? "Half answered the same day"
      : `Half answered within ${daysText(median)}`;
  if (lowerQuartile === null || upperQuartile === null) return `${half}.`;
  const low = daysNumber(lowerQuartile);
  const high = daysNumber(upperQuartile);
  // A middle half of one value adds nothing to the median.
  if (low === high) return `${half}.`;
  return `${half}; most between ${low} and ${daysText(upperQuartile)}.`;
}

function afterText(days: number): string {
  return Math.round(days * 10) === 0 ? "the same day" : `after ${daysText(days)}`;
}

/** Time from the first letter, e-mail, message or call to the first answer, in days. */
export function AnswerTime({ spread }: { spread: Spread }) {
  const figures = [
    { term: "Median", value: spread.median },
    { term: "Middle half", value: null, text: middleHalf(spread) },
    { term: "Fastest", value: spread.min },
    { term: "Slowest", value: spread.max },
  ];
  return (
    <Figure
      title="Time to a first answer"
      description="Days from your first letter, e-mail, message or call to their first answer (a decline counts: it is an answer)."
    >
      <p className="text-base font-medium text-slate-900" data-testid="answer-time">
        {answerTimeSentence(spread)}
      </p>
      {spread.count > 0 ? (
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {figures.map((figure) => (
            <div key={figure.term} className="rounded-lg bg-slate-50 px-3 py-2">
              <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {figure.term}
              </dt>
              <dd className="mt-0.5 text-slate-900 tabular-nums">
                {figure.text ?? daysFigure(figure.value)}
              </dd>
            </div>
          ))}
          <div className="rounded-lg bg-slate-50 px-3 py-2">
            <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
              Answers counted
            </dt>
            <dd className="mt-0.5 text-slate-900 tabular-nums">{spread.count}</dd>
          </div>
        </dl>
      ) : null}
    </Figure>
  );
}

function middleHalf(spread: Spread): string {
  const { lowerQuartile, upperQuartile } = spread;
  return lowerQuartile === null || upperQuartile === null
    ? "–"
    : daysRangeText(lowerQuartile, upperQuartile);
}
