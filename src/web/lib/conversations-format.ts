import {
  type Channel,
  type ConversationMode,
  conversationModeLabels,
  conversationModes,
} from "../../domain/activity.js";

// Formatters are costly to build and a list shows many dates: keep one per zone.
const whenFormats = new Map<string, Intl.DateTimeFormat>();

/** "Wed, Nov 25, 2:00 PM" in the explorer's time zone (not the browser's). */
export function whenText(instant: string, timeZone: string): string {
  let format = whenFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday: "short",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone,
    });
    whenFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** "30 min", "1 h", "1 h 30 min". */
export function lengthText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function modeText(mode: ConversationMode | null): string | null {
  return mode ? conversationModeLabels[mode] : null;
}

/** A log entry's channel as a conversation mode ("Video"), when it is one. */
export function channelModeText(channel: Channel | null): string | null {
  return modeText(conversationModes.find((mode) => mode === channel) ?? null);
}

/** "America/New_York" → "America/New York", for hints beside date and time fields. */
export function zoneText(timeZone: string): string {
  return timeZone.replaceAll("_", " ");
}

/** A conversation's preparation page (`activityId`: its "meeting_scheduled" entry). */
export function preparePath(activityId: string): string {
  return `/conversations/${encodeURIComponent(activityId)}/prepare`;
}

/** A conversation's conduct page: run it from the phone (issue 11). */
export function conductPath(activityId: string): string {
  return `/conversations/${encodeURIComponent(activityId)}/conduct`;
}

/** A held conversation's follow-up page: takeaways and reflection (issue 11). */
export function followUpPath(activityId: string): string {
  return `/conversations/${encodeURIComponent(activityId)}/follow-up`;
}
