import { TZDate } from "@date-fns/tz";
import {
  type Activity,
  type CancellationOutcome,
  type ConversationMode,
  cancellationOutcomes,
  conversationModes,
} from "./activity.js";
import { conversationClosings } from "./conversation-closings.js";
import { compareInstants } from "./stage.js";

/**
 * Conversations are not a table of their own: each "meeting_scheduled" log entry with a
 * time is one (METHOD §3: the person picks the time, so rescheduling edits that entry).
 * Pure: the log and `now` go in.
 */

/**
 * Still to come; time passed and nobody said whether it happened; it happened; it did not
 * (cancelled by either side, or they did not come: a "conversation_cancelled" entry).
 */
export type ConversationStatus = "upcoming" | "did_it_happen" | "held" | "cancelled";

export interface Conversation {
  /** The "meeting_scheduled" entry; rescheduling and cancelling act on it. */
  activityId: string;
  personId: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  mode: ConversationMode | null;
  /** An address or a video link, as typed. */
  place: string | null;
  /** The place as a web address when it is one, so it can be clicked. */
  placeLink: string | null;
  status: ConversationStatus;
  /** The "conversation_held" entry that closed it, when one did. */
  heldActivityId: string | null;
  /** The "conversation_cancelled" entry that closed it, when one did. */
  cancelledActivityId: string | null;
  /** Who cancelled, or that they did not come, when it was cancelled. */
  cancellation: CancellationOutcome | null;
  /**
   * Grows with every change to the entry (seconds from its creation to its last update), so
   * a calendar takes a rescheduled event as a newer version of the same one (SEQUENCE).
   */
  revision: number;
}

/** A conversation with whom, as lists and the calendar show it. */
export interface ConversationWithPerson extends Conversation {
  personName: string;
  organizationName: string | null;
}

const minute = 60 * 1000;

/** A web address in the place field ("https://…", "www.…"), else null. */
export function placeLink(place: string | null): string | null {
  const text = place?.trim() ?? "";
  if (!/^(https?:\/\/|www\.)\S+$/i.test(text)) return null;
  const withScheme = /^www\./i.test(text) ? `https://${text}` : text;
  try {
    return new URL(withScheme).toString();
  } catch {
    return null;
  }
}

function modeOf(channel: Activity["channel"]): ConversationMode | null {
  return conversationModes.find((mode) => mode === channel) ?? null;
}

export { conversationClosings } from "./conversation-closings.js";

function cancellationOf(entry: Activity | undefined): CancellationOutcome | null {
  if (entry?.kind !== "conversation_cancelled") return null;
  return cancellationOutcomes.find((outcome) => outcome === entry.outcome) ?? "cancelled_by_them";
}

/**
 * Every scheduled conversation in the log, soonest first; held or cancelled by the entry
 * that closed it (see `conversationClosings`).
 */
export function deriveConversations(
  log: readonly Activity[],
  now: Date,
  defaultMinutes: number,
): Conversation[] {
  const scheduled = log
    .filter((entry) => entry.kind === "meeting_scheduled" && entry.scheduledFor)
    .sort(
      (first, second) =>
        compareInstants(first.scheduledFor ?? "", second.scheduledFor ?? "") ||
        compareInstants(first.id, second.id),
    );
  const closedBy = conversationClosings(log);
  return scheduled.map((entry) => {
    const startsAt = new Date(entry.scheduledFor ?? "");
    const durationMinutes = entry.durationMinutes ?? defaultMinutes;
    const closer = closedBy.get(entry.id);
    const heldActivityId = closer?.kind === "conversation_held" ? closer.id : null;
    const cancellation = cancellationOf(closer);
    const status: ConversationStatus = heldActivityId
      ? "held"
      : cancellation
        ? "cancelled"
        : startsAt > now
          ? "upcoming"
          : "did_it_happen";
    return {
      activityId: entry.id,
      personId: entry.personId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + durationMinutes * minute).toISOString(),
      durationMinutes,
      mode: modeOf(entry.channel),
      place: entry.place,
      placeLink: placeLink(entry.place),
      status,
      heldActivityId,
      cancelledActivityId: cancellation ? (closer?.id ?? null) : null,
      cancellation,
      revision: Math.max(
        0,
        Math.floor((Date.parse(entry.updatedAt) - Date.parse(entry.createdAt)) / 1000),
      ),
    };
  });
}

/** Upcoming soonest first; past (held or awaiting an answer) most recent first. */
export function splitConversations<Item extends Conversation>(
  conversations: readonly Item[],
): { upcoming: Item[]; past: Item[] } {
  const upcoming = conversations.filter((conversation) => conversation.status === "upcoming");
  const past = conversations
    .filter((conversation) => conversation.status !== "upcoming")
    .sort((first, second) => compareInstants(second.startsAt, first.startsAt));
  return { upcoming, past };
}

/**
 * When "It happened" is logged: the conversation's scheduled start (the explorer may
 * correct it), with its length; its end (start + length) starts the thank-you's clock.
 */
export function heldAt(conversation: Pick<Conversation, "startsAt">): string {
  return conversation.startsAt;
}

/** A wall-clock date and time ("2026-11-25", "14:30") in a time zone, as a UTC instant. */
export function zonedToInstant(date: string, time: string, timeZone: string): string | null {
  const dateParts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeParts = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateParts || !timeParts) return null;
  const [year, month, day] = dateParts.slice(1).map(Number) as [number, number, number];
  const [hours, minutes] = timeParts.slice(1).map(Number) as [number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const zoned = new TZDate(year, month - 1, day, hours, minutes, timeZone);
  // 31 February would roll into March; say no instead.
  if (zoned.getDate() !== day) return null;
  return new Date(zoned.getTime()).toISOString();
}

/** A UTC instant as the wall-clock date and time a form shows in a time zone. */
export function instantToZoned(instant: string, timeZone: string): { date: string; time: string } {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone);
  const two = (value: number) => String(value).padStart(2, "0");
  return {
    date: `${zoned.getFullYear()}-${two(zoned.getMonth() + 1)}-${two(zoned.getDate())}`,
    time: `${two(zoned.getHours())}:${two(zoned.getMinutes())}`,
  };
}
