import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import {
  deleteActivity,
  listActivities,
  logActivity,
  restoreActivity,
  updateActivity,
} from "./activities.service.js";
import { createPerson, deletePerson, getPerson, listPeople } from "./people.service.js";

describe.each(storeTargets)("the log on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("logs entries newest first and derives stage and last touch from them", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Maya" });
      expect(person).toMatchObject({ stage: "identified", lastTouchAt: null });

      await logActivity(context, person.id, {
        kind: "email_sent",
        occurredAt: "2026-03-01T10:00:00Z",
      });
      await logActivity(context, person.id, {
        kind: "call",
        outcome: "voicemail",
        occurredAt: "2026-03-09T15:30:00Z",
        detail: "Left a short message",
      });
      await logActivity(context, person.id, {
        kind: "note",
        occurredAt: "2026-03-10T08:00:00Z",
        detail: "Read her paper",
      });

      const log = await listActivities(context, person.id);
      expect(log.map((entry) => entry.kind)).toEqual(["note", "call", "email_sent"]);
      expect(log[1]).toMatchObject({
        channel: "phone",
        outcome: "voicemail",
        detail: "Left a short message",
      });
      expect(await getPerson(context, person.id)).toMatchObject({
        stage: "following_up",
        lastTouchAt: "2026-03-09T15:30:00.000Z",
      });
    });

    it("stamps an entry that does not say when with the server's clock, and keeps a time the user chose", async () => {
      const { context, advance } = current.clock;
      const person = await createPerson(context, { name: "Ines" });
      advance(90_000);
      const stamped = await logActivity(context, person.id, { kind: "email_sent" });
      expect(stamped.occurredAt).toBe("2026-11-22T09:01:30.000Z");
      expect(stamped.createdAt).toBe(stamped.occurredAt);
      const asNull = await logActivity(context, person.id, {
        kind: "note",
        detail: "x",
        occurredAt: null,
      });
      expect(asNull.occurredAt).toBe("2026-11-22T09:01:30.000Z");
      const dated = await logActivity(context, person.id, {
        kind: "call",
        outcome: "answered",
        occurredAt: "2026-11-20T16:45:00-05:00",
      });
      expect(dated.occurredAt).toBe("2026-11-20T21:45:00.000Z");
      await expect(
        logActivity(context, person.id, { kind: "note", detail: "x", occurredAt: "" }),
      ).rejects.toMatchObject({ fields: { occurredAt: expect.any(String) } });
      expect(await getPerson(context, person.id)).toMatchObject({
        lastTouchAt: "2026-11-22T09:01:30.000Z",
      });
    });

    it("re-derives the stage when an entry is edited, deleted and restored", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Omar" });
      await logActivity(context, person.id, {
        kind: "email_sent",
        occurredAt: "2026-03-01T10:00:00Z",
      });
      const held = await logActivity(context, person.id, {
        kind: "conversation_held",
        occurredAt: "2026-03-20T10:00:00Z",
      });
      expect((await getPerson(context, person.id)).stage).toBe("met");

      await updateActivity(context, held.id, {
        kind: "reply_received",
        occurredAt: "2026-03-20T10:00:00Z",
      });
      expect((await getPerson(context, person.id)).stage).toBe("following_up");

      await deleteActivity(context, held.id);
      expect(await getPerson(context, person.id)).toMatchObject({
        stage: "contacted",
        lastTouchAt: "2026-03-01T10:00:00.000Z",
      });
      await restoreActivity(context, held.id);
      expect((await getPerson(context, person.id)).stage).toBe("following_up");
    });

    it("links the person suggested by a 'try someone else' decline", async () => {
      const { context } = current.clock;
      const asked = await createPerson(context, { name: "Lena" });
      const suggested = await createPerson(context, { name: "Priya" });
      const entry = await logActivity(context, asked.id, {
        kind: "declined",
        outcome: "try_someone_else",
        occurredAt: "2026-03-02T10:00:00Z",
        suggestedPersonId: suggested.id,
      });
      expect(entry).toMatchObject({ outcome: "try_someone_else", suggestedPersonId: suggested.id });
      await expect(
        logActivity(context, asked.id, {
          kind: "declined",
          outcome: "try_someone_else",
          occurredAt: "2026-03-02T10:00:00Z",
          suggestedPersonId: asked.id,
        }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { suggestedPersonId: expect.any(String) },
      });
    });

    it("creates a newly suggested person, introduced by the one who declined, in the same step", async () => {
      const { context } = current.clock;
      const asked = await createPerson(context, { name: "Lena" });
      const entry = await logActivity(context, asked.id, {
        kind: "declined",
        outcome: "try_someone_else",
        occurredAt: "2026-03-02T10:00:00Z",
        suggestedName: "Priya Raman",
      });
      const suggested = await getPerson(context, entry.suggestedPersonId ?? "");
      expect(suggested).toMatchObject({
        name: "Priya Raman",
        source: "referral",
        referredById: asked.id,
        stage: "identified",
      });
      await expect(
        logActivity(context, asked.id, {
          kind: "note",
          detail: "x",
          occurredAt: "2026-03-02T10:00:00Z",
          suggestedName: "Nope",
        }),
      ).rejects.toMatchObject({ fields: { suggestedName: expect.any(String) } });
    });

    it("refuses an invalid entry and writes nothing", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Sam" });
      await expect(
        logActivity(context, person.id, { kind: "call", occurredAt: "2026-03-02T10:00:00Z" }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { outcome: "Choose how the call went" },
      });
      expect(await listActivities(context, person.id)).toEqual([]);
      expect((await getPerson(context, person.id)).stage).toBe("identified");
    });

    it("sorts and filters people by derived stage and last touch", async () => {
      const { context } = current.clock;
      const met = await createPerson(context, { name: "Met Person" });
      const contacted = await createPerson(context, { name: "Contacted Person" });
      await createPerson(context, { name: "New Person" });
      await logActivity(context, met.id, {
        kind: "conversation_held",
        occurredAt: "2026-03-05T10:00:00Z",
      });
      await logActivity(context, contacted.id, {
        kind: "letter_sent",
        occurredAt: "2026-03-01T10:00:00Z",
      });

      const names = async (query: object) =>
        (await listPeople(context, query)).map((person) => person.name);
      expect(await names({ sort: "stage" })).toEqual([
        "New Person",
        "Contacted Person",
        "Met Person",
      ]);
      // Oldest touch first answers "who am I losing touch with?"; never-touched sort last.
      expect(await names({ sort: "last_touch", direction: "asc" })).toEqual([
        "Contacted Person",
        "Met Person",
        "New Person",
      ]);
      expect(await names({ stage: "met" })).toEqual(["Met Person"]);
    });

    it("hides a deleted person's log and refuses entries for them", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Gone" });
      await deletePerson(context, person.id);
      await expect(
        logActivity(context, person.id, {
          kind: "note",
          detail: "x",
          occurredAt: "2026-03-02T10:00:00Z",
        }),
      ).rejects.toMatchObject({ code: "not_found" });
    });
  });
});
