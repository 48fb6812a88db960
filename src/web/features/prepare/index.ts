// The prepare feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./prepare-pages.js");

export const PreparePage = lazyPage(pages, "PreparePage");
// The one-page brief: its own chunk (brief-pages.ts), so opening it loads no editing code.
export const BriefPage = lazyPage(() => import("./brief-pages.js"), "BriefPage");

// Links to the page use lib/conversations-format.ts's preparePath (no need to load this feature).
export { OwnQuestionBank } from "./own-question-bank.js";
export { usePrepareSettings, useSavePrepareSettings } from "./queries.js";
