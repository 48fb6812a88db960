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
  const text = calendarFeedIcs({ conversations: [conversation], actions: [action], now, links });

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
    expect(events(calendarFeedIcs({ conversations: [], actions: [], now, links }))).toEqual([]);
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
