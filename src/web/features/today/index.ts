// The today feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { todayApi } from "./api.js";
export { useToday } from "./queries.js";
export { TodayPage } from "./today-page.js";
