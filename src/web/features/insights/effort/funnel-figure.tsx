import {
  type FunnelRow,
  type FunnelStep,
  funnelStepLabels,
} from "../../../../domain/insights/funnel.js";
import { DataTable } from "../data-table.js";
import { percentCsv, percentText } from "./effort-format.js";
import { Bar, Figure } from "./figure.js";

// How each step follows from the one before, for "42% of contacted replied".
const stepPhrases: Record<Exclude<FunnelStep, "identified">, string> = {
  contacted: "of those identified were contacted",
  replied: "of those contacted replied",
  scheduled: "of those who replied scheduled a conversation",
  met: "of those scheduled met you",
  thanked: "of those met were thanked",
  keeping_in_touch: "of those thanked are kept in touch with",
};

/** "42% of those contacted replied", or null for the first step (or after nobody). */
export function stepRateText(row: FunnelRow): string | null {
  if (row.step === "identified" || row.rateFromPrevious === null) return null;
  return `${percentText(row.rateFromPrevious)} ${stepPhrases[row.step]}`;
}

/** The funnel, identified to keeping in touch: bars with counts and rates, and its table. */
export function FunnelFigure({ rows }: { rows: FunnelRow[] }) {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <Figure
      title="From finding to keeping in touch"
      description="How many people reached each step; a later step counts the earlier ones as passed."
    >
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <ol aria-hidden="true" className="grid content-start gap-2.5">
          {rows.map((row) => {
            return (
              <li key={row.step}>
                <Bar
                  label={funnelStepLabels[row.step]}
                  share={row.count / largest}
                  text={<span className="font-semibold text-slate-900">{row.count}</span>}
                  note={stepRateText(row)}
                />
              </li>
            );
          })}
        </ol>
        <DataTable
          caption="The funnel"
          csvName="funnel"
          rows={rows}
          rowKey={(row) => row.step}
          columns={[
            {
              header: "Step",
              cell: (row) => funnelStepLabels[row.step],
              csv: (row) => funnelStepLabels[row.step],
            },
            { header: "People", cell: (row) => row.count, csv: (row) => row.count, numeric: true },
            {
              header: "From the step before (%)",
              cell: (row) => percentText(row.rateFromPrevious),
              csv: (row) => percentCsv(row.rateFromPrevious),
              numeric: true,
            },
          ]}
        />
      </div>
    </Figure>
  );
}
