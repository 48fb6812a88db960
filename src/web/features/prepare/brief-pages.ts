// The brief's page, loaded as its own chunk on the first visit (see index.ts). Kept apart
// from the preparation page's chunk so each lands without touching the other's file.
export { BriefPage } from "./brief-page.js";
