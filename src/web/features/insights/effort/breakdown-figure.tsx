import { useState } from "react";
import {
  type EffortDimension,
  type EffortGroup,
  effortDimensions,
} from "../../../../domain/insights/effort.js";
import type { EffortView } from "../../../../domain/insights/insights-view.js";
import { ChoicePills } from "../choice-pills.js";
import { DataTable } from "../data-table.js";
import {
  daysNumber,
  effortDimensionLabels,
  groupLabel,
  percentCsv,
  percentText,
  rateOf,
  stepCount,
} from "./effort-format.js";
import { Bar, Figure } from "./figure.js";

interface GroupRow {
  key: string;
  label: string;
  people: number;
  contacted: number;
  replied: number;
  met: number;
  replyRate: number | null;
  meetingRate: number | null;
  medianDays: number | null;
}

function groupRow(dimension: EffortDimension, group: EffortGroup): GroupRow {
  const contacted = stepCount(group.funnel, "contacted");
  const replied = stepCount(group.funnel, "replied");
  const met = stepCount(group.funnel, "met");
  return {
    key: group.value ?? "",
    label: groupLabel(dimension, group.value),
    people: group.people,
    contacted,
    replied,
    met,
    replyRate: rateOf(replied, contacted),
    meetingRate: rateOf(met, contacted),
    medianDays: group.daysToFirstAnswer.median,
  };
}

const dimensionNouns: Record<EffortDimension, string> = {
  organization: "organizations",
  source: "sources",
  channel: "channels",
  location: "places",
  introduced: "groups",
};

/** Which efforts pay: the same counts per organization, source, channel, place or introduction. */
export function BreakdownFigure({ breakdowns }: { breakdowns: EffortView["breakdowns"] }) {
  const [dimension, setDimension] = useState<EffortDimension>("source");
  const { groups, more } = breakdowns[dimension];
  const rows = groups.map((group) => groupRow(dimension, group));
  return (
    <Figure
      title="What brings answers"
      description="Of the people you contacted in each group, how many replied and how many you met."
    >
      <ChoicePills
        className="mb-4"
        legend="Group people by"
        choices={effortDimensions}
        labels={effortDimensionLabels}
        value={dimension}
        onChange={setDimension}
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <div aria-hidden="true">
          <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            <li className="flex items-center gap-1.5">
              <span className="size-3 rounded-sm bg-teal-600" /> Replied
            </li>
            <li className="flex items-center gap-1.5">
              <span className="size-3 rounded-sm bg-violet-500" /> Met
            </li>
          </ul>
          <ol className="grid content-start gap-3">
            {rows.map((row) => (
              <li key={row.key} className="grid gap-1">
                <Bar
                  label={row.label}
                  share={row.replyRate ?? 0}
                  text={`${percentText(row.replyRate)} replied`}
                />
                <Bar
                  label=""
                  share={row.meetingRate ?? 0}
                  colour="bg-violet-500"
                  text={`${percentText(row.meetingRate)} met`}
                />
              </li>
            ))}
          </ol>
        </div>
        <DataTable
          caption={`By ${effortDimensionLabels[dimension].toLowerCase()}`}
          csvName={`by-${dimension}`}
          rows={rows}
          rowKey={(row) => row.key}
          footer={more > 0 ? `and ${more} more ${dimensionNouns[dimension]}` : undefined}
          columns={[
            {
              header: effortDimensionLabels[dimension],
              cell: (row) => row.label,
              csv: (row) => row.label,
            },
            {
              header: "People",
              cell: (row) => row.people,
              csv: (row) => row.people,
              numeric: true,
            },
            {
              header: "Contacted",
              cell: (row) => row.contacted,
              csv: (row) => row.contacted,
              numeric: true,
            },
            {
              header: "Replied (%)",
              cell: (row) => percentText(row.replyRate),
              csv: (row) => percentCsv(row.replyRate),
              numeric: true,
            },
            {
              header: "Met (%)",
              cell: (row) => percentText(row.meetingRate),
              csv: (row) => percentCsv(row.meetingRate),
              numeric: true,
            },
            {
              header: "Median days to answer",
              cell: (row) => daysNumber(row.medianDays),
              csv: (row) => (row.medianDays === null ? null : Math.round(row.medianDays * 10) / 10),
              numeric: true,
            },
          ]}
        />
      </div>
    </Figure>
  );
}
