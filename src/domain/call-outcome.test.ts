import { describe, expect, it } from "vitest";
import { activityInputSchema } from "./activity.js";
import {
  callOutcomeChoices,
  callOutcomeEntry,
  callOutcomeInputSchema,
  isCallOutcomeEntry,
  personBroughtInBy,
} from "./call-outcome.js";
import { validate } from "./validation.js";

const parse = (draft: unknown) => {
  const result = validate(callOutcomeInputSchema, draft);
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return result.value;
};

describe("call outcomes", () => {
  it("maps each outcome to exactly one log entry", () => {
    expect(callOutcomeEntry(parse({ outcome: "agreed" }))).toEqual({
      kind: "call",
      outcome: "answered",
      detail: "They agreed to talk.",
    });
    expect(callOutcomeEntry(parse({ outcome: "maybe_later" }))).toEqual({
      kind: "declined",
      outcome: "maybe_later",
      channel: "phone",
    });
    expect(callOutcomeEntry(parse({ outcome: "try_someone_else", name: " Ines Duarte " }))).toEqual(
      {
        kind: "declined",
        outcome: "try_someone_else",
        channel: "phone",
        suggestedName: "Ines Duarte",
      },
    );
    expect(callOutcomeEntry(parse({ outcome: "try_someone_else", name: "" }))).toEqual({
      kind: "declined",
      outcome: "try_someone_else",
      channel: "phone",
    });
    expect(callOutcomeEntry(parse({ outcome: "just_talked" }))).toEqual({
      kind: "conversation_held",
      channel: "phone",
    });
    expect(callOutcomeEntry(parse({ outcome: "no_answer" }))).toEqual({
      kind: "call",
      outcome: "no_answer",
    });
    expect(callOutcomeEntry(parse({ outcome: "voicemail" }))).toEqual({
      kind: "call",
      outcome: "voicemail",
    });
    expect(callOutcomeEntry(parse({ outcome: "message_left", name: "Sam at reception" }))).toEqual({
      kind: "call",
      outcome: "message_left",
      withName: "Sam at reception",
    });
  });

  it("makes entries the log accepts and recognises as a call's", () => {
    for (const outcome of callOutcomeChoices) {
      const entry = callOutcomeEntry(parse({ outcome, name: "Sam" }));
      const logged = activityInputSchema.parse({
        ...entry,
        occurredAt: "2025-03-03T14:00:00.000Z",
      });
      expect(isCallOutcomeEntry(logged)).toBe(true);
    }
    expect(isCallOutcomeEntry({ kind: "email_sent", outcome: null, channel: "email" })).toBe(false);
    expect(isCallOutcomeEntry({ kind: "declined", outcome: "no", channel: "email" })).toBe(false);
  });

  it("asks who took the message, and only knows its own outcomes", () => {
    expect(validate(callOutcomeInputSchema, { outcome: "message_left", name: " " })).toEqual({
      ok: false,
      fields: { name: "Enter who took the message" },
    });
    expect(validate(callOutcomeInputSchema, { outcome: "answered" })).toEqual({
      ok: false,
      fields: { outcome: "Choose how the call went" },
    });
  });

  it("takes back with the entry only the person it brought in", () => {
    const entry = {
      kind: "declined" as const,
      outcome: "try_someone_else" as const,
      personId: "maya",
      suggestedPersonId: "ines",
      createdAt: "2025-03-11T14:00:00.000Z",
    };
    const ines = { id: "ines", referredById: "maya", createdAt: "2025-03-11T14:00:00.000Z" };
    expect(personBroughtInBy(entry, ines, 0)).toBe("ines");
    // Already on file before the call, introduced by someone else, or written to since.
    expect(personBroughtInBy(entry, { ...ines, createdAt: "2025-03-01T09:00:00.000Z" }, 0)).toBe(
      null,
    );
    expect(personBroughtInBy(entry, { ...ines, referredById: "lee" }, 0)).toBe(null);
    expect(personBroughtInBy(entry, ines, 1)).toBe(null);
    expect(personBroughtInBy({ ...entry, outcome: "maybe_later" }, ines, 0)).toBe(null);
    expect(personBroughtInBy(entry, null, 0)).toBe(null);
  });
});
