// The import feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./import-pages.js");

export const ImportPage = lazyPage(pages, "ImportPage");

export { importFrom } from "./import-origin.js";
