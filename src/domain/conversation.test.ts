import { describe, expect, it } from "vitest";
import { buildActivity } from "../../test/builders.js";
import {
  deriveConversations,
  heldAt,
  instantToZoned,
  placeLink,
  splitConversations,
  zonedToInstant,
} from "./conversation.js";

const entry = buildActivity;

const now = new Date("2026-11-23T12:00:00.000Z");

describe("deriveConversations", () => {
  it("makes each scheduled entry with a time a conversation, with its end from its length", () => {
    const scheduled = entry("meeting_scheduled", "2026-11-20T09:00:00.000Z", {
      scheduledFor: "2026-11-25T14:00:00.000Z",
      durationMinutes: 45,
      channel: "video",
      place: "https://meet.example.com/abc",
    });
    const [conversation] = deriveConversations(
      [scheduled, entry("note", now.toISOString())],
      now,
      30,
    );
    expect(conversation).toEqual({
      activityId: scheduled.id,
      personId: "p1",
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
    });
  });

  it("counts a newer revision each time its entry is changed (rescheduled)", () => {
    const scheduled = entry("meeting_scheduled", "2026-11-20T09:00:00.000Z", {
      scheduledFor: "2026-11-25T14:00:00.000Z",
    });
    const revisionOf = (updatedAt: string) =>
      deriveConversations([{ ...scheduled, updatedAt }], now, 30)[0]?.revision;
    expect(revisionOf(scheduled.createdAt)).toBe(0);
    expect(revisionOf("2026-11-20T09:02:00.000Z")).toBe(120);
    expect(revisionOf("2026-11-21T09:00:00.000Z")).toBeGreaterThan(120);
  });

  it("uses the default length when the entry has none, and no mode for a letter channel", () => {
    const [conversation] = deriveConversations(
      [
        entry("meeting_scheduled", "2026-11-20T09:00:00.000Z", {
          scheduledFor: "2026-11-25T14:00:00.000Z",
        }),
      ],
      now,
      30,
    );
    expect(conversation?.durationMinutes).toBe(30);
    expect(conversation?.endsAt).toBe("2026-11-25T14:30:00.000Z");
    expect(conversation?.mode).toBeNull();
  });

  it("asks whether it happened once its start has passed, to the minute", () => {
    const log = [
      entry("meeting_scheduled", "2026-11-20T09:00:00.000Z", {
        scheduledFor: "2026-11-23T12:00:00.000Z",
      }),
    ];
    expect(deriveConversations(log, new Date("2026-11-23T11:59:59.999Z"), 30)[0]?.status).toBe(
      "upcoming",
    );
    expect(deriveConversations(log, now, 30)[0]?.status).toBe("did_it_happen");
  });

  it("closes a conversation with a held entry logged after it was scheduled, not before", () => {
    const earlierHeld = entry("conversation_held", "2026-11-01T10:00:00.000Z");
    const scheduled = entry("meeting_scheduled", "2026-11-10T09:00:00.000Z", {
      scheduledFor: "2026-11-20T14:00:00.000Z",
    });
    expect(deriveConversations([earlierHeld, scheduled], now, 30)[0]?.status).toBe("did_it_happen");
    const held = entry("conversation_held", "2026-11-20T14:30:00.000Z");
    const [conversation] = deriveConversations([earlierHeld, scheduled, held], now, 30);
    expect(conversation?.status).toBe("held");
    expect(conversation?.heldActivityId).toBe(held.id);
  });

  it("closes the conversation that had started, not an older forgotten one", () => {
    const forgotten = entry("meeting_scheduled", "2026-11-01T09:00:00.000Z", {
      scheduledFor: "2026-11-05T14:00:00.000Z",
    });
    const recent = entry("meeting_scheduled", "2026-11-10T09:00:00.000Z", {
      scheduledFor: "2026-11-20T14:00:00.000Z",
    });
    const held = entry("conversation_held", "2026-11-20T14:30:00.000Z");
    const statuses = deriveConversations([forgotten, recent, held], now, 30).map(
      (conversation) => conversation.status,
    );
    expect(statuses).toEqual(["did_it_happen", "held"]);
  });

  it("matches one held entry to one conversation of that person only", () => {
    const first = entry("meeting_scheduled", "2026-11-10T09:00:00.000Z", {
      scheduledFor: "2026-11-20T14:00:00.000Z",
    });
    const second = entry("meeting_scheduled", "2026-11-11T09:00:00.000Z", {
      scheduledFor: "2026-11-26T14:00:00.000Z",
    });
    const other = entry("meeting_scheduled", "2026-11-10T09:00:00.000Z", {
      personId: "p2",
      scheduledFor: "2026-11-19T14:00:00.000Z",
    });
    const held = entry("conversation_held", "2026-11-20T15:00:00.000Z");
    const conversations = deriveConversations([second, held, other, first], now, 30);
    expect(
      conversations.map((conversation) => [conversation.activityId, conversation.status]),
    ).toEqual([
      [other.id, "did_it_happen"],
      [first.id, "held"],
      [second.id, "upcoming"],
    ]);
  });
});

describe("splitConversations", () => {
  it("lists upcoming soonest first and past most recent first", () => {
    const log = [
      entry("meeting_scheduled", "2026-11-01T09:00:00.000Z", {
        scheduledFor: "2026-11-10T09:00:00.000Z",
      }),
      entry("meeting_scheduled", "2026-11-01T09:00:00.000Z", {
        scheduledFor: "2026-11-30T09:00:00.000Z",
      }),
      entry("meeting_scheduled", "2026-11-01T09:00:00.000Z", {
        scheduledFor: "2026-11-15T09:00:00.000Z",
      }),
      entry("meeting_scheduled", "2026-11-01T09:00:00.000Z", {
        scheduledFor: "2026-11-24T09:00:00.000Z",
      }),
    ];
    const { upcoming, past } = splitConversations(deriveConversations(log, now, 30));
    expect(upcoming.map((conversation) => conversation.startsAt.slice(0, 10))).toEqual([
      "2026-11-24",
      "2026-11-30",
    ]);
    expect(past.map((conversation) => conversation.startsAt.slice(0, 10))).toEqual([
      "2026-11-15",
      "2026-11-10",
    ]);
  });
});

describe("heldAt", () => {
  it("is the conversation's scheduled start, whenever it is marked", () => {
    const scheduled = entry("meeting_scheduled", "2026-11-20T09:00:00.000Z", {
      scheduledFor: "2026-11-23T10:00:00.000Z",
    });
    const [conversation] = deriveConversations([scheduled], now, 30);
    if (!conversation) throw new Error("no conversation");
    expect(heldAt(conversation)).toBe("2026-11-23T10:00:00.000Z");
  });
});

describe("placeLink", () => {
  it("turns web addresses into links and leaves street addresses alone", () => {
    expect(placeLink("https://zoom.us/j/123")).toBe("https://zoom.us/j/123");
    expect(placeLink("www.example.com/room")).toBe("https://www.example.com/room");
    expect(placeLink("Blue Bottle, 1 Market St")).toBeNull();
    expect(placeLink("javascript:alert(1)")).toBeNull();
    expect(placeLink(null)).toBeNull();
  });
});

describe("zoned date and time", () => {
  it("reads a wall-clock time in the explorer's zone, across daylight saving", () => {
    expect(zonedToInstant("2026-11-25", "14:30", "America/New_York")).toBe(
      "2026-11-25T19:30:00.000Z",
    );
    expect(zonedToInstant("2026-07-01", "14:30", "America/New_York")).toBe(
      "2026-07-01T18:30:00.000Z",
    );
    expect(zonedToInstant("2026-11-25", "14:30", "UTC")).toBe("2026-11-25T14:30:00.000Z");
  });
  it("refuses dates that do not exist", () => {
    expect(zonedToInstant("2026-02-31", "10:00", "UTC")).toBeNull();
    expect(zonedToInstant("2026-11-25", "25:00", "UTC")).toBeNull();
    expect(zonedToInstant("25/11/2026", "10:00", "UTC")).toBeNull();
  });
  it("shows an instant as the zone's date and time", () => {
    expect(instantToZoned("2026-11-25T19:30:00.000Z", "America/New_York")).toEqual({
      date: "2026-11-25",
      time: "14:30",
    });
    expect(instantToZoned("2026-11-25T23:30:00.000Z", "Europe/Berlin")).toEqual({
      date: "2026-11-26",
      time: "00:30",
    });
  });
});
