// The conduct feature's public surface (issue 11): what the router imports. Links to the page
// use lib/conversations-format.ts's conductPath (no need to load this feature).
import { lazyPage } from "../../lib/lazy-page.js";

export const ConductPage = lazyPage(() => import("./conduct-pages.js"), "ConductPage");
