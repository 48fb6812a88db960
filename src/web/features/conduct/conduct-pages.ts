// The conduct feature's pages, loaded as one chunk on the first visit (see index.ts).
export { ConductPage } from "./conduct-page.js";
