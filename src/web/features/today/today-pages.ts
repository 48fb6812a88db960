// Every page of the today feature, loaded together as one chunk on the first visit (see index.ts).
export { TodayPage } from "./today-page.js";
