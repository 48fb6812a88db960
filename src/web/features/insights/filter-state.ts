import { useSearchParams } from "react-router";
import type { InsightsQueryString } from "./api.js";

/** The page's sections, each a tab whose choice is kept in the address (?section=). */
export const insightsSections = ["themes", "compare", "effort", "network"] as const;
export type InsightsSection = (typeof insightsSections)[number];
export const insightsSectionLabels: Record<InsightsSection, string> = {
  themes: "Themes",
  compare: "Compare",
  effort: "Effort and yield",
  network: "Referral network",
};

/** The filter shared by every section, kept in the address so a view can be bookmarked. */
export interface InsightsFilterState {
  interest: string;
  location: string;
  from: string;
  to: string;
}

const filterKeys = ["interest", "location", "from", "to"] as const;

/** The section and filter an address holds (?section=, ?interest=, …). */
export function insightsAddressOf(params: URLSearchParams): {
  filter: InsightsFilterState;
  section: InsightsSection;
  /** Only the filter's set parts, for the API and the query keys. */
  query: InsightsQueryString;
} {
  const filter: InsightsFilterState = {
    interest: params.get("interest") ?? "",
    location: params.get("location") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
  const sectionParam = params.get("section");
  const section: InsightsSection =
    insightsSections.find((each) => each === sectionParam) ?? "themes";
  const query = Object.fromEntries(
    filterKeys.flatMap((key) => (filter[key] ? [[key, filter[key]]] : [])),
  ) as InsightsQueryString;
  return { filter, section, query };
}

export function useInsightsAddress() {
  const [params, setParams] = useSearchParams();
  const { filter, section, query } = insightsAddressOf(params);
  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return {
    filter,
    section,
    query,
    setFilter: (changes: Partial<InsightsFilterState>) => update(changes as Record<string, string>),
    setSection: (next: InsightsSection) => update({ section: next === "themes" ? "" : next }),
    clearFilter: () => update({ interest: "", location: "", from: "", to: "" }),
  };
}
