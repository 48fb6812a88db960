import type { ServiceContext } from "./context.js";
import { refreshDerivedStage } from "./derived-stage.js";
import { markDueActionsStale, refreshDueActions } from "./due-actions.js";
import { markInsightsFactsStale, refreshInsightsFacts } from "./insights-facts.js";
import { markSearchIndexStale } from "./search-freshness.js";
import { reindexForSearch, reindexPlanQuestionsOf, reindexTakeawaysOf } from "./search-indexing.js";

/**
 * The one way a change reaches what is derived from the records: a person's stage and last
 * touch, the reminders cache (due_actions), Insights' per-person facts (insights_facts) and
 * the search index. Every service that writes
 * says here, in its transaction `tx`, what it changed; which projections that touches is
 * decided in this file only, so a new kind of record (notes, questions, takeaways) is kept
 * in step by adding a case here, not by remembering calls in each service.
 * projections.test.ts checks that after every kind of change the caches equal a rebuild.
 */

/** What happened to a record. */
export type RecordChange = "created" | "edited" | "deleted" | "restored";

/** A record other than a log entry (those go through `onLogChanged`). */
export type ChangedRecord =
  /** `formerOrganizationId`: where someone worked before an edit that moved them. */
  | { type: "person"; id: string; formerOrganizationId?: string | null }
  | { type: "organization"; id: string }
  | { type: "network_ask"; id: string }
  | { type: "trip"; id: string }
  | { type: "template"; id: string }
  // Prepare (issue 10): found by search.
  | { type: "bank_question"; id: string }
  | { type: "plan_question"; id: string }
  | { type: "research_note"; id: string }
  | { type: "story"; id: string }
  // Follow up (issue 11): found by search, and their person's reminders follow them.
  | { type: "takeaway"; id: string; personId: string };

/**
 * A log entry was added, edited, deleted or restored: the person's stage, last touch and
 * reminders (and those of whoever the log suggested or works beside them) are worked out
 * again from their whole log, and the entry's search document follows.
 */
export async function onLogChanged(
  tx: ServiceContext,
  entry: { id: string; personId: string },
): Promise<void> {
  await refreshDerivedStage(tx.store, tx.ownerId, entry.personId);
  await refreshInsightsFacts(tx.store, tx.ownerId, [entry.personId]);
  await reindexForSearch(tx.store, tx.ownerId, { type: "activity", id: entry.id });
  // A conversation's plan questions are found only while it is live (Prepare, issue 10).
  await reindexPlanQuestionsOf(tx.store, tx.ownerId, { activityId: entry.id });
  // …and its takeaways (issue 11), whose reminders follow the person's log above.
  await reindexTakeawaysOf(tx.store, tx.ownerId, entry.id);
}

/**
 * A record was created, edited, deleted or restored: its search document and the documents
 * that show it (a person's entries and asks carry their name; an organization's people
 * carry its name), and the reminders that depend on it.
 */
export async function onRecordChanged(
  tx: ServiceContext,
  record: ChangedRecord,
  change: RecordChange,
): Promise<void> {
  const { store, ownerId } = tx;
  switch (record.type) {
    case "person":
      await reindexForSearch(store, ownerId, record);
      await reindexPlanQuestionsOf(store, ownerId, { personId: record.id });
      // Their own reminders, and their colleagues' 3B7 second contact (at the former
      // organization too, for someone who moved).
      await refreshDueActions(store, ownerId, [record.id], record.formerOrganizationId ?? null);
      // Deleting someone hides their log from the live entries; restoring brings it back.
      if (change === "deleted" || change === "restored")
        await refreshInsightsFacts(store, ownerId, [record.id]);
      return;
    case "organization":
      await reindexForSearch(store, ownerId, record);
      // Its people gain or lose an organization, which the 3B7 routine looks at: too many
      // to refresh one by one, so the next read of Today rebuilds every reminder.
      if (change === "deleted" || change === "restored") await markDueActionsStale(store, ownerId);
      return;
    case "network_ask":
    case "trip":
      await reindexForSearch(store, ownerId, record);
      return;
    case "template":
      // Nothing is derived from templates yet; the case is here so that stays a decision.
      return;
    case "bank_question":
    case "plan_question":
    case "research_note":
    case "story":
      await reindexForSearch(store, ownerId, record);
      return;
    case "takeaway":
      // Their write-up, action and update reminders (follow-up-rules.ts).
      await reindexForSearch(store, ownerId, record);
      await refreshDueActions(store, ownerId, [record.personId]);
      return;
  }
}

/**
 * A change too wide to follow record by record (an import, a restore, new settings): every
 * projection is marked out of date and rebuilt from the records on its next read.
 */
export async function onBulkChange(tx: ServiceContext): Promise<void> {
  await markDueActionsStale(tx.store, tx.ownerId);
  await markSearchIndexStale(tx.store, tx.ownerId);
  await markInsightsFactsStale(tx.store, tx.ownerId);
}
