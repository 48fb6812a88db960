// The prepare feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

// The one-page brief (its own chunk, brief-pages.ts).
export const BriefPage = lazyPage(() => import("./brief-pages.js"), "BriefPage");
