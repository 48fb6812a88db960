import type { Migration } from "kysely";
import * as peopleAndOrganizations from "./2026-11-22T0000-people-and-organizations.js";
import * as logNetworkProfile from "./2026-11-22T0100-log-network-profile.js";
import * as search from "./2026-11-22T0200-search.js";
import * as searchTokenizer from "./2026-11-22T0300-search-tokenizer.js";
import * as today from "./2026-11-22T0400-today.js";
import * as conversationsTripsTemplates from "./2026-11-23T0500-conversations-trips-templates.js";
import * as dueActionsCache from "./2026-11-23T0600-due-actions-cache.js";
import * as nameKeys from "./2026-12-01T0700-name-keys.js";
import * as searchTripsPhones from "./2026-12-01T0800-search-trips-phones.js";
import * as searchIndexBuilds from "./2026-12-01T0900-search-index-builds.js";
import * as preparation from "./2026-12-01T1000-preparation.js";
import * as conductFollowUp from "./2026-12-02T1100-conduct-follow-up.js";
import * as checkIns from "./2026-12-03T1200-check-ins.js";
import * as insightsFacts from "./2026-12-04T0900-insights-facts.js";
import * as todayReads from "./2026-12-05T0900-today-reads.js";
import * as todayByReason from "./2026-12-05T1000-today-by-reason.js";

/**
 * Every migration, in order. Listed by hand rather than read from the folder so the
 * compiled build and the tests see exactly the same set. Names sort by timestamp.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-22T0000-people-and-organizations": peopleAndOrganizations,
  "2026-11-22T0100-log-network-profile": logNetworkProfile,
  "2026-11-22T0200-search": search,
  "2026-11-22T0300-search-tokenizer": searchTokenizer,
  "2026-11-22T0400-today": today,
  "2026-11-23T0500-conversations-trips-templates": conversationsTripsTemplates,
  "2026-11-23T0600-due-actions-cache": dueActionsCache,
  "2026-12-01T0700-name-keys": nameKeys,
  "2026-12-01T0800-search-trips-phones": searchTripsPhones,
  "2026-12-01T0900-search-index-builds": searchIndexBuilds,
  "2026-12-01T1000-preparation": preparation,
  "2026-12-02T1100-conduct-follow-up": conductFollowUp,
  "2026-12-03T1200-check-ins": checkIns,
  "2026-12-04T0900-insights-facts": insightsFacts,
  "2026-12-05T0900-today-reads": todayReads,
  "2026-12-05T1000-today-by-reason": todayByReason,
};
