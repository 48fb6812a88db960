import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { logActivity } from "./activities.service.js";
import { createBackup } from "./backup.service.js";
import { createPerson } from "./people.service.js";
import {
  dismissAction,
  getCadenceSettings,
  getToday,
  saveCadenceSettings,
  snoozeAction,
  undoActionState,
} from "./today.service.js";

const day = 24 * 60 * 60 * 1000;

describe.each(storeTargets)("Today on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("shows the follow-up call 7 days after an unanswered e-mail, then the retry after a voicemail", async () => {
      const { context, advance } = current.clock;
      const maya = await createPerson(context, {
        name: "Maya Chen",
        phone: "+1 410 555 0100",
        organizationName: "Hopkins",
      });
      await logActivity(context, maya.id, {
        kind: "email_sent",
        occurredAt: context.now().toISOString(),
      });

      const first = await getToday(context);
      expect(first.actions.map((action) => `${action.reason}:${action.state}`)).toEqual([
        "follow_up_call:upcoming",
      ]);
      expect(first.week).toEqual({ touches: 1, conversations: 0, thankYous: 0, peopleAdded: 1 });

      advance(8 * day);
      const later = await getToday(context);
      expect(later.actions).toMatchObject([
        {
          reason: "follow_up_call",
          state: "due",
          group: "call",
          personName: "Maya Chen",
          organizationName: "Hopkins",
          phone: "+1 410 555 0100",
          message: "No reply to your email of 22 Nov — call to follow up",
        },
      ]);

      await logActivity(context, maya.id, {
        kind: "call",
        outcome: "voicemail",
        occurredAt: context.now().toISOString(),
      });
      const afterCall = await getToday(context);
      expect(afterCall.actions.map((action) => `${action.reason}:${action.state}`)).toEqual([
        "retry_call:upcoming",
      ]);
    });

    it("snoozes, dismisses with a reason, and undoes both", async () => {
      const { context, advance } = current.clock;
      const lee = await createPerson(context, { name: "Lee Park" });
      await logActivity(context, lee.id, {
        kind: "letter_sent",
        occurredAt: context.now().toISOString(),
      });
      advance(8 * day);
      const [action] = (await getToday(context)).actions;
      if (!action) throw new Error("expected a due action");

      await snoozeAction(
        context,
        action.key,
        new Date(context.now().getTime() + day).toISOString(),
      );
      expect((await getToday(context)).actions).toEqual([]);
      advance(day);
      expect((await getToday(context)).actions).toHaveLength(1);

      await expect(dismissAction(context, action.key, " ")).rejects.toMatchObject({
        fields: { reason: expect.any(String) },
      });
      await dismissAction(context, action.key, "Met them at a conference instead");
      expect((await getToday(context)).actions).toEqual([]);
      await undoActionState(context, action.key);
      expect((await getToday(context)).actions).toHaveLength(1);
      await expect(snoozeAction(context, action.key, "2000-01-01T00:00:00Z")).rejects.toMatchObject(
        {
          fields: { until: "Choose a time in the future" },
        },
      );

      const backup = await createBackup(context);
      expect(backup.tables.action_states).toHaveLength(0);
    });

    it("lists this week's conversations and keeps cadence settings", async () => {
      const { context } = current.clock;
      const ana = await createPerson(context, { name: "Ana Souza" });
      const inThreeDays = new Date(context.now().getTime() + 3 * day).toISOString();
      const scheduled = await logActivity(context, ana.id, {
        kind: "meeting_scheduled",
        occurredAt: context.now().toISOString(),
        scheduledFor: inThreeDays,
      });
      const today = await getToday(context);
      expect(today.upcoming).toEqual([
        {
          personId: ana.id,
          personName: "Ana Souza",
          organizationName: null,
          startsAt: inThreeDays,
          activityId: scheduled.id,
          // No length given: the settings' default (30 minutes).
          endsAt: new Date(new Date(inThreeDays).getTime() + 30 * 60 * 1000).toISOString(),
          durationMinutes: 30,
          mode: null,
          place: null,
          placeLink: null,
        },
      ]);

      expect((await getCadenceSettings(context)).followUpCallDays).toBe(7);
      await saveCadenceSettings(context, { followUpCallDays: 10, timeZone: "Europe/Paris" });
      expect(await getCadenceSettings(context)).toMatchObject({
        followUpCallDays: 10,
        timeZone: "Europe/Paris",
        routine: "standard",
      });
      await expect(
        saveCadenceSettings(context, { timeZone: "Nowhere/Land" }),
      ).rejects.toMatchObject({
        fields: { timeZone: expect.any(String) },
      });
      const backup = await createBackup(context);
      expect(backup.tables.settings).toHaveLength(1);
    });
  });
});
