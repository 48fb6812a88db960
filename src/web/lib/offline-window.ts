/**
 * Which conversations are kept on the device for use without a connection (issue 11): every
 * one starting within the next 48 hours, and one already under way or just over, until a
 * few hours after its end, so the notes can still be read on the way back. Pure: `now` is
 * an argument; the keep-on-device step (offline-pack.ts) gives it the device's clock.
 */

const hour = 60 * 60 * 1000;

/** How far ahead conversations are kept. */
export const keepAheadHours = 48;

/** How long after its end a conversation is still kept. */
export const keepAfterEndHours = 6;

export interface TimedConversation {
  activityId: string;
  startsAt: string;
  endsAt: string;
}

/** Whether this conversation belongs on the device at `now`. */
export function isKeptOnDevice(conversation: TimedConversation, now: Date): boolean {
  const starts = Date.parse(conversation.startsAt);
  const ends = Date.parse(conversation.endsAt);
  if (Number.isNaN(starts) || Number.isNaN(ends)) return false;
  return (
    starts <= now.getTime() + keepAheadHours * hour &&
    ends + keepAfterEndHours * hour > now.getTime()
  );
}

/** The conversations to keep, soonest first, each once (the list's upcoming and past may overlap). */
export function conversationsToKeep<Conversation extends TimedConversation>(
  conversations: readonly Conversation[],
  now: Date,
): Conversation[] {
  const kept = new Map<string, Conversation>();
  for (const conversation of conversations) {
    if (isKeptOnDevice(conversation, now)) kept.set(conversation.activityId, conversation);
  }
  return [...kept.values()].sort(
    (first, second) => Date.parse(first.startsAt) - Date.parse(second.startsAt),
  );
}
