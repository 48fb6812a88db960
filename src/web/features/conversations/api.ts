import type { ConversationMode } from "../../../domain/activity.js";
import type { ConversationWithPerson } from "../../../domain/conversation.js";
import { request } from "../../lib/api.js";

/** What the schedule dialog sends; the length is left out to take the settings' default. */
export interface ConversationDraft {
  personId: string;
  scheduledFor: string;
  durationMinutes?: number | string;
  channel: ConversationMode | "";
  place: string;
}

/** Settings → Calendar: the feed's path (`/calendar/<secret>.ics`) while it is on. */
export interface CalendarFeedSettings {
  enabled: boolean;
  path: string | null;
}

type One = { conversation: ConversationWithPerson };
type Feed = { calendar: CalendarFeedSettings };

const path = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

/** Scheduled conversations and the calendar feed: the calls behind the Conversations page. */
export const conversationsApi = {
  list: () =>
    request<{ upcoming: ConversationWithPerson[]; past: ConversationWithPerson[] }>(
      "GET",
      "/api/conversations",
    ),
  schedule: async (draft: ConversationDraft) =>
    (await request<One>("POST", "/api/conversations", draft)).conversation,
  reschedule: async (id: string, scheduledFor: string) =>
    (await request<One>("POST", `${path(id)}/reschedule`, { scheduledFor })).conversation,
  cancel: async (id: string) => (await request<One>("DELETE", path(id))).conversation,
  restore: async (id: string) => (await request<One>("POST", `${path(id)}/restore`)).conversation,
  markHeld: async (id: string) => (await request<One>("POST", `${path(id)}/held`)).conversation,
  /** A plain link: the browser downloads it (Content-Disposition: attachment). */
  icsHref: (id: string) => `${path(id)}/ics`,
  calendarFeed: async () => (await request<Feed>("GET", "/api/settings/calendar")).calendar,
  enableCalendarFeed: async () => (await request<Feed>("POST", "/api/settings/calendar")).calendar,
  rotateCalendarFeed: async () =>
    (await request<Feed>("POST", "/api/settings/calendar/rotate")).calendar,
  disableCalendarFeed: async () =>
    (await request<Feed>("DELETE", "/api/settings/calendar")).calendar,
};
