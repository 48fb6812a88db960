import { type ReactNode, useState } from "react";
import { useSearchParams } from "react-router";
import { fiveCLabels, fiveCs } from "../../../domain/follow-up/reflection.js";
import {
  type CompareColumn,
  type CompareDimension,
  compareDimensionLabels,
  compareDimensions,
} from "../../../domain/insights/compare.js";
import { ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useCadenceSettings } from "../settings/index.js";
import { CheckInPanel } from "./check-in/check-in-panel.js";
import { ChoicePills } from "./choice-pills.js";
import { averageText, CompareCard } from "./compare-column.js";
import { type Column, DataTable } from "./data-table.js";
import { useCompare } from "./queries.js";
import type { SectionProps } from "./section-props.js";

/** How one column is named in sentences: "fields", "kinds of organization"… */
const pluralNames: Record<CompareDimension, string> = {
  field: "fields",
  organization_kind: "kinds of organization",
  role: "roles",
  organization: "organizations",
};

// The CSV carries what the page shows: "4.0", one decimal.
const oneDecimal = (value: number | null) => (value === null ? null : value.toFixed(1));

const tableColumns: Column<CompareColumn>[] = [
  { header: "Name", cell: (column) => column.label, csv: (column) => column.label },
  {
    header: "People",
    cell: (column) => column.people,
    csv: (column) => column.people,
    numeric: true,
  },
  {
    header: "Conversations held",
    cell: (column) => column.conversationsHeld,
    csv: (column) => column.conversationsHeld,
    numeric: true,
  },
  {
    header: "Reflections",
    cell: (column) => column.reflection.conversations,
    csv: (column) => column.reflection.conversations,
    numeric: true,
  },
  ...fiveCs.map(
    (c): Column<CompareColumn> => ({
      header: fiveCLabels[c],
      cell: (column) => averageText(column.reflection.averages[c]),
      csv: (column) => oneDecimal(column.reflection.averages[c]),
      numeric: true,
    }),
  ),
  {
    header: "Latest excitement (1–5)",
    cell: (column) => column.excitement.at(-1)?.rating ?? "–",
    csv: (column) => column.excitement.at(-1)?.rating ?? null,
    numeric: true,
  },
];

const dimensionOf = (value: string | null): CompareDimension =>
  compareDimensions.find((dimension) => dimension === value) ?? "field";

/**
 * How the paths compare (METHOD §7): fields, kinds of organization, roles or organizations
 * side by side (stacked on a phone), with the same numbers as a table.
 */
export function CompareSection({ query, options }: SectionProps) {
  const [params, setParams] = useSearchParams();
  // Held here too: the address changes a moment after the click (a navigation), and a radio
  // bound to it alone would spring back to the old choice in between.
  const [dimension, setChosen] = useState(() => dimensionOf(params.get("dimension")));
  const setDimension = (next: CompareDimension) => {
    setChosen(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === "field") updated.delete("dimension");
        else updated.set("dimension", next);
        return updated;
      },
      { replace: true },
    );
  };
  const compare = useCompare({ ...query, dimension });
  const settings = useCadenceSettings();
  const timeZone = settings.data?.timeZone ?? "UTC";

  let body: ReactNode;
  if (compare.isPending) body = <Loading label="Setting your paths side by side…" />;
  else if (compare.isError)
    body = <LoadFailed error={compare.error} retry={() => compare.refetch()} />;
  else {
    const view = compare.data;
    // While a new dimension loads, the previous figures are named by their own dimension.
    const shown = view.dimension;
    body = (
      <div
        aria-busy={compare.isPlaceholderData}
        className={compare.isPlaceholderData ? "opacity-50 transition-opacity" : ""}
        data-testid="compare"
      >
        {view.columns.length === 0 ? (
          <NoColumns dimension={shown} />
        ) : (
          <>
            {view.columns.every((column) => column.people === 0) ? (
              <p className="mb-3 rounded-xl bg-amber-50 px-4 py-3 text-amber-950 ring-1 ring-amber-200">
                Nobody here is tagged with one of these {pluralNames[shown]} yet. Tag people with
                your interests on their page (Edit), and their conversations count here.
              </p>
            ) : null}
            {/* Many columns scroll sideways on a laptop; focusable so arrow keys scroll them too. */}
            <ul
              aria-label={compareDimensionLabels[shown]}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
              tabIndex={0}
              className="flex flex-col gap-4 rounded-2xl focus-visible:outline-2 focus-visible:outline-teal-600 sm:snap-x sm:flex-row sm:overflow-x-auto sm:pb-3"
            >
              {view.columns.map((column) => (
                <CompareCard
                  key={column.key}
                  column={column}
                  withExcitement={shown !== "organization"}
                  timeZone={timeZone}
                />
              ))}
            </ul>
            {view.more > 0 ? (
              <p className="mt-2 text-sm text-slate-600">
                And {view.more} more {pluralNames[shown]} with fewer conversations, not shown.
                Narrow the filter to compare them.
              </p>
            ) : null}
            <div className="mt-6">
              <DataTable
                caption={`${compareDimensionLabels[shown]} compared`}
                columns={tableColumns}
                rows={view.columns}
                rowKey={(column) => column.key}
                csvName={`rapport-compare-${shown.replaceAll("_", "-")}`}
                footer={view.more > 0 ? `and ${view.more} more ${pluralNames[shown]}` : undefined}
              />
            </div>
          </>
        )}
      </div>
    );
  }

  return (
    <div className="min-w-0">
      <ChoicePills
        className="mb-5"
        legend="Compare"
        choices={compareDimensions}
        labels={compareDimensionLabels}
        value={dimension}
        onChange={setDimension}
      />
      <CheckInPanel options={options} />
      {body}
    </div>
  );
}

function NoColumns({ dimension }: { dimension: CompareDimension }) {
  if (dimension === "organization") {
    return (
      <EmptyState
        title="No organizations to compare yet"
        icon="⌂"
        actions={<ButtonLink to="/people">Go to your people</ButtonLink>}
      >
        Organizations show here once someone you added works at one. Add the organization on a
        person’s page.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title={`No ${pluralNames[dimension]} among your interests yet`}
      icon="⇆"
      actions={
        <ButtonLink variant="primary" to="/settings#exploring">
          Add interests in Settings
        </ButtonLink>
      }
    >
      Compare sets the {pluralNames[dimension]} you are exploring side by side. Add them under “What
      you are exploring” in Settings, then tag the people you meet with them.
    </EmptyState>
  );
}
