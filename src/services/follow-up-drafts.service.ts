import type { Takeaway } from "../domain/follow-up/takeaway.js";
import { latestHeldConversationId } from "../domain/thank-you-draft.js";
import { listActivities } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { notFound } from "./service-error.js";

/** What a thank-you or an update is written from besides the log: one conversation's takeaways. */
export interface DraftTakeaways {
  /** The conversation's "meeting_scheduled" entry, or null when no conversation was held. */
  conversationId: string | null;
  takeaways: Takeaway[];
}

/**
 * The takeaways a follow-up draft cites (METHOD §6): those of the conversation named (an
 * update for Today's "send_update", which names it), else of the latest conversation held
 * with the person (the thank-you, and the keep-in-touch update).
 */
export async function draftTakeaways(
  context: ServiceContext,
  personId: string,
  conversationId: string | null = null,
): Promise<DraftTakeaways> {
  const log = await listActivities(context, personId);
  if (conversationId) {
    const entry = log.find((candidate) => candidate.id === conversationId);
    if (entry?.kind !== "meeting_scheduled") {
      throw notFound("That conversation with this person");
    }
  }
  const chosen = conversationId ?? latestHeldConversationId(log, context.now());
  if (!chosen) return { conversationId: null, takeaways: [] };
  return {
    conversationId: chosen,
    takeaways: await context.store.takeaways.listForConversation(context.ownerId, chosen),
  };
}
