// Every page of the conversations feature, loaded together as one chunk on the first visit (see index.ts).
export { ConversationsPage } from "./conversations-page.js";
