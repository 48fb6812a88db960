import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { ConversationWithPerson } from "../domain/conversation.js";
import type { TodayAction } from "../domain/today.js";
import { calendarFeedIcs, conversationIcs, conversationIcsFileName } from "./calendar-ics.js";

const now = new Date("2026-11-23T10:00:00.000Z");
const links = { personPage: (id: string) => `http://127.0.0.1:4000/people/${id}` };

const conversation: ConversationWithPerson = {
  activityId: "a1",
  personId: "p1",
  personName: "Jane Doe",
  organizationName: "Acme, Inc.",
  startsAt: "2026-11-25T14:00:00.000Z",
  endsAt: "2026-11-25T14:45:00.000Z",
  durationMinutes: 45,
  mode: "video",
  place: "https://meet.example.com/abc",
  placeLink: "https://meet.example.com/abc",
  status: "upcoming",
  heldActivityId: null,
  cancelledActivityId: null,
  cancellation: null,
  revision: 0,
};

const action: TodayAction = {
  key: "confirm_conversation:p1:a1",
  personId: "p1",
  reason: "confirm_conversation",
  group: "confirm",
  dueAt: "2026-11-24T08:00:00.000Z",
  overdueAt: "2026-11-25T14:00:00.000Z",
  state: "upcoming",
  triggeredBy: "a1",
  conversationAt: "2026-11-25T14:00:00.000Z",
  personName: "Jane Doe",
  organizationName: "Acme, Inc.",
  phone: null,
  phoneExtension: null,
  email: null,
  message: "Confirm your conversation on 25 Nov — include your phone number",
  secondContact: null,
};

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  return calendar.getAllSubcomponents("vevent");
}

function alarmsOf(event: ICAL.Component) {
  return event.getAllSubcomponents("valarm").map((alarm) => ({
    action: alarm.getFirstPropertyValue("action"),
    trigger: String(alarm.getFirstPropertyValue("trigger")),
    description: alarm.getFirstPropertyValue("description"),
  }));
}

describe("calendar feed", () => {
  const text = calendarFeedIcs({
    conversations: [conversation],
    actions: [action],
    now,
    timeZone: "UTC",
    links,
  });

  it("is RFC 5545 text with CRLF line ends and folded lines", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length <= 75).toBe(true);
  });

  it("has the conversation with its time, length, place and reminders a day and an hour before", () => {
    const [event] = events(text).filter((each) =>
      String(each.getFirstPropertyValue("uid")).startsWith("conversation-"),
    );
    if (!event) throw new Error("no conversation event");
    const parsed = new ICAL.Event(event);
    expect(parsed.uid).toBe("conversation-a1@rapport.local");
    expect(parsed.summary).toBe("Informational conversation with Jane Doe");
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2026-11-25T14:00:00.000Z");
    expect(parsed.endDate.toJSDate().toISOString()).toBe("2026-11-25T14:45:00.000Z");
    expect(parsed.location).toBe("https://meet.example.com/abc");
    expect(event.getFirstPropertyValue("url")).toBe("https://meet.example.com/abc");
    expect(parsed.description).toContain("Organization: Acme, Inc.");
    expect(parsed.description).toContain("http://127.0.0.1:4000/people/p1");
    expect(alarmsOf(event)).toEqual([
      { action: "DISPLAY", trigger: "-P1D", description: parsed.summary },
      { action: "DISPLAY", trigger: "-PT1H", description: parsed.summary },
    ]);
  });

  it("has each due action at its due time with a reminder at that time", () => {
    const [event] = events(text).filter((each) =>
      String(each.getFirstPropertyValue("uid")).startsWith("action-"),
    );
    if (!event) throw new Error("no action event");
    const parsed = new ICAL.Event(event);
    expect(parsed.uid).toBe("action-confirm_conversation:p1:a1@rapport.local");
    expect(parsed.summary).toBe(
      "Jane Doe: Confirm your conversation on 25 Nov — include your phone number",
    );
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2026-11-24T08:00:00.000Z");
    expect(alarmsOf(event)).toEqual([
      { action: "DISPLAY", trigger: "PT0S", description: parsed.summary },
    ]);
  });

  it("keeps UIDs stable between fetches so calendar apps update events in place", () => {
    const later = calendarFeedIcs({
      conversations: [{ ...conversation, startsAt: "2026-11-26T09:00:00.000Z", revision: 90 }],
      actions: [action],
      now: new Date("2026-11-24T10:00:00.000Z"),
      timeZone: "UTC",
      links,
    });
    const uids = (ics: string) => events(ics).map((event) => event.getFirstPropertyValue("uid"));
    expect(uids(later)).toEqual(uids(text));
    // A rescheduled conversation is a newer version of the same event.
    const sequences = (ics: string) =>
      events(ics).map((event) => Number(event.getFirstPropertyValue("sequence") ?? 0));
    expect(sequences(later)[0]).toBeGreaterThan(sequences(text)[0] ?? 0);
  });

  it("is a valid empty calendar when nothing is planned", () => {
    expect(
      events(calendarFeedIcs({ conversations: [], actions: [], now, timeZone: "UTC", links })),
    ).toEqual([]);
  });
});

describe("an action already due, in the feed", () => {
  // Due Friday 20 November, 11:00 in Berlin; overdue since Sunday.
  const overdue: TodayAction = {
    ...action,
    key: "follow_up_call:p1:a9",
    reason: "follow_up_call",
    group: "call",
    dueAt: "2026-11-20T10:00:00.000Z",
    overdueAt: "2026-11-22T10:00:00.000Z",
    state: "overdue",
    triggeredBy: "a9",
    conversationAt: null,
    message: "No reply to your email of 13 Nov — call to follow up",
  };
  const feedAt = (instant: string, actions: TodayAction[] = [overdue]) => {
    const [event] = events(
      calendarFeedIcs({
        conversations: [],
        actions,
        now: new Date(instant),
        timeZone: "Europe/Berlin",
        links,
      }),
    );
    if (!event) throw new Error("no action event");
    return { event, parsed: new ICAL.Event(event) };
  };

  it("moves to the feed's day at 9:00 in the explorer's zone, where its alarm can fire", () => {
    // Tuesday 24 November, 07:00 in Berlin: the reminder is at 09:00, two hours ahead.
    const { event, parsed } = feedAt("2026-11-24T06:00:00.000Z");
    expect(parsed.uid).toBe("action-follow_up_call:p1:a9@rapport.local");
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2026-11-24T08:00:00.000Z");
    expect(parsed.endDate.toJSDate().toISOString()).toBe("2026-11-24T08:15:00.000Z");
    expect(parsed.summary).toBe(
      "Overdue — Jane Doe: No reply to your email of 13 Nov — call to follow up",
    );
    expect(parsed.description).toBe(
      "Overdue: it fell due on Friday 20 November at 11:00.\n" +
        "Organization: Acme, Inc.\n" +
        "In Rapport: http://127.0.0.1:4000/people/p1",
    );
    expect(alarmsOf(event)).toEqual([
      { action: "DISPLAY", trigger: "PT0S", description: parsed.summary },
    ]);
    expect(Number(event.getFirstPropertyValue("sequence"))).toBe(4);
  });

  it("keeps its UID from day to day, one sequence higher each day it moves", () => {
    const tuesday = feedAt("2026-11-24T15:00:00.000Z");
    const wednesday = feedAt("2026-11-25T05:00:00.000Z");
    expect(wednesday.parsed.uid).toBe(tuesday.parsed.uid);
    expect(tuesday.parsed.startDate.toJSDate().toISOString()).toBe("2026-11-24T08:00:00.000Z");
    expect(wednesday.parsed.startDate.toJSDate().toISOString()).toBe("2026-11-25T08:00:00.000Z");
    expect(Number(wednesday.event.getFirstPropertyValue("sequence"))).toBe(5);
    // Fetched twice the same day, it is the same event at the same time.
    expect(feedAt("2026-11-24T21:00:00.000Z").parsed.startDate.toJSDate().toISOString()).toBe(
      "2026-11-24T08:00:00.000Z",
    );
  });

  it("stays at its due time when that was earlier today, after 9:00", () => {
    const dueThisMorning = { ...overdue, state: "due" as const, dueAt: "2026-11-24T09:30:00.000Z" };
    const { event, parsed } = feedAt("2026-11-24T12:00:00.000Z", [dueThisMorning]);
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2026-11-24T09:30:00.000Z");
    expect(parsed.summary).toBe("Jane Doe: No reply to your email of 13 Nov — call to follow up");
    expect(parsed.description).not.toContain("fell due");
    expect(Number(event.getFirstPropertyValue("sequence") ?? 0)).toBe(0);
  });
});

describe("one conversation's .ics", () => {
  it("holds just that conversation, with a street address as its location", () => {
    const inPerson = {
      ...conversation,
      mode: "in_person" as const,
      place: "Blue Bottle, 1 Market St",
      placeLink: null,
    };
    const [event, ...rest] = events(conversationIcs(inPerson, now, links));
    expect(rest).toEqual([]);
    if (!event) throw new Error("no event");
    expect(event.getFirstPropertyValue("location")).toBe("Blue Bottle, 1 Market St");
    expect(event.getFirstPropertyValue("url")).toBe("http://127.0.0.1:4000/people/p1");
    expect(new ICAL.Event(event).description).toContain("Mode: In person");
  });

  it("is named after the person and the day", () => {
    expect(conversationIcsFileName({ ...conversation, personName: "José María O'Neil" })).toBe(
      "conversation-jose-maria-oneil-2026-11-25.ics",
    );
  });
});
