// Every page of the prepare feature, loaded together as one chunk on the first visit (see index.ts).
export { PreparePage } from "./prepare-page.js";
