// Every page of the import feature, loaded together as one chunk on the first visit (see index.ts).
export { ImportPage } from "./import-page.js";
