// Every page of the call feature, loaded together as one chunk on the first visit (see index.ts).
export { CallPage } from "./call-page.js";
