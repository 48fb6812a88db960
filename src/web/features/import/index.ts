// The import feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { importFrom } from "./import-origin.js";
export { ImportPage } from "./import-page.js";
