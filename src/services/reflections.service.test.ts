import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import type { ServiceContext } from "./context.js";
import { cancelConversation, scheduleConversation } from "./conversations.service.js";
import { createPerson, deletePerson } from "./people.service.js";
import { getPreparation } from "./preparation.service.js";
import { getReflection, listReflections, saveReflection } from "./reflections.service.js";

const unrated = {
  confidence: null,
  competence: null,
  communication: null,
  character: null,
  chemistry: null,
};

describe.each(storeTargets)("reflections on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    async function conversation(context: ServiceContext, name: string, scheduledFor: string) {
      const person = await createPerson(context, { name });
      const { activityId } = await scheduleConversation(context, person.id, {
        scheduledFor,
        channel: "phone",
      });
      return { person, activityId };
    }

    it("saves the five Cs, a note and what to change; a second save replaces the first", async () => {
      const { context, advance } = current.clock;
      const { activityId } = await conversation(context, "Maya Chen", "2026-11-20T15:00:00.000Z");
      expect(await getReflection(context, activityId)).toBeNull();
      const saved = await saveReflection(context, activityId, {
        ratings: { confidence: 3, competence: 4, communication: 4, character: 5 },
        note: " Rushed the opening ",
        changeNext: "Slow down in the first two minutes",
      });
      expect(saved).toEqual({
        activityId,
        ratings: { confidence: 3, competence: 4, communication: 4, character: 5, chemistry: null },
        note: "Rushed the opening",
        changeNext: "Slow down in the first two minutes",
        updatedAt: "2026-11-22T09:00:00.000Z",
      });
      advance(60_000);
      const again = await saveReflection(context, activityId, {
        ratings: { ...unrated, chemistry: 2 },
        note: "",
      });
      expect(again).toEqual({
        activityId,
        ratings: { ...unrated, chemistry: 2 },
        note: null,
        changeNext: null,
        updatedAt: "2026-11-22T09:01:00.000Z",
      });
      expect(await getReflection(context, activityId)).toEqual(again);
    });

    it("says what to fix, and answers 404 for anything but a live conversation", async () => {
      const { context } = current.clock;
      const { person, activityId } = await conversation(
        context,
        "Maya Chen",
        "2026-11-20T15:00:00.000Z",
      );
      await expect(
        saveReflection(context, activityId, {
          ratings: { confidence: 6, competence: 2.5, communication: "4" },
        }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: {
          "ratings.confidence": "Rate from 1 to 5",
          "ratings.competence": "Rate from 1 to 5",
          "ratings.communication": "Rate from 1 to 5",
        },
      });
      await expect(
        saveReflection(context, activityId, { ratings: {}, changeNext: "x".repeat(5001) }),
      ).rejects.toMatchObject({ fields: { changeNext: expect.stringMatching(/too long/) } });
      await expect(getReflection(context, "nope")).rejects.toMatchObject({ code: "not_found" });
      await cancelConversation(context, activityId);
      await expect(saveReflection(context, activityId, { ratings: {} })).rejects.toMatchObject({
        code: "not_found",
      });
      await deletePerson(context, person.id);
      await expect(getReflection(context, activityId)).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("lists the trend oldest first, and the next preparation shows the latest 'change next'", async () => {
      const { context } = current.clock;
      const first = await conversation(context, "Maya Chen", "2026-11-10T15:00:00.000Z");
      const second = await conversation(context, "Dana Reyes", "2026-11-18T15:00:00.000Z");
      const third = await conversation(context, "Sam Ortiz", "2026-11-20T15:00:00.000Z");
      const next = await conversation(context, "Lee Park", "2026-11-25T15:00:00.000Z");
      // Saved out of order; a reflection with nothing to change is skipped by the page.
      await saveReflection(context, second.activityId, {
        ratings: { ...unrated, confidence: 4 },
        changeNext: "Ask for names earlier",
      });
      await saveReflection(context, first.activityId, {
        ratings: { ...unrated, confidence: 2 },
        changeNext: "Prepare a shorter pitch",
      });
      await saveReflection(context, third.activityId, {
        ratings: { ...unrated, confidence: 5 },
      });
      const trend = await listReflections(context);
      expect(
        trend.map(({ personName, startsAt, ratings }) => [
          personName,
          startsAt,
          ratings.confidence,
        ]),
      ).toEqual([
        ["Maya Chen", "2026-11-10T15:00:00.000Z", 2],
        ["Dana Reyes", "2026-11-18T15:00:00.000Z", 4],
        ["Sam Ortiz", "2026-11-20T15:00:00.000Z", 5],
      ]);
      expect(trend[0]?.personId).toBe(first.person.id);

      expect((await getPreparation(context, next.activityId)).lastReflection).toEqual({
        activityId: second.activityId,
        personName: "Dana Reyes",
        startsAt: "2026-11-18T15:00:00.000Z",
        changeNext: "Ask for names earlier",
      });
      // Only conversations before this one count.
      expect((await getPreparation(context, second.activityId)).lastReflection).toMatchObject({
        changeNext: "Prepare a shorter pitch",
      });
      expect((await getPreparation(context, first.activityId)).lastReflection).toBeNull();
      // A cancelled conversation's reflection leaves the trend and the page.
      await cancelConversation(context, second.activityId);
      expect((await listReflections(context)).map((point) => point.personName)).toEqual([
        "Maya Chen",
        "Sam Ortiz",
      ]);
      expect((await getPreparation(context, next.activityId)).lastReflection).toMatchObject({
        changeNext: "Prepare a shorter pitch",
      });
    });
  });
});
