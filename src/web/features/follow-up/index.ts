// The follow-up feature's public surface: what the router and other features may import. Nothing
// else in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

// One chunk for the page; the uPlot trend chart is a further chunk of its own (trend-chart.tsx).
export const FollowUpPage = lazyPage(() => import("./follow-up-pages.js"), "FollowUpPage");

// Links to the page use lib/conversations-format.ts's followUpPath (no need to load this feature).
