import { lazy, Suspense } from "react";
import type { EffortView } from "../../../../domain/insights/insights-view.js";
import { Loading } from "../../../components/query-state.js";
import { DataTable } from "../data-table.js";
import { Figure } from "./figure.js";
import { weekText } from "./week-format.js";

// uPlot comes in its own chunk, with this chart only.
const ActivityChart = lazy(() => import("./activity-chart.js"));

type Week = EffortView["activityPerWeek"][number];

/** How much went into the log each week: letters, calls, replies, conversations and notes. */
export function ActivityFigure({ weeks }: { weeks: EffortView["activityPerWeek"] }) {
  return (
    <Figure
      title="Activity per week"
      description="Everything you logged each week (weeks start on Monday)."
    >
      {weeks.length === 0 ? (
        <p className="text-slate-600">Nothing logged in this period.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]">
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <ActivityChart weeks={weeks} />
          </Suspense>
          <DataTable<Week>
            caption="Log entries per week"
            csvName="activity-per-week"
            rows={[...weeks].reverse()}
            rowKey={(row) => row.weekOf}
            columns={[
              {
                header: "Week of",
                cell: (row) => weekText(row.weekOf),
                csv: (row) => row.weekOf,
              },
              {
                header: "Entries",
                cell: (row) => row.entries,
                csv: (row) => row.entries,
                numeric: true,
              },
            ]}
          />
        </div>
      )}
    </Figure>
  );
}
