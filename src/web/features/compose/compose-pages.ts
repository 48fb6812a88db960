// Every page of the compose feature, loaded together as one chunk on the first visit (see index.ts).
export { ComposePage } from "./compose-page.js";
