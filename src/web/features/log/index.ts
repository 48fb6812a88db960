// The log feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { logApi } from "./api.js";
export { PersonLog } from "./person-log.js";
export { entryTitle, LogEntryIcon } from "./person-log-entry.js";
export { NetworkAsks, PeopleTheyIntroduced } from "./person-network.js";
export { useActivities, useLogActivity } from "./queries.js";
