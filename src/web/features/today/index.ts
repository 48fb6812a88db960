// The today feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./today-pages.js");

export const TodayPage = lazyPage(pages, "TodayPage");

export { useToday } from "./queries.js";
export { ThankYouCountdownText } from "./today-action-row.js";
