// The compose feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./compose-pages.js");

export const ComposePage = lazyPage(pages, "ComposePage");
