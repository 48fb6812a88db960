import { lazy, Suspense } from "react";
import { fiveCLabels, fiveCs } from "../../../domain/follow-up/reflection.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { whenText } from "../../lib/conversations-format.js";
import { useReflections } from "./queries.js";

// uPlot comes in its own chunk, with this chart only.
const TrendChart = lazy(() => import("./trend-chart.js"));

/** The five Cs across conversations: a small chart, and the same numbers as a table. */
export function ReflectionTrend({ timeZone }: { timeZone: string }) {
  const reflections = useReflections();
  if (reflections.isPending) return <Loading label="Loading your reflections…" />;
  if (reflections.isError)
    return <LoadFailed error={reflections.error} retry={() => reflections.refetch()} />;
  const points = reflections.data;
  if (points.length === 0) {
    return (
      <p className="text-slate-500">
        Save a reflection and your five Cs will show here, conversation after conversation.
      </p>
    );
  }
  return (
    <div className="grid min-w-0 gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <Suspense fallback={<Loading label="Drawing the chart…" />}>
        <TrendChart points={points} timeZone={timeZone} />
      </Suspense>
      <div className="min-w-0 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="trend-table">
          <caption className="sr-only">Your five Cs, oldest conversation first (1 to 5)</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-500">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Conversation
              </th>
              {fiveCs.map((c) => (
                <th key={c} scope="col" className="px-1.5 py-1.5 text-center font-medium">
                  <abbr title={fiveCLabels[c]} className="no-underline">
                    {fiveCLabels[c].slice(0, 4)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.activityId} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  <span className="block font-medium text-slate-900">{point.personName}</span>
                  <span className="text-slate-500">{whenText(point.startsAt, timeZone)}</span>
                </th>
                {fiveCs.map((c) => (
                  <td key={c} className="px-1.5 py-1.5 text-center tabular-nums">
                    {point.ratings[c] ?? "–"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
