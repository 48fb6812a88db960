// The today feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazy } from "react";
import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./today-pages.js");

export const TodayPage = lazyPage(pages, "TodayPage");

export { usePersonDue, useToday } from "./queries.js";
export { ThankYouCountdownText } from "./today-action-row.js";

/**
 * The "still excited?" form, for Insights → Compare: a small chunk of its own, which Today's
 * card imports too, so neither page carries the other's code.
 */
export const CheckInForm = lazy(() =>
  import("./check-in-form.js").then((module) => ({ default: module.CheckInForm })),
);
