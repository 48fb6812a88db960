import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { logActivity } from "./activities.service.js";
import { deleteCheckIn, getCheckIns, restoreCheckIn, saveCheckIn } from "./check-ins.service.js";
import type { ServiceContext } from "./context.js";
import { createPerson } from "./people.service.js";
import { addTarget, removeTarget } from "./profile.service.js";
import { getToday, saveCadenceSettings } from "./today.service.js";

const week = 7 * 24 * 60 * 60 * 1000;

describe.each(storeTargets)("check-ins on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    async function interests(context: ServiceContext) {
      const ux = await addTarget(context, { kind: "field", label: "UX research" });
      const museums = await addTarget(context, { kind: "organization_kind", label: "Museums" });
      await addTarget(context, { kind: "location", label: "Lisbon" });
      return { ux, museums };
    }

    async function held(context: ServiceContext, occurredAt: string) {
      const person = await createPerson(context, { name: "Maya Chen" });
      await logActivity(context, person.id, { kind: "conversation_held", occurredAt });
    }

    it("is due at the first held conversation, then every N weeks after the last check-in", async () => {
      const { context, advance } = current.clock;
      const { ux, museums } = await interests(context);
      // Nothing held yet: nothing to ask about.
      expect(await getCheckIns(context)).toEqual({
        everyWeeks: 4,
        dueAt: null,
        due: false,
        lastCheckedAt: null,
        interests: [
          { targetId: ux.id, label: "UX research", series: [], latest: null },
          { targetId: museums.id, label: "Museums", series: [], latest: null },
          { targetId: null, label: "Your direction overall", series: [], latest: null },
        ],
      });
      expect((await getToday(context)).checkIn).toBeNull();

      await held(context, "2026-11-20T15:00:00.000Z");
      expect(await getCheckIns(context)).toMatchObject({
        dueAt: "2026-11-20T15:00:00.000Z",
        due: true,
        lastCheckedAt: null,
      });
      expect((await getToday(context)).checkIn).toEqual({
        dueAt: "2026-11-20T15:00:00.000Z",
        lastCheckedAt: null,
      });

      const saved = await saveCheckIn(context, {
        ratings: [
          { targetId: ux.id, rating: 4 },
          { targetId: museums.id, rating: 2 },
          { targetId: null, rating: 3 },
        ],
        note: " Museums feel slow ",
      });
      expect(saved).toEqual({
        checkedAt: "2026-11-22T09:00:00.000Z",
        note: "Museums feel slow",
        ratings: [
          { targetId: ux.id, rating: 4 },
          { targetId: museums.id, rating: 2 },
          { targetId: null, rating: 3 },
        ],
      });
      expect(await getCheckIns(context)).toEqual({
        everyWeeks: 4,
        dueAt: "2026-12-20T09:00:00.000Z",
        due: false,
        lastCheckedAt: "2026-11-22T09:00:00.000Z",
        interests: [
          {
            targetId: ux.id,
            label: "UX research",
            series: [{ checkedAt: "2026-11-22T09:00:00.000Z", rating: 4 }],
            latest: { checkedAt: "2026-11-22T09:00:00.000Z", rating: 4 },
          },
          {
            targetId: museums.id,
            label: "Museums",
            series: [{ checkedAt: "2026-11-22T09:00:00.000Z", rating: 2 }],
            latest: { checkedAt: "2026-11-22T09:00:00.000Z", rating: 2 },
          },
          {
            targetId: null,
            label: "Your direction overall",
            series: [{ checkedAt: "2026-11-22T09:00:00.000Z", rating: 3 }],
            latest: { checkedAt: "2026-11-22T09:00:00.000Z", rating: 3 },
          },
        ],
      });
      expect((await getToday(context)).checkIn).toBeNull();

      // One millisecond short of four weeks: not yet; at four weeks: due again.
      advance(4 * week - 1);
      expect(await getCheckIns(context)).toMatchObject({ due: false });
      expect((await getToday(context)).checkIn).toBeNull();
      advance(1);
      expect(await getCheckIns(context)).toMatchObject({
        dueAt: "2026-12-20T09:00:00.000Z",
        due: true,
      });
      expect((await getToday(context)).checkIn).toEqual({
        dueAt: "2026-12-20T09:00:00.000Z",
        lastCheckedAt: "2026-11-22T09:00:00.000Z",
      });

      await saveCheckIn(context, { ratings: [{ targetId: ux.id, rating: 5 }] });
      const view = await getCheckIns(context);
      expect(view.interests[0]).toEqual({
        targetId: ux.id,
        label: "UX research",
        series: [
          { checkedAt: "2026-11-22T09:00:00.000Z", rating: 4 },
          { checkedAt: "2026-12-20T09:00:00.000Z", rating: 5 },
        ],
        latest: { checkedAt: "2026-12-20T09:00:00.000Z", rating: 5 },
      });
      expect(view.interests[1]?.latest).toEqual({
        checkedAt: "2026-11-22T09:00:00.000Z",
        rating: 2,
      });

      // 0 weeks turns check-ins off; 2 weeks moves the due date.
      await saveCadenceSettings(context, { checkInWeeks: 0 });
      advance(10 * week);
      expect(await getCheckIns(context)).toMatchObject({ everyWeeks: 0, dueAt: null, due: false });
      expect((await getToday(context)).checkIn).toBeNull();
      await saveCadenceSettings(context, { checkInWeeks: 2 });
      expect(await getCheckIns(context)).toMatchObject({
        everyWeeks: 2,
        dueAt: "2027-01-03T09:00:00.000Z",
        due: true,
      });
      await expect(saveCadenceSettings(context, { checkInWeeks: 27 })).rejects.toMatchObject({
        fields: { checkInWeeks: "Weeks between check-ins must be from 0 (off) to 26" },
      });
    });

    it("says what to fix: ratings, one per interest, and only the explorer's interests", async () => {
      const { context } = current.clock;
      const { ux } = await interests(context);
      const lisbon = (await addTarget(context, { kind: "location", label: "Porto" })).id;
      await expect(saveCheckIn(context, { ratings: [] })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { ratings: "Rate at least one interest" },
      });
      await expect(
        saveCheckIn(context, {
          ratings: [
            { targetId: ux.id, rating: 6 },
            { targetId: null, rating: 2.5 },
          ],
        }),
      ).rejects.toMatchObject({
        fields: { "ratings.0.rating": "Rate from 1 to 5", "ratings.1.rating": "Rate from 1 to 5" },
      });
      await expect(
        saveCheckIn(context, {
          ratings: [
            { targetId: ux.id, rating: 3 },
            { targetId: ux.id, rating: 4 },
          ],
        }),
      ).rejects.toMatchObject({ fields: { ratings: "Rate each interest once" } });
      await expect(
        saveCheckIn(context, {
          ratings: [
            { targetId: ux.id, rating: 3 },
            { targetId: lisbon, rating: 4 },
            { targetId: "no-such-interest", rating: 4 },
          ],
        }),
      ).rejects.toMatchObject({
        fields: {
          "ratings.1.targetId": `“${lisbon}” is not one of your interests (it may have been removed); reload and rate again`,
          "ratings.2.targetId":
            "“no-such-interest” is not one of your interests (it may have been removed); reload and rate again",
        },
      });
      // Nothing of a refused check-in was saved.
      expect(await getCheckIns(context)).toMatchObject({ lastCheckedAt: null });
    });

    it("undoes a check-in and restores it; a removed interest's ratings are not shown", async () => {
      const { context, advance } = current.clock;
      const { ux, museums } = await interests(context);
      await held(context, "2026-11-20T15:00:00.000Z");
      const first = await saveCheckIn(context, {
        ratings: [
          { targetId: ux.id, rating: 4 },
          { targetId: museums.id, rating: 1 },
        ],
      });
      advance(60_000);
      expect(await deleteCheckIn(context, first.checkedAt)).toEqual({
        checkedAt: "2026-11-22T09:00:00.000Z",
        deleted: 2,
      });
      expect(await getCheckIns(context)).toMatchObject({
        lastCheckedAt: null,
        dueAt: "2026-11-20T15:00:00.000Z",
        due: true,
      });
      expect((await getToday(context)).checkIn).toEqual({
        dueAt: "2026-11-20T15:00:00.000Z",
        lastCheckedAt: null,
      });
      await expect(deleteCheckIn(context, first.checkedAt)).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(deleteCheckIn(context, "yesterday")).rejects.toMatchObject({
        code: "not_found",
      });
      expect(await restoreCheckIn(context, first.checkedAt)).toEqual({
        checkedAt: "2026-11-22T09:00:00.000Z",
        restored: 2,
      });
      await expect(restoreCheckIn(context, first.checkedAt)).rejects.toMatchObject({
        code: "not_found",
      });
      expect(await getCheckIns(context)).toMatchObject({
        lastCheckedAt: "2026-11-22T09:00:00.000Z",
        due: false,
      });

      await removeTarget(context, museums.id);
      expect((await getCheckIns(context)).interests).toEqual([
        {
          targetId: ux.id,
          label: "UX research",
          series: [{ checkedAt: "2026-11-22T09:00:00.000Z", rating: 4 }],
          latest: { checkedAt: "2026-11-22T09:00:00.000Z", rating: 4 },
        },
        { targetId: null, label: "Your direction overall", series: [], latest: null },
      ]);
    });
  });
});
