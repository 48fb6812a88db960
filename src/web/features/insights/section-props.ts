import type { InsightsOptions } from "../../../domain/insights/insights-view.js";
import type { InsightsQueryString } from "./api.js";
import type { InsightsFilterState } from "./filter-state.js";

/** What every section of the Insights page is given by the page. */
export interface SectionProps {
  /** The filter's set parts, as the API takes them. */
  query: InsightsQueryString;
  filter: InsightsFilterState;
  options: InsightsOptions;
}
