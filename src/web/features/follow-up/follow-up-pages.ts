// Every page of the follow-up feature, loaded together as one chunk on the first visit (see index.ts).
export { FollowUpPage } from "./follow-up-page.js";
