// The trips feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { useComposeTrip } from "./queries.js";
export { tripDates } from "./trips-dates.js";
export { TripsPage } from "./trips-page.js";
