// Every page of the welcome feature, loaded together as one chunk on the first visit (see index.ts).
export { WelcomePage } from "./welcome-page.js";
