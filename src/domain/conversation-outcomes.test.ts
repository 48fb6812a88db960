import { describe, expect, it } from "vitest";
import { buildActivity } from "../../test/builders.js";
import type { Activity } from "./activity.js";
import { type CadencePerson, computeDueActions, type DueAction } from "./cadence.js";
import { type CadenceSettings, defaultCadenceSettings } from "./cadence-settings.js";
import { deriveConversations } from "./conversation.js";
import { personInputSchema } from "./person.js";
import { deriveStage } from "./stage.js";
import { describeDueAction } from "./today.js";
import { validate } from "./validation.js";

/**
 * The booking → thank-you moment (issue 11): the stage in the order of the entries' times,
 * "did it happen?", cancellations and the offer to reschedule, the thank-you counted from
 * the conversation's end, and the keep-in-touch cadence after it.
 */
const entry = buildActivity;

const person: CadencePerson = {
  id: "p1",
  organizationId: null,
  referredById: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  routine: null,
};

function due(
  log: Activity[],
  now: string,
  settings: Partial<CadenceSettings> = {},
  who: CadencePerson = person,
) {
  return computeDueActions({
    people: [who],
    activities: log,
    settings: { ...defaultCadenceSettings, ...settings },
    now: new Date(now),
    horizonDays: 0,
  });
}
const summary = (actions: DueAction[]) =>
  actions.map((action) => `${action.reason}:${action.state}`);

describe("the stage follows the entries' times, so a correction never sends it back", () => {
  // Booked after the fact (at 16:00, for 10:00), "It happened" at the click, thanked at 16:30.
  const booked = entry("meeting_scheduled", "2026-03-12T16:00:00.000Z", {
    scheduledFor: "2026-03-12T10:00:00.000Z",
    durationMinutes: 30,
  });
  const held = entry("conversation_held", "2026-03-12T16:00:00.000Z", {
    createdAt: "2026-03-12T16:00:01.000Z",
  });
  const thanked = entry("thank_you_sent", "2026-03-12T16:30:00.000Z");

  it("reported: correcting the conversation's time to 10:00 kept them thanked, not scheduled", () => {
    expect(deriveStage([booked, held, thanked])).toBe("thanked");
    const corrected = { ...held, occurredAt: "2026-03-12T10:00:00.000Z" };
    expect(deriveStage([booked, corrected, thanked])).toBe("thanked");
    // …and that conversation is the one it closed.
    const [conversation] = deriveConversations([booked, corrected, thanked], new Date(), 30);
    expect(conversation?.status).toBe("held");
    expect(conversation?.heldActivityId).toBe(held.id);
  });

  it("a booking counts no later than its start; at the same instant before what closes it", () => {
    const atStart = {
      ...held,
      occurredAt: "2026-03-12T10:00:00.000Z",
      createdAt: booked.createdAt,
    };
    expect(deriveStage([atStart, booked])).toBe("met");
    // A booking logged before the conversation keeps its own time.
    const ahead = { ...booked, occurredAt: "2026-03-01T09:00:00.000Z" };
    expect(deriveStage([thanked, ahead, atStart])).toBe("thanked");
  });

  it("a correction to before the booked start still closes it (within a day) and keeps them thanked", () => {
    const early = { ...held, occurredAt: "2026-03-12T09:45:00.000Z" };
    expect(deriveStage([booked, early, thanked])).toBe("thanked");
    expect(deriveConversations([booked, early], new Date(), 30)[0]?.heldActivityId).toBe(held.id);
    // A day and more before its start it is another conversation: this one is still open.
    const dayBefore = { ...held, occurredAt: "2026-03-11T09:59:59.999Z" };
    expect(deriveConversations([booked, dayBefore], new Date(), 30)[0]?.heldActivityId).toBe(null);
  });

  it("correcting the booked time after the thank-you leaves them thanked", () => {
    const ahead = { ...booked, occurredAt: "2026-03-01T09:00:00.000Z" };
    const heldAtStart = { ...held, occurredAt: "2026-03-12T10:00:00.000Z" };
    const moved = { ...ahead, scheduledFor: "2026-03-12T09:30:00.000Z" };
    expect(deriveStage([moved, heldAtStart, thanked])).toBe("thanked");
  });
});

describe("a cancellation", () => {
  const asked = entry("email_sent", "2026-03-01T09:00:00.000Z");
  const booked = entry("meeting_scheduled", "2026-03-02T09:00:00.000Z", {
    scheduledFor: "2026-03-12T10:00:00.000Z",
  });
  const cancelled = (outcome: "cancelled_by_them" | "cancelled_by_me" | "no_show") =>
    entry("conversation_cancelled", "2026-03-12T10:00:00.000Z", {
      outcome,
      createdAt: "2026-03-12T15:00:00.000Z",
    });

  it("closes that conversation as cancelled, with who cancelled", () => {
    const them = cancelled("cancelled_by_them");
    const [conversation] = deriveConversations(
      [asked, booked, them],
      new Date("2026-03-13T00:00:00.000Z"),
      30,
    );
    expect(conversation).toMatchObject({
      status: "cancelled",
      heldActivityId: null,
      cancelledActivityId: them.id,
      cancellation: "cancelled_by_them",
    });
  });

  it("returns the stage to before the booking: following up after a first ask, met after a conversation", () => {
    expect(deriveStage([asked, booked, cancelled("no_show")])).toBe("following_up");
    const first = entry("conversation_held", "2026-02-01T10:00:00.000Z");
    const thanks = entry("thank_you_sent", "2026-02-01T12:00:00.000Z");
    expect(deriveStage([first, thanks, booked, cancelled("cancelled_by_me")])).toBe("thanked");
  });

  it("offers to reschedule from when it was logged, until anything else is logged with them", () => {
    const them = cancelled("cancelled_by_them");
    expect(due([asked, booked, them], "2026-03-12T14:59:59.999Z")).toEqual([]);
    expect(due([asked, booked, them], "2026-03-12T15:00:00.000Z")).toMatchObject([
      { reason: "offer_reschedule", group: "schedule", state: "due", triggeredBy: them.id },
    ]);
    // Three business days for theirs (Thursday 15:00 → Tuesday 15:00).
    expect(summary(due([asked, booked, them], "2026-03-17T14:59:59.999Z"))).toEqual([
      "offer_reschedule:due",
    ]);
    expect(summary(due([asked, booked, them], "2026-03-17T15:00:00.000Z"))).toEqual([
      "offer_reschedule:overdue",
    ]);
    const offered = entry("email_sent", "2026-03-13T09:00:00.000Z");
    expect(summary(due([asked, booked, them, offered], "2026-03-13T10:00:00.000Z"))).toEqual([]);
    const rebooked = entry("meeting_scheduled", "2026-03-13T09:00:00.000Z", {
      scheduledFor: "2026-03-20T10:00:00.000Z",
    });
    expect(summary(due([asked, booked, them, rebooked], "2026-03-13T10:00:00.000Z"))).toEqual([]);
  });

  it("after “I cancelled”, waits longer before it is overdue (offer a new time when you can)", () => {
    const mine = cancelled("cancelled_by_me");
    expect(summary(due([asked, booked, mine], "2026-03-26T14:59:59.999Z"))).toEqual([
      "offer_reschedule:due",
    ]);
    expect(summary(due([asked, booked, mine], "2026-03-26T15:00:00.000Z"))).toEqual([
      "offer_reschedule:overdue",
    ]);
  });
});

describe("did it happen?", () => {
  const booked = entry("meeting_scheduled", "2026-03-02T09:00:00.000Z", {
    scheduledFor: "2026-03-12T10:00:00.000Z",
    durationMinutes: 45,
  });

  it("appears at the start, first of all, and is late when a thank-you would be", () => {
    expect(summary(due([booked], "2026-03-12T09:59:59.999Z"))).toEqual([
      "prepare_conversation:due",
      "confirm_conversation:due",
    ]);
    expect(due([booked], "2026-03-12T10:00:00.000Z")).toMatchObject([
      {
        reason: "did_it_happen",
        group: "happened",
        state: "due",
        triggeredBy: booked.id,
        conversationAt: "2026-03-12T10:00:00.000Z",
        overdueAt: "2026-03-13T10:45:00.000Z",
      },
    ]);
    expect(summary(due([booked], "2026-03-13T10:45:00.000Z"))).toEqual(["did_it_happen:overdue"]);
  });

  it("is not shown ahead of the start, even within the horizon", () => {
    const ahead = computeDueActions({
      people: [person],
      activities: [booked],
      settings: defaultCadenceSettings,
      now: new Date("2026-03-11T00:00:00.000Z"),
      horizonDays: 7,
    });
    expect(ahead.map((action) => action.reason)).toEqual([
      "prepare_conversation",
      "confirm_conversation",
    ]);
  });

  it("asks about every past conversation nothing closed, and stops once one is held or cancelled", () => {
    const older = entry("meeting_scheduled", "2026-03-01T09:00:00.000Z", {
      scheduledFor: "2026-03-05T10:00:00.000Z",
    });
    expect(summary(due([older, booked], "2026-03-12T11:00:00.000Z"))).toEqual([
      "did_it_happen:overdue",
      "did_it_happen:due",
    ]);
    const held = entry("conversation_held", "2026-03-12T10:00:00.000Z", { durationMinutes: 45 });
    const noShow = entry("conversation_cancelled", "2026-03-05T10:00:00.000Z", {
      outcome: "no_show",
      createdAt: "2026-03-12T11:00:00.000Z",
    });
    expect(
      due([older, booked, noShow, held], "2026-03-12T11:00:00.000Z").map(
        (action) => `${action.reason}:${action.triggeredBy}`,
      ),
    ).toEqual([`thank_you:${held.id}`]);
  });
});

describe("the thank-you counts from the conversation's end", () => {
  it("held at 10:30 for 30 minutes: due from 11:00, best by 13:00, late at 11:00 the next day", () => {
    const held = entry("conversation_held", "2026-03-12T10:30:00.000Z", { durationMinutes: 30 });
    expect(due([held], "2026-03-12T10:59:59.999Z")).toEqual([]);
    expect(due([held], "2026-03-12T11:00:00.000Z")).toMatchObject([
      {
        reason: "thank_you",
        state: "due",
        dueAt: "2026-03-12T11:00:00.000Z",
        overdueAt: "2026-03-13T11:00:00.000Z",
      },
    ]);
    expect(summary(due([held], "2026-03-13T11:00:00.000Z"))).toEqual(["thank_you:overdue"]);
  });
});

describe("keep in touch", () => {
  const held = entry("conversation_held", "2026-03-12T10:00:00.000Z", { durationMinutes: 30 });
  const thanked = entry("thank_you_sent", "2026-03-12T12:00:00.000Z");

  it("is due every 3 months after the thank-you, overdue two weeks later", () => {
    expect(due([held, thanked], "2026-06-12T11:59:59.999Z")).toEqual([]);
    expect(due([held, thanked], "2026-06-12T12:00:00.000Z")).toMatchObject([
      { reason: "keep_in_touch", group: "keep_in_touch", state: "due", triggeredBy: thanked.id },
    ]);
    expect(summary(due([held, thanked], "2026-06-26T12:00:00.000Z"))).toEqual([
      "keep_in_touch:overdue",
    ]);
  });

  it("follows the setting, and the person's own interval over it", () => {
    expect(
      summary(due([held, thanked], "2026-04-12T12:00:00.000Z", { keepInTouchMonths: 1 })),
    ).toEqual(["keep_in_touch:due"]);
    const monthly = { ...person, keepInTouchMonths: 1 };
    expect(summary(due([held, thanked], "2026-04-12T12:00:00.000Z", {}, monthly))).toEqual([
      "keep_in_touch:due",
    ]);
    const yearly = { ...person, keepInTouchMonths: 12 };
    expect(due([held, thanked], "2026-06-12T12:00:00.000Z", {}, yearly)).toEqual([]);
  });

  it("any touch resets it: a reply, a call, an update, a letter", () => {
    for (const kind of ["reply_received", "update_sent", "letter_sent", "email_sent"] as const) {
      const touch = entry(kind, "2026-05-01T09:00:00.000Z");
      expect(due([held, thanked, touch], "2026-06-12T12:00:00.000Z")).toEqual([]);
      expect(due([held, thanked, touch], "2026-08-01T09:00:00.000Z")).toMatchObject([
        { reason: "keep_in_touch", triggeredBy: touch.id },
      ]);
    }
    const call = entry("call", "2026-05-01T09:00:00.000Z", { outcome: "answered" });
    expect(due([held, thanked, call], "2026-06-12T12:00:00.000Z")).toEqual([]);
    // A private note is not a touch.
    const note = entry("note", "2026-05-01T09:00:00.000Z");
    expect(summary(due([held, thanked, note], "2026-06-12T12:00:00.000Z"))).toEqual([
      "keep_in_touch:due",
    ]);
  });

  it("waits for the thank-you, and stops while a new conversation is booked", () => {
    expect(summary(due([held], "2026-07-01T00:00:00.000Z"))).toEqual(["thank_you:overdue"]);
    const again = entry("meeting_scheduled", "2026-06-01T09:00:00.000Z", {
      scheduledFor: "2026-09-01T10:00:00.000Z",
    });
    expect(due([held, thanked, again], "2026-07-01T00:00:00.000Z")).toEqual([]);
  });
});

describe("a person's own keep-in-touch interval", () => {
  const check = (value: unknown) =>
    validate(personInputSchema, { name: "Maya", keepInTouchMonths: value });
  it("is a whole number of months from 1 to 24; empty follows the setting; left out keeps what is stored", () => {
    expect(check("4")).toMatchObject({ ok: true, value: { keepInTouchMonths: 4 } });
    expect(check(24)).toMatchObject({ ok: true, value: { keepInTouchMonths: 24 } });
    expect(check("")).toMatchObject({ ok: true, value: { keepInTouchMonths: null } });
    expect(check(" ")).toMatchObject({ ok: true, value: { keepInTouchMonths: null } });
    expect(check(undefined)).toMatchObject({ ok: true, value: { keepInTouchMonths: undefined } });
    expect(check("0")).toEqual({
      ok: false,
      fields: { keepInTouchMonths: "Keep in touch at least every 1 month" },
    });
    expect(check("25")).toEqual({
      ok: false,
      fields: { keepInTouchMonths: "Keep in touch at most every 24 months" },
    });
    expect(check("2.5")).toEqual({
      ok: false,
      fields: { keepInTouchMonths: "Keep in touch every whole number of months" },
    });
    expect(check("soon")).toEqual({
      ok: false,
      fields: { keepInTouchMonths: "Keep in touch every so many months: enter a number" },
    });
  });
});

describe("Today's sentences for the new reminders", () => {
  const booking = entry("meeting_scheduled", "2026-03-02T09:00:00.000Z", {
    scheduledFor: "2026-03-12T15:00:00.000Z",
  });
  const say = (reason: Parameters<typeof describeDueAction>[0], trigger: Activity | null) =>
    describeDueAction(
      reason,
      trigger,
      "Europe/Paris",
      reason === "did_it_happen" ? "2026-03-12T15:00:00.000Z" : null,
    );

  it("names the conversation's day (not the booking's) and the explorer's clock", () => {
    expect(say("did_it_happen", booking)).toBe(
      "Your conversation on 12 Mar at 16:00 has passed — did it happen?",
    );
    expect(say("write_up_notes", booking)).toBe(
      "Write up your notes from the conversation of 12 Mar as takeaways, while they are fresh",
    );
    expect(say("takeaway_action", booking)).toBe(
      "An action you planned after the conversation of 12 Mar is due",
    );
    expect(say("send_update", booking)).toBe(
      "You acted on their advice from the conversation of 12 Mar — tell them what came of it",
    );
  });

  it("says who cancelled, and what to do next", () => {
    const cancelled = (outcome: Activity["outcome"]) =>
      entry("conversation_cancelled", "2026-03-12T15:00:00.000Z", { outcome });
    expect(say("offer_reschedule", cancelled("cancelled_by_them"))).toBe(
      "They cancelled the conversation on 12 Mar — offer a new time",
    );
    expect(say("offer_reschedule", cancelled("cancelled_by_me"))).toBe(
      "You cancelled the conversation on 12 Mar — offer a new time when you can",
    );
    expect(say("offer_reschedule", cancelled("no_show"))).toBe(
      "They did not come to the conversation on 12 Mar — check all is well and offer a new time",
    );
  });

  it("keep in touch counts from the last touch", () => {
    expect(say("keep_in_touch", entry("call", "2026-05-01T09:00:00.000Z"))).toBe(
      "Last in touch on 1 May — send a short update to keep in touch",
    );
  });
});
