// The conversations feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./conversations-pages.js");

export const ConversationsPage = lazyPage(pages, "ConversationsPage");

export { DidItHappenActions } from "./did-it-happen-actions.js";
export { useCalendarFeed, useChangeCalendarFeed, useConversations } from "./queries.js";
export { ScheduleConversationButton } from "./schedule-conversation-button.js";
export { ScheduleConversationDialog } from "./schedule-conversation-dialog.js";
