// Every page of the trips feature, loaded together as one chunk on the first visit (see index.ts).
export { TripsPage } from "./trips-page.js";
