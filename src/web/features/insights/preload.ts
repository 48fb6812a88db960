import type { QueryClient } from "@tanstack/react-query";
import { insightsAddressOf } from "./filter-state.js";
import { insightsOptionsQuery, insightsSectionQueries } from "./queries.js";

/**
 * On navigation to /insights (the route's loader): the page's chunk, what the filters offer
 * and the shown section's figures are asked for at once, beside the app's own first reads,
 * instead of one after another as the page mounts (at 10,000 people that waterfall was half
 * of the time to the first figure). The page's queries then find them cached or in flight.
 */
export function preloadInsights(client: QueryClient, url: URL): void {
  void import("./insights-pages.js");
  const { section, query } = insightsAddressOf(url.searchParams);
  void client.prefetchQuery(insightsOptionsQuery());
  switch (section) {
    case "effort":
      void client.prefetchQuery(insightsSectionQueries.effort(query));
      return;
    case "themes":
      void client.prefetchQuery(insightsSectionQueries.themes(query));
      return;
    case "compare":
      void client.prefetchQuery(insightsSectionQueries.compare(query));
      return;
    case "network":
      void client.prefetchQuery(insightsSectionQueries.network(query));
      return;
  }
}
