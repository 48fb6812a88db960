import { lazy, Suspense } from "react";
import { stageLabels, stages } from "../../../../domain/stage.js";
import { counted } from "../../../../domain/wording/plural.js";
import { ButtonLink } from "../../../components/button.js";
import { EmptyState } from "../../../components/empty-state.js";
import { LoadFailed, Loading } from "../../../components/query-state.js";
import { stageDotClass } from "../../../components/stage-badge.js";
import { useNetwork } from "../queries.js";
import type { SectionProps } from "../section-props.js";
import { NetworkTable } from "./network-table.js";

// d3-force and the drawing come in their own chunk, loaded when this section is shown.
const NetworkGraph = lazy(() => import("./network-graph.js"));

function peopleText(count: number): string {
  return counted(count, { one: "person", other: "people" });
}

/** The referral network (METHOD §2, §7): who introduced whom, from the explorer outwards. */
export function NetworkSection({ query }: SectionProps) {
  const network = useNetwork(query);
  if (network.isPending) return <Loading label="Tracing who introduced whom…" />;
  if (network.isError) return <LoadFailed error={network.error} retry={() => network.refetch()} />;
  const view = network.data;
  if (view.total === 0) {
    return (
      <EmptyState
        title="Nobody has introduced anyone yet"
        icon="⟡"
        actions={
          <ButtonLink variant="primary" to="/people">
            Go to your people
          </ButtonLink>
        }
      >
        <p>
          Each conversation can lead to the next: at the end, ask who else you should talk to. When
          you add the people they name, fill in “Introduced by” on each one, and this page draws how
          one conversation led to another.
        </p>
        {view.foundYourself > 0 ? (
          <p className="mt-2">So far, {peopleText(view.foundYourself)} you found yourself.</p>
        ) : null}
      </EmptyState>
    );
  }
  const present = stages.filter((stage) => view.nodes.some((node) => node.stage === stage));
  return (
    <div
      className={`grid min-w-0 gap-5 transition-opacity ${network.isPlaceholderData ? "opacity-50" : ""}`}
      aria-busy={network.isPlaceholderData}
    >
      <section
        aria-labelledby="network-heading"
        className="min-w-0 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
      >
        <h2 id="network-heading" className="text-lg font-semibold text-slate-900">
          Who introduced whom
        </h2>
        <p className="mt-1 text-slate-600" data-testid="network-summary">
          {peopleText(view.total)} in a chain of introductions, and {peopleText(view.foundYourself)}{" "}
          you found yourself (counted on you, not drawn).
          {view.shown < view.total ? ` Showing ${view.shown} of ${view.total}.` : ""}
        </p>
        <div className="mt-4 grid min-w-0 gap-5 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)]">
          <div className="min-w-0">
            <Suspense fallback={<Loading label="Drawing the network…" />}>
              <NetworkGraph view={view} />
            </Suspense>
            <ul
              aria-label="Colours: each person's stage"
              className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700"
            >
              <li className="flex items-center gap-1.5">
                <span aria-hidden="true" className="size-3 rounded-full bg-slate-900" />
                You
              </li>
              {present.map((stage) => (
                <li key={stage} className="flex items-center gap-1.5">
                  <span
                    aria-hidden="true"
                    className={`size-3 rounded-full ${stageDotClass(stage)}`}
                  />
                  {stageLabels[stage]}
                </li>
              ))}
            </ul>
            <p className="mt-1 text-sm text-slate-600">
              A bigger circle introduced more people. Select a person to open their page.
            </p>
          </div>
          <NetworkTable view={view} />
        </div>
      </section>
    </div>
  );
}
