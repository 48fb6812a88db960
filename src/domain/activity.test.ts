import { describe, expect, it } from "vitest";
import { activityInputSchema } from "./activity.js";
import { validate } from "./validation.js";

const at = "2026-03-01T10:00:00+01:00";

describe("activity input", () => {
  it("normalises the time to UTC and fills the channel the kind implies", () => {
    expect(validate(activityInputSchema, { kind: "email_sent", occurredAt: at })).toMatchObject({
      ok: true,
      value: { occurredAt: "2026-03-01T09:00:00.000Z", channel: "email", outcome: null },
    });
    expect(
      validate(activityInputSchema, { kind: "reply_received", occurredAt: at, channel: "phone" }),
    ).toMatchObject({
      ok: true,
      value: { channel: "phone" },
    });
  });

  it("requires a call outcome, and who took a message left with someone", () => {
    expect(validate(activityInputSchema, { kind: "call", occurredAt: at })).toEqual({
      ok: false,
      fields: { outcome: "Choose how the call went" },
    });
    expect(
      validate(activityInputSchema, { kind: "call", occurredAt: at, outcome: "message_left" }),
    ).toEqual({
      ok: false,
      fields: { withName: "Enter who took the message" },
    });
    expect(
      validate(activityInputSchema, {
        kind: "call",
        occurredAt: at,
        outcome: "message_left",
        withName: "Pat",
      }),
    ).toMatchObject({ ok: true });
  });

  it("requires a decline outcome and refuses outcomes on other kinds", () => {
    expect(
      validate(activityInputSchema, { kind: "declined", occurredAt: at, outcome: "voicemail" }),
    ).toEqual({
      ok: false,
      fields: { outcome: "Choose what they said" },
    });
    expect(
      validate(activityInputSchema, { kind: "email_sent", occurredAt: at, outcome: "no" }),
    ).toEqual({
      ok: false,
      fields: { outcome: "Only calls, declines and cancellations have an outcome" },
    });
  });

  it("asks when a scheduled conversation is, and what a note or snafu says", () => {
    expect(validate(activityInputSchema, { kind: "meeting_scheduled", occurredAt: at })).toEqual({
      ok: false,
      fields: { scheduledFor: "Enter when the conversation is" },
    });
    expect(validate(activityInputSchema, { kind: "snafu", occurredAt: at, detail: " " })).toEqual({
      ok: false,
      fields: { detail: "Write what happened" },
    });
  });

  it("explains a missing or malformed time", () => {
    expect(
      validate(activityInputSchema, { kind: "note", detail: "x", occurredAt: "yesterday" }),
    ).toEqual({
      ok: false,
      fields: { occurredAt: "Enter when it happened as a date and time" },
    });
  });

  it("keeps a conversation's length (5 to 240 minutes), mode and place", () => {
    const conversation = {
      kind: "meeting_scheduled",
      occurredAt: at,
      scheduledFor: "2026-03-05T14:00:00Z",
      channel: "video",
    };
    expect(
      validate(activityInputSchema, { ...conversation, durationMinutes: "45", place: " Zoom " }),
    ).toMatchObject({ ok: true, value: { durationMinutes: 45, place: "Zoom", channel: "video" } });
    expect(validate(activityInputSchema, { ...conversation, durationMinutes: "" })).toMatchObject({
      ok: true,
      value: { durationMinutes: null, place: null },
    });
    expect(validate(activityInputSchema, { ...conversation, durationMinutes: 5 }).ok).toBe(true);
    expect(validate(activityInputSchema, { ...conversation, durationMinutes: 240 }).ok).toBe(true);
    expect(validate(activityInputSchema, { ...conversation, durationMinutes: 4 })).toEqual({
      ok: false,
      fields: { durationMinutes: "A conversation lasts at least 5 minutes" },
    });
    expect(validate(activityInputSchema, { ...conversation, durationMinutes: 241 })).toEqual({
      ok: false,
      fields: { durationMinutes: "A conversation lasts at most 240 minutes" },
    });
    expect(validate(activityInputSchema, { ...conversation, place: "x".repeat(501) })).toEqual({
      ok: false,
      fields: { place: "Place or link is too long (at most 500 characters)" },
    });
    expect(validate(activityInputSchema, { ...conversation, channel: "letter" })).toEqual({
      ok: false,
      fields: { channel: "Choose in person, phone, video or e-mail" },
    });
  });

  it("takes a held conversation's real length, and a cancellation only with who cancelled", () => {
    expect(
      validate(activityInputSchema, {
        kind: "conversation_held",
        occurredAt: at,
        durationMinutes: 35,
      }),
    ).toMatchObject({ ok: true, value: { durationMinutes: 35 } });
    expect(
      validate(activityInputSchema, { kind: "conversation_cancelled", occurredAt: at }),
    ).toEqual({
      ok: false,
      fields: { outcome: "Choose who cancelled, or that they did not come" },
    });
    expect(
      validate(activityInputSchema, {
        kind: "conversation_cancelled",
        occurredAt: at,
        outcome: "no_show",
      }),
    ).toMatchObject({ ok: true, value: { outcome: "no_show" } });
  });

  it("refuses a length or place on anything but a conversation", () => {
    expect(
      validate(activityInputSchema, {
        kind: "email_sent",
        occurredAt: at,
        durationMinutes: 30,
        place: "Café",
      }),
    ).toEqual({
      ok: false,
      fields: {
        durationMinutes: "Only a conversation has a length",
        place: "Only a scheduled conversation has a place",
      },
    });
  });
});
