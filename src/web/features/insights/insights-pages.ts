// Every page of the insights feature, loaded together as one chunk on the first visit (see index.ts).
export { InsightsPage } from "./insights-page.js";
