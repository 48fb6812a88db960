import { lazy, Suspense } from "react";
import { fiveCLabels, fiveCs } from "../../../domain/follow-up/reflection.js";
import { takeawayTagLabels, takeawayTags } from "../../../domain/follow-up/takeaway.js";
import { excitementLabels } from "../../../domain/insights/check-in.js";
import type { CompareColumn } from "../../../domain/insights/compare.js";
import { counted } from "../../../domain/wording/plural.js";
import { dayText } from "./themes-card.js";

// uPlot comes in its own chunk, only when an interest has ratings to draw.
const ExcitementChart = lazy(() => import("./excitement-chart.js"));

/** An average of 1–5 ratings with one decimal, or "not rated yet". */
export function averageText(value: number | null): string {
  return value === null ? "not rated yet" : value.toFixed(1);
}

/** One field, kind of organization, role or organization, as a card beside the others. */
export function CompareCard({
  column,
  withExcitement,
  timeZone,
}: {
  column: CompareColumn;
  /** Interests are rated at check-ins; organizations are not. */
  withExcitement: boolean;
  timeZone: string;
}) {
  const tags = takeawayTags.filter((tag) => (column.topThemes[tag]?.length ?? 0) > 0);
  return (
    <li
      className="min-w-0 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:w-80 sm:shrink-0 sm:snap-start"
      data-testid="compare-column"
    >
      <h3 className="text-lg font-semibold break-words text-slate-900">{column.label}</h3>
      <dl className="mt-3 grid grid-cols-2 gap-2">
        <Figure label="People" value={column.people} />
        <Figure label="Conversations held" value={column.conversationsHeld} />
      </dl>

      <h4 className="mt-4 text-sm font-semibold text-slate-800">How you came across</h4>
      <p className="text-xs text-slate-500">
        Averages of your five Cs, from{" "}
        {counted(column.reflection.conversations, { one: "reflection", other: "reflections" })}
      </p>
      <dl className="mt-1 grid gap-0.5 text-sm">
        {fiveCs.map((c) => (
          <div key={c} className="flex justify-between gap-2">
            <dt className="text-slate-600">{fiveCLabels[c]}</dt>
            <dd
              className={
                column.reflection.averages[c] === null
                  ? "text-slate-500 italic"
                  : "font-medium text-slate-900 tabular-nums"
              }
            >
              {averageText(column.reflection.averages[c])}
            </dd>
          </div>
        ))}
      </dl>

      <h4 className="mt-4 text-sm font-semibold text-slate-800">What people said most</h4>
      {tags.length === 0 ? (
        <p className="text-sm text-slate-500">No takeaways yet.</p>
      ) : (
        <dl className="mt-1 grid gap-2 text-sm">
          {tags.map((tag) => (
            <div key={tag}>
              <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                {takeawayTagLabels[tag]}
              </dt>
              {column.topThemes[tag]?.map((theme) => (
                <dd key={theme.label} className="flex justify-between gap-2 break-words">
                  <span className="min-w-0 text-slate-900">“{theme.label}”</span>
                  <span className="shrink-0 text-slate-600 tabular-nums">
                    {counted(theme.people, { one: "person", other: "people" })}
                  </span>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}

      {withExcitement ? (
        <>
          <h4 className="mt-4 text-sm font-semibold text-slate-800">Still excited?</h4>
          {column.excitement.length === 0 ? (
            <p className="text-sm text-slate-500">Not rated yet.</p>
          ) : (
            <>
              {column.excitement.length > 1 ? (
                <Suspense fallback={<div className="h-[120px]" />}>
                  <ExcitementChart points={column.excitement} timeZone={timeZone} />
                </Suspense>
              ) : null}
              <ol
                className="mt-1 grid gap-0.5 text-sm"
                aria-label={`Still excited about ${column.label}? (1 to 5)`}
              >
                {column.excitement.map((point) => (
                  <li key={point.checkedAt} className="flex justify-between gap-2">
                    <span className="text-slate-600">{dayText(point.checkedAt, timeZone)}</span>
                    <span className="text-slate-900">
                      <span className="font-medium tabular-nums">{point.rating}</span> ·{" "}
                      {excitementLabels[point.rating]}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      ) : null}
    </li>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}
