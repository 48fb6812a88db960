// The insights feature's public surface: what the router may import. Nothing else in this
// folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

// One chunk for the page (with papaparse for the CSV downloads); its charts (uPlot) and the
// referral network's layout (d3-force) are further chunks of their own, loaded when shown.
export const InsightsPage = lazyPage(() => import("./insights-pages.js"), "InsightsPage");

// Started by the route's loader, so the page's chunk and first reads do not wait for each other.
export { preloadInsights } from "./preload.js";
