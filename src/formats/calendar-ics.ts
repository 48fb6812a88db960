import ical, { ICalAlarmType, type ICalCalendar, ICalEventTransparency } from "ical-generator";
import { conversationModeLabels } from "../domain/activity.js";
import type { ConversationWithPerson } from "../domain/conversation.js";
import type { TodayAction } from "../domain/today.js";

/**
 * iCalendar (RFC 5545) for calendar apps: a subscribable feed of conversations and due
 * actions, and one conversation as a download. Pure: `now` stamps the events, and links
 * back to Rapport are made by the caller, who knows the server's address.
 */

export interface CalendarLinks {
  /** The person's page in Rapport, for the event's description. */
  personPage(personId: string): string;
}

const prodId = { company: "Rapport", product: "Rapport", language: "EN" };
const hour = 60 * 60;
const minute = 60 * 1000;
// UIDs are globally unique by the suffix; the prefix says what the event stands for.
const uidDomain = "rapport.local";

function summaryOf(conversation: ConversationWithPerson): string {
  return `Informational conversation with ${conversation.personName}`;
}

function addConversation(
  calendar: ICalCalendar,
  conversation: ConversationWithPerson,
  now: Date,
  links: CalendarLinks,
) {
  const personPage = links.personPage(conversation.personId);
  const description = [
    conversation.organizationName ? `Organization: ${conversation.organizationName}` : null,
    conversation.mode ? `Mode: ${conversationModeLabels[conversation.mode]}` : null,
    conversation.place ? `Place: ${conversation.place}` : null,
    `In Rapport: ${personPage}`,
  ]
    .filter((line) => line !== null)
    .join("\n");
  const summary = summaryOf(conversation);
  calendar.createEvent({
    id: `conversation-${conversation.activityId}@${uidDomain}`,
    sequence: conversation.revision,
    stamp: now,
    start: new Date(conversation.startsAt),
    end: new Date(conversation.endsAt),
    summary,
    description,
    location: conversation.place,
    url: conversation.placeLink ?? personPage,
    alarms: [
      { type: ICalAlarmType.display, triggerBefore: 24 * hour, description: summary },
      { type: ICalAlarmType.display, triggerBefore: hour, description: summary },
    ],
  });
}

function addAction(calendar: ICalCalendar, action: TodayAction, now: Date, links: CalendarLinks) {
  const summary = `${action.personName}: ${action.message}`;
  const start = new Date(action.dueAt);
  const personPage = links.personPage(action.personId);
  calendar.createEvent({
    id: `action-${action.key}@${uidDomain}`,
    stamp: now,
    start,
    // A reminder, not a meeting: a short slot that does not block the day.
    end: new Date(start.getTime() + 15 * minute),
    summary,
    description: [
      action.organizationName ? `Organization: ${action.organizationName}` : null,
      `In Rapport: ${personPage}`,
    ]
      .filter((line) => line !== null)
      .join("\n"),
    url: personPage,
    transparency: ICalEventTransparency.TRANSPARENT,
    alarms: [{ type: ICalAlarmType.display, trigger: 0, description: summary }],
  });
}

/** The subscribable feed: upcoming conversations and due actions. */
export function calendarFeedIcs(input: {
  conversations: readonly ConversationWithPerson[];
  actions: readonly TodayAction[];
  now: Date;
  links: CalendarLinks;
}): string {
  const calendar = ical({ name: "Rapport", prodId });
  for (const conversation of input.conversations)
    addConversation(calendar, conversation, input.now, input.links);
  for (const action of input.actions) addAction(calendar, action, input.now, input.links);
  return calendar.toString();
}

/** One conversation as a file to open in a calendar app. */
export function conversationIcs(
  conversation: ConversationWithPerson,
  now: Date,
  links: CalendarLinks,
): string {
  const calendar = ical({ prodId });
  addConversation(calendar, conversation, now, links);
  return calendar.toString();
}

/** A file name for the download: "conversation-jane-doe-2026-11-25.ics". */
export function conversationIcsFileName(conversation: ConversationWithPerson): string {
  const name = conversation.personName
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase();
  return `conversation-${name || "person"}-${conversation.startsAt.slice(0, 10)}.ics`;
}
