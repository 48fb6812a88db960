// The trips feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./trips-pages.js");

export const TripsPage = lazyPage(pages, "TripsPage");

export { useComposeTrip } from "./queries.js";
export { tripDates } from "./trips-dates.js";
