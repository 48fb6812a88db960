import type {
  ConversationCancelledDraft,
  ConversationHeldDraft,
  ConversationScheduleDraft,
} from "../../../domain/scheduling.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

const conversations = api.conversations;
const feed = api.settings.calendar;

/** Scheduled conversations and the calendar feed: the calls behind the Conversations page. */
export const conversationsApi = {
  list: () => unwrap(conversations.$get()),
  schedule: async (draft: ConversationScheduleDraft) =>
    (await unwrap(conversations.$post({ json: draft }))).conversation,
  reschedule: async (id: string, scheduledFor: string) =>
    (await unwrap(conversations[":id"].reschedule.$post({ ...byId(id), json: { scheduledFor } })))
      .conversation,
  cancel: async (id: string) => (await unwrap(conversations[":id"].$delete(byId(id)))).conversation,
  restore: async (id: string) =>
    (await unwrap(conversations[":id"].restore.$post(byId(id)))).conversation,
  /** Held at its scheduled start with its booked length, unless the draft corrects them. */
  markHeld: async (id: string, draft: ConversationHeldDraft = {}) =>
    (await unwrap(conversations[":id"].held.$post({ ...byId(id), json: draft }))).conversation,
  /** They cancelled, I cancelled, or they did not come. */
  markCancelled: async (id: string, draft: ConversationCancelledDraft) =>
    (await unwrap(conversations[":id"].cancelled.$post({ ...byId(id), json: draft }))).conversation,
  /** Undo of "It happened" or a cancellation: the log entry that closed it is deleted. */
  reopen: async (closingEntryId: string) =>
    (await unwrap(api.activities[":id"].$delete(byId(closingEntryId)))).activity,
  /** A plain link, not a call: the browser downloads it (Content-Disposition: attachment). */
  icsHref: (id: string) => `/api/conversations/${encodeURIComponent(id)}/ics`,
  calendarFeed: async () => (await unwrap(feed.$get())).calendar,
  enableCalendarFeed: async () => (await unwrap(feed.$post())).calendar,
  rotateCalendarFeed: async () => (await unwrap(feed.rotate.$post())).calendar,
  disableCalendarFeed: async () => (await unwrap(feed.$delete())).calendar,
};
