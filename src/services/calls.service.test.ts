import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { listActivities, logActivity } from "./activities.service.js";
import { logCallOutcome, undoCallOutcome } from "./calls.service.js";
import type { ServiceContext } from "./context.js";
import { createPerson, listPeople } from "./people.service.js";

/** A clock that moves a millisecond with every reading, as a real one would. */
function tickingClock(context: ServiceContext): ServiceContext {
  let reading = Date.parse("2026-11-22T09:00:00.000Z");
  return { ...context, now: () => new Date(reading++) };
}

describe.each(storeTargets)("call outcomes on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("logs an outcome as one entry stamped with the server's now", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const { activity, suggestedPerson } = await logCallOutcome(context, maya.id, {
        outcome: "voicemail",
      });
      expect(activity).toMatchObject({
        personId: maya.id,
        kind: "call",
        outcome: "voicemail",
        channel: "phone",
        occurredAt: "2026-11-22T09:00:00.000Z",
      });
      expect(suggestedPerson).toBe(null);
      expect((await listActivities(context, maya.id)).map((entry) => entry.id)).toEqual([
        activity.id,
      ]);
    });

    it("ignores a time the browser sends and refuses a message left with nobody", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const { activity } = await logCallOutcome(context, maya.id, {
        outcome: "no_answer",
        occurredAt: "2020-01-01T00:00:00.000Z",
      });
      expect(activity.occurredAt).toBe("2026-11-22T09:00:00.000Z");
      await expect(
        logCallOutcome(context, maya.id, { outcome: "message_left" }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { name: "Enter who took the message" },
      });
      await expect(
        logCallOutcome(context, "nobody", { outcome: "voicemail" }),
      ).rejects.toMatchObject({ code: "not_found" });
    });

    it("brings in the suggested person and takes both back in one undo", async () => {
      const context = tickingClock(current.clock.context);
      const maya = await createPerson(context, { name: "Maya Chen" });
      const { activity, suggestedPerson } = await logCallOutcome(context, maya.id, {
        outcome: "try_someone_else",
        name: "Ines Duarte",
      });
      expect(suggestedPerson).toMatchObject({
        name: "Ines Duarte",
        referredById: maya.id,
        source: "referral",
        createdAt: activity.createdAt,
      });
      expect(activity).toMatchObject({
        kind: "declined",
        outcome: "try_someone_else",
        suggestedPersonId: suggestedPerson?.id,
        occurredAt: activity.createdAt,
      });

      expect(await undoCallOutcome(context, activity.id)).toEqual({
        activity: expect.objectContaining({ id: activity.id }),
        removedPersonId: suggestedPerson?.id,
      });
      expect(await listActivities(context, maya.id)).toEqual([]);
      expect((await listPeople(context)).map((person) => person.name)).toEqual(["Maya Chen"]);
    });

    it("keeps a suggested person the explorer has written to since", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const { activity, suggestedPerson } = await logCallOutcome(context, maya.id, {
        outcome: "try_someone_else",
        name: "Ines Duarte",
      });
      if (!suggestedPerson) throw new Error("no person was brought in");
      await logActivity(context, suggestedPerson.id, {
        kind: "email_sent",
        occurredAt: "2026-11-22T10:00:00.000Z",
      });
      expect((await undoCallOutcome(context, activity.id)).removedPersonId).toBe(null);
      expect((await listPeople(context)).map((person) => person.name)).toEqual([
        "Ines Duarte",
        "Maya Chen",
      ]);
    });

    it("logs an outcome replayed with the same client id once", async () => {
      const context = tickingClock(current.clock.context);
      const maya = await createPerson(context, { name: "Maya Chen" });
      const id = "0b6f1c1e-9d2a-4c55-8f3e-6a1d2b3c4d5e";
      const first = await logCallOutcome(context, maya.id, {
        id,
        outcome: "try_someone_else",
        name: "Ines Duarte",
      });
      const again = await logCallOutcome(context, maya.id, {
        id,
        outcome: "try_someone_else",
        name: "Ines Duarte",
      });
      expect(again.activity).toEqual(first.activity);
      expect(again.suggestedPerson?.id).toBe(first.suggestedPerson?.id);
      expect((await listActivities(context, maya.id)).map((entry) => entry.id)).toEqual([id]);
      expect((await listPeople(context)).map((person) => person.name)).toEqual([
        "Ines Duarte",
        "Maya Chen",
      ]);
    });

    it("undoes only a call's outcomes", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const letter = await logActivity(context, maya.id, {
        kind: "letter_sent",
        occurredAt: "2026-11-20T10:00:00.000Z",
      });
      await expect(undoCallOutcome(context, letter.id)).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(undoCallOutcome(context, "no-such-entry")).rejects.toMatchObject({
        code: "not_found",
      });
      expect(await listActivities(context, maya.id)).toHaveLength(1);
    });
  });
});
