import type { KeyboardEvent } from "react";
import { ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { CompareSection } from "./compare-section.js";
import { EffortSection } from "./effort/effort-section.js";
import { FilterBar } from "./filter-bar.js";
import {
  type InsightsSection,
  insightsSectionLabels,
  insightsSections,
  useInsightsAddress,
} from "./filter-state.js";
import { NetworkSection } from "./network/network-section.js";
import { useInsightsOptions } from "./queries.js";
import { ThemesSection } from "./themes-section.js";

const sectionComponents = {
  themes: ThemesSection,
  compare: CompareSection,
  effort: EffortSection,
  network: NetworkSection,
} as const;

/** /insights: what the conversations are telling the explorer, and which efforts pay (METHOD §7). */
export function InsightsPage() {
  const address = useInsightsAddress();
  const options = useInsightsOptions();
  const header = (
    <PageHeader
      title="Insights"
      description="What your conversations keep telling you, how the paths you explore compare, and which of your efforts bring answers, conversations and introductions."
    />
  );
  if (options.isPending) {
    return (
      <div className="min-w-0">
        {header}
        <Loading label="Counting your conversations…" />
      </div>
    );
  }
  if (options.isError) {
    return (
      <div className="min-w-0">
        {header}
        <LoadFailed error={options.error} retry={() => options.refetch()} />
      </div>
    );
  }
  if (options.data.counts.people === 0) {
    return (
      <div className="min-w-0">
        {header}
        <EmptyState
          title="Nothing to learn from yet"
          icon="✦"
          actions={
            <>
              <ButtonLink variant="primary" to="/people/new">
                Add a person
              </ButtonLink>
              <ButtonLink to="/import">Import contacts</ButtonLink>
            </>
          }
        >
          Insights counts the people you find, the letters you send and what each conversation
          teaches you. Add the people you would like to talk to, and this page fills in as you go.
        </EmptyState>
      </div>
    );
  }
  const Section = sectionComponents[address.section];
  const select = (section: InsightsSection) => {
    address.setSection(section);
    document.getElementById(`insights-tab-${section}`)?.focus();
  };
  // Arrow keys move between the tabs, as a tab list does (WAI-ARIA).
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = insightsSections.indexOf(address.section);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (event.key === "Home") select(insightsSections[0]);
    else if (event.key === "End") select(insightsSections[insightsSections.length - 1] ?? "themes");
    else if (step !== 0)
      select(
        insightsSections[(index + step + insightsSections.length) % insightsSections.length] ??
          "themes",
      );
    else return;
    event.preventDefault();
  };
  return (
    <div className="min-w-0">
      {header}
      <FilterBar
        filter={address.filter}
        options={options.data}
        onChange={address.setFilter}
        onClear={address.clearFilter}
      />
      <div
        role="tablist"
        aria-label="Insights"
        className="mb-5 grid grid-cols-2 gap-1 border-b border-slate-200 pb-px sm:flex"
      >
        {insightsSections.map((section) => (
          <button
            key={section}
            type="button"
            role="tab"
            id={`insights-tab-${section}`}
            aria-selected={address.section === section}
            aria-controls="insights-panel"
            tabIndex={address.section === section ? 0 : -1}
            onClick={() => address.setSection(section)}
            onKeyDown={onTabKey}
            className={`min-h-11 shrink-0 rounded-t-lg border-b-2 px-3 text-sm font-semibold whitespace-nowrap ${address.section === section ? "border-teal-700 text-teal-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {insightsSectionLabels[section]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="insights-panel" aria-labelledby={`insights-tab-${address.section}`}>
        <Section query={address.query} filter={address.filter} options={options.data} />
      </div>
    </div>
  );
}
