import type { InsightsQueryDraft } from "../../../domain/insights/insights-query.js";
import { api, unwrap } from "../../lib/api-client.js";

/** The query string every Insights section takes: "" or absent for "any". */
export type InsightsQueryString = {
  [Key in keyof InsightsQueryDraft]?: Exclude<InsightsQueryDraft[Key], null>;
};

/** Insights' calls, one per section of the page (METHOD §7). */
export const insightsApi = {
  options: () => unwrap(api.insights.options.$get()),
  effort: (query: InsightsQueryString) => unwrap(api.insights.effort.$get({ query })),
  themes: (query: InsightsQueryString) => unwrap(api.insights.themes.$get({ query })),
  compare: (query: InsightsQueryString) => unwrap(api.insights.compare.$get({ query })),
  network: (query: InsightsQueryString) => unwrap(api.insights.network.$get({ query })),
};
