import type { Activity, ActivityKind } from "./activity.js";
import { conversationClosings } from "./conversation-closings.js";

/** Where a person stands with the explorer; always derived from the log, never typed. */
export const stages = [
  "identified",
  "contacted",
  "following_up",
  "scheduled",
  "met",
  "thanked",
  "keeping_in_touch",
  "declined",
  "paused",
] as const;
export type Stage = (typeof stages)[number];

export const stageLabels: Record<Stage, string> = {
  identified: "Identified",
  contacted: "Contacted",
  following_up: "Following up",
  scheduled: "Scheduled",
  met: "Met",
  thanked: "Thanked",
  keeping_in_touch: "Keeping in touch",
  declined: "Declined",
  paused: "Paused",
};

/** The parts of a log entry that decide the stage. */
export type StageEvent = Pick<Activity, "kind" | "outcome" | "occurredAt"> & {
  createdAt?: string;
  /** For a booking: when the conversation starts (a booking never counts after it). */
  scheduledFor?: string | null;
  /** With ids, a booking is also ordered before the entry that closed it. */
  id?: string;
  personId?: string;
};

/** Have they met (at least once)? Later outreach then is keeping in touch, not a new ask. */
function hasMet(stage: Stage): boolean {
  return stage === "met" || stage === "thanked" || stage === "keeping_in_touch";
}

/** A written or spoken attempt to reach the person. */
function isOutreach(kind: ActivityKind): boolean {
  return (
    kind === "letter_sent" ||
    kind === "email_sent" ||
    kind === "network_message_sent" ||
    kind === "call"
  );
}

/**
 * The stage after one more entry in the log. `beforeBooking` is the stage before the
 * latest booking, which a cancellation returns to.
 */
export function nextStage(stage: Stage, event: StageEvent, beforeBooking?: Stage): Stage {
  const kind = event.kind;
  switch (kind) {
    case "letter_sent":
    case "email_sent":
    case "network_message_sent":
    case "call":
      if (hasMet(stage)) return "keeping_in_touch";
      if (stage === "scheduled") return "scheduled";
      // A second attempt, or any attempt after the first, is the follow-up of METHOD §3.
      if (stage === "contacted" || stage === "following_up") return "following_up";
      return "contacted";
    case "reply_received":
      if (hasMet(stage) || stage === "scheduled") return stage;
      return "following_up";
    case "declined":
      if (event.outcome === "maybe_later") return "paused";
      return "declined";
    case "meeting_scheduled":
      return "scheduled";
    case "conversation_held":
      return "met";
    case "conversation_cancelled":
      // It will not happen as booked: back to where they stood before the booking (after
      // a first ask, agreeing a new time is following up; after an earlier conversation,
      // they are still met, thanked or kept in touch with).
      if (stage !== "scheduled") return stage;
      return beforeBooking && hasMet(beforeBooking) ? beforeBooking : "following_up";
    case "thank_you_sent":
      // Thanks for an introduction before any conversation does not move the stage.
      return stage === "met" ? "thanked" : stage;
    case "update_sent":
      return hasMet(stage) ? "keeping_in_touch" : stage;
    case "snafu":
    case "note":
      return stage;
  }
}

/**
 * Orders ISO-8601 UTC instants: as text they sort by time, and a plain comparison is many
 * times faster than localeCompare over a hundred thousand entries.
 */
export function compareInstants(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

/**
 * When an entry takes its place in the log's order: when it happened, except that a
 * booking counts no later than the conversation it books, nor than the entry that says
 * whether it happened (`closedAt`). A conversation logged after the fact ("we met
 * yesterday at 10") is booked by 10 at the latest, so its "It happened" and thank-you,
 * and any correction of their times, stay after it.
 */
export function orderedAt(event: StageEvent, closedAt?: string): string {
  if (event.kind !== "meeting_scheduled") return event.occurredAt;
  let at = event.occurredAt;
  if (event.scheduledFor && event.scheduledFor < at) at = event.scheduledFor;
  if (closedAt !== undefined && closedAt < at) at = closedAt;
  return at;
}

/** Each booking's closing time, for the log's entries that carry ids. */
function closingTimes(events: readonly StageEvent[]): Map<string, string> {
  const withIds = events.flatMap((event) =>
    event.id !== undefined && event.personId !== undefined
      ? [
          {
            id: event.id,
            personId: event.personId,
            kind: event.kind,
            occurredAt: event.occurredAt,
            scheduledFor: event.scheduledFor ?? null,
            createdAt: event.createdAt ?? "",
          },
        ]
      : [],
  );
  const times = new Map<string, string>();
  for (const [bookingId, closer] of conversationClosings(withIds))
    times.set(bookingId, closer.occurredAt);
  return times;
}

/** At the same instant: a booking before its outcome, its outcome before the rest. */
function rankAtSameInstant(kind: ActivityKind): number {
  if (kind === "meeting_scheduled") return 0;
  if (kind === "conversation_held" || kind === "conversation_cancelled") return 1;
  return 2;
}

/**
 * Oldest first by `orderedAt`; at the same instant a booking comes before what closes it,
 * then entries keep the order they were logged in.
 */
export function chronological<Event extends StageEvent>(events: readonly Event[]): Event[] {
  const closed = events.some((event) => event.kind === "meeting_scheduled")
    ? closingTimes(events)
    : new Map<string, string>();
  return events
    .map((event) => ({
      event,
      at: orderedAt(event, event.id === undefined ? undefined : closed.get(event.id)),
      rank: rankAtSameInstant(event.kind),
    }))
    .sort(
      (first, second) =>
        compareInstants(first.at, second.at) ||
        first.rank - second.rank ||
        compareInstants(first.event.createdAt ?? "", second.event.createdAt ?? ""),
    )
    .map(({ event }) => event);
}

/**
 * A person's stage from their whole log, in the order of the entries' times (never the
 * order they were typed or edited in), so correcting a time never sends the stage back
 * past the entries that came after it.
 */
export function deriveStage(events: readonly StageEvent[]): Stage {
  let stage: Stage = "identified";
  let beforeBooking: Stage = "identified";
  for (const event of chronological(events)) {
    if (event.kind === "meeting_scheduled" && stage !== "scheduled") beforeBooking = stage;
    stage = nextStage(stage, event, beforeBooking);
  }
  return stage;
}

/** Entries that count as touching base with the person (not private notes or snafus). */
export function isTouch(kind: ActivityKind): boolean {
  return isOutreach(kind) || (kind !== "note" && kind !== "snafu");
}

/** The latest touch, or null when there has been none. */
export function lastTouch(events: readonly StageEvent[]): string | null {
  let latest: string | null = null;
  for (const event of events) {
    if (isTouch(event.kind) && (latest === null || event.occurredAt > latest))
      latest = event.occurredAt;
  }
  return latest;
}

/** Whole days from `since` to `now`, counted in UTC; null when there is no `since`. */
export function daysSince(since: string | null, now: Date): number | null {
  if (since === null) return null;
  const day = 24 * 60 * 60 * 1000;
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / day));
}
