import type { Activity } from "./activity.js";

/**
 * Which entry closes each booked conversation: "It happened" (conversation_held) or "It did
 * not" (conversation_cancelled). Neither names its conversation, so each closes the latest
 * open one of that person that had started by then (else the soonest open one), among
 * those booked by then. A booking counts as booked by its own time, or a day before its
 * start if that is earlier (a conversation brought forward, or logged after the fact), so
 * a forgotten older conversation never swallows a newer one's entry and an entry dated
 * before a much later booking never closes it. Pure; imports nothing but the types, so
 * the stage (stage.ts) can order a booking before what closes it.
 */
export type ClosingEvent = Pick<
  Activity,
  "id" | "personId" | "kind" | "occurredAt" | "scheduledFor" | "createdAt"
>;

const day = 24 * 60 * 60 * 1000;

function earlier(first: string, second: string): string {
  return first < second ? first : second;
}

const byText = (first: string, second: string) => (first < second ? -1 : first > second ? 1 : 0);

/** From when a booking may be closed: its own time, or a day before its start if earlier. */
export function bookedBy(entry: Pick<Activity, "occurredAt" | "scheduledFor">): string {
  if (!entry.scheduledFor) return entry.occurredAt;
  const dayBefore = new Date(new Date(entry.scheduledFor).getTime() - day).toISOString();
  return earlier(entry.occurredAt, dayBefore);
}

export function isClosingKind(kind: Activity["kind"]): boolean {
  return kind === "conversation_held" || kind === "conversation_cancelled";
}

/** Each booking's id → the entry that closed it. */
export function conversationClosings<Event extends ClosingEvent>(
  log: readonly Event[],
): Map<string, Event> {
  const scheduledByPerson = new Map<string, Event[]>();
  for (const entry of log) {
    if (entry.kind !== "meeting_scheduled" || !entry.scheduledFor) continue;
    const list = scheduledByPerson.get(entry.personId) ?? [];
    list.push(entry);
    scheduledByPerson.set(entry.personId, list);
  }
  const closedBy = new Map<string, Event>();
  if (scheduledByPerson.size === 0) return closedBy;
  for (const list of scheduledByPerson.values())
    list.sort(
      (first, second) =>
        byText(first.scheduledFor ?? "", second.scheduledFor ?? "") || byText(first.id, second.id),
    );
  const closing = log
    .filter((entry) => isClosingKind(entry.kind) && scheduledByPerson.has(entry.personId))
    .sort(
      (first, second) =>
        byText(first.occurredAt, second.occurredAt) || byText(first.createdAt, second.createdAt),
    );
  for (const closer of closing) {
    const open = (scheduledByPerson.get(closer.personId) ?? []).filter(
      (entry) => !closedBy.has(entry.id) && bookedBy(entry) <= closer.occurredAt,
    );
    const started = open.filter((entry) => (entry.scheduledFor ?? "") <= closer.occurredAt);
    const closes = started.at(-1) ?? open[0];
    if (closes) closedBy.set(closes.id, closer);
  }
  return closedBy;
}
