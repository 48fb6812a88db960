import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import ical, { ICalAlarmType, type ICalCalendar, ICalEventTransparency } from "ical-generator";
import { conversationModeLabels } from "../domain/activity.js";
import type { ConversationWithPerson } from "../domain/conversation.js";
import type { TodayAction } from "../domain/today.js";
import { formatInstant } from "../domain/wording/dates.js";

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

/** Where in the explorer's day a reminder that is already due goes: the start of work. */
export const pastDueReminderHour = 9;

/**
 * When the feed shows an action, and how many days it was moved. One still to come sits at
 * its due time. One already due would sit on a past date, where no alarm fires: it moves
 * to the feed's day (in the explorer's zone) at the start of work, or stays at its due
 * time if that was later today. The move depends only on the day, so fetches within a
 * day agree and its alarm fires once a day until it is done.
 */
function placeAction(action: TodayAction, now: Date, timeZone: string) {
  const due = new Date(action.dueAt);
  if (due >= now) return { start: due, daysMoved: 0 };
  const today = new TZDate(now.getTime(), timeZone);
  const startOfWork = new TZDate(
    today.getFullYear(),
    today.getMonth(),
    today.getDate(),
    pastDueReminderHour,
    0,
    0,
    timeZone,
  );
  if (due >= startOfWork) return { start: due, daysMoved: 0 };
  const daysMoved = differenceInCalendarDays(today, new TZDate(due.getTime(), timeZone));
  return { start: new Date(startOfWork.getTime()), daysMoved };
}

function fellDue(action: TodayAction, timeZone: string): string {
  const when = formatInstant(action.dueAt, timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  });
  return `${action.state === "overdue" ? "Overdue: it" : "It"} fell due on ${when}.`;
}

function addAction(
  calendar: ICalCalendar,
  action: TodayAction,
  now: Date,
  timeZone: string,
  links: CalendarLinks,
) {
  const summary = `${action.state === "overdue" ? "Overdue — " : ""}${action.personName}: ${action.message}`;
  const { start, daysMoved } = placeAction(action, now, timeZone);
  const personPage = links.personPage(action.personId);
  calendar.createEvent({
    // The same UID on every day it moves, and a higher sequence, so apps update it in place.
    id: `action-${action.key}@${uidDomain}`,
    sequence: daysMoved,
    stamp: now,
    start,
    // A reminder, not a meeting: a short slot that does not block the day.
    end: new Date(start.getTime() + 15 * minute),
    summary,
    description: [
      daysMoved > 0 ? fellDue(action, timeZone) : null,
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
  /** The explorer's zone: an action already due is shown on their today. */
  timeZone: string;
  links: CalendarLinks;
}): string {
  const calendar = ical({ name: "Rapport", prodId });
  for (const conversation of input.conversations)
    addConversation(calendar, conversation, input.now, input.links);
  for (const action of input.actions)
    addAction(calendar, action, input.now, input.timeZone, input.links);
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
