import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { listActivities } from "./activities.service.js";
import {
  cancelConversation,
  listConversations,
  markConversationHeld,
  rescheduleConversation,
  restoreConversation,
  scheduleConversation,
} from "./conversations.service.js";
import { createPerson } from "./people.service.js";
import { ServiceError } from "./service-error.js";
import { getToday, saveCadenceSettings } from "./today.service.js";

const hour = 60 * 60 * 1000;
const day = 24 * hour;

describe.each(storeTargets)("Conversations on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    async function maya() {
      return createPerson(current.clock.context, {
        name: "Maya Chen",
        organizationName: "Hopkins",
      });
    }

    it("schedules with the settings' default length, lists it as upcoming and on Today", async () => {
      const { context } = current.clock;
      await saveCadenceSettings(context, { conversationMinutes: 20 });
      const person = await maya();
      const conversation = await scheduleConversation(context, person.id, {
        scheduledFor: "2026-11-25T14:00:00.000Z",
        channel: "video",
        place: "https://meet.example.com/maya",
      });
      expect(conversation).toMatchObject({
        personName: "Maya Chen",
        organizationName: "Hopkins",
        startsAt: "2026-11-25T14:00:00.000Z",
        endsAt: "2026-11-25T14:20:00.000Z",
        durationMinutes: 20,
        mode: "video",
        placeLink: "https://meet.example.com/maya",
        status: "upcoming",
      });
      const [entry] = await listActivities(context, person.id);
      expect(entry).toMatchObject({
        kind: "meeting_scheduled",
        occurredAt: context.now().toISOString(),
        durationMinutes: 20,
        place: "https://meet.example.com/maya",
        channel: "video",
      });
      expect(await listConversations(context)).toEqual({ upcoming: [conversation], past: [] });
      expect((await getToday(context)).upcoming).toMatchObject([
        {
          activityId: conversation.activityId,
          durationMinutes: 20,
          mode: "video",
          place: "https://meet.example.com/maya",
        },
      ]);
    });

    it("says at the field what is wrong with a schedule", async () => {
      const { context } = current.clock;
      const person = await maya();
      const attempt = scheduleConversation(context, person.id, {
        scheduledFor: "",
        durationMinutes: 300,
        channel: "letter",
      });
      await expect(attempt).rejects.toMatchObject({
        code: "validation_failed",
        fields: {
          scheduledFor: "Enter when the conversation is",
          durationMinutes: "A conversation lasts at most 240 minutes",
        },
      });
      expect(await listConversations(context)).toEqual({ upcoming: [], past: [] });
    });

    it("reschedules the same entry, keeping its length, mode and place", async () => {
      const { context } = current.clock;
      const person = await maya();
      const scheduled = await scheduleConversation(context, person.id, {
        scheduledFor: "2026-11-25T14:00:00.000Z",
        durationMinutes: 45,
        channel: "in_person",
        place: "Blue Bottle, 1 Market St",
      });
      const moved = await rescheduleConversation(context, scheduled.activityId, {
        scheduledFor: "2026-11-27T16:30:00+01:00",
      });
      expect(moved).toMatchObject({
        activityId: scheduled.activityId,
        startsAt: "2026-11-27T15:30:00.000Z",
        endsAt: "2026-11-27T16:15:00.000Z",
        mode: "in_person",
        place: "Blue Bottle, 1 Market St",
        placeLink: null,
      });
      expect(await listActivities(context, person.id)).toHaveLength(1);
      await expect(
        rescheduleConversation(context, scheduled.activityId, { scheduledFor: "soon" }),
      ).rejects.toMatchObject({ fields: { scheduledFor: expect.any(String) } });
    });

    it("cancels with undo, and a cancelled one is gone from lists and Today", async () => {
      const { context } = current.clock;
      const person = await maya();
      const scheduled = await scheduleConversation(context, person.id, {
        scheduledFor: "2026-11-24T10:00:00.000Z",
      });
      await cancelConversation(context, scheduled.activityId);
      expect(await listConversations(context)).toEqual({ upcoming: [], past: [] });
      expect((await getToday(context)).upcoming).toEqual([]);
      const restored = await restoreConversation(context, scheduled.activityId);
      expect(restored.startsAt).toBe("2026-11-24T10:00:00.000Z");
      expect((await listConversations(context)).upcoming).toHaveLength(1);
    });

    it("asks whether it happened once past; 'It happened' logs it held and the thank-you comes due", async () => {
      const { context, advance } = current.clock;
      const person = await maya();
      const scheduled = await scheduleConversation(context, person.id, {
        scheduledFor: new Date(context.now().getTime() + day).toISOString(),
        durationMinutes: 30,
        channel: "phone",
      });
      advance(day + 3 * hour);
      const { past } = await listConversations(context);
      expect(past.map((conversation) => conversation.status)).toEqual(["did_it_happen"]);

      const held = await markConversationHeld(context, scheduled.activityId);
      expect(held.status).toBe("held");
      const log = await listActivities(context, person.id);
      expect(log[0]).toMatchObject({
        kind: "conversation_held",
        channel: "phone",
        // Held at its scheduled start with its length, not when the button was pressed.
        occurredAt: scheduled.startsAt,
        durationMinutes: 30,
      });
      const thankYou = (await getToday(context)).actions.find(
        (action) => action.reason === "thank_you",
      );
      expect(thankYou?.state).toBe("due");
      await expect(markConversationHeld(context, scheduled.activityId)).rejects.toBeInstanceOf(
        ServiceError,
      );
    });

    it("keeps each owner's conversations apart", async () => {
      const { context } = current.clock;
      const person = await maya();
      const scheduled = await scheduleConversation(context, person.id, {
        scheduledFor: "2026-11-25T14:00:00.000Z",
      });
      const stranger = { ...context, ownerId: `${context.ownerId}-other` };
      expect(await listConversations(stranger)).toEqual({ upcoming: [], past: [] });
      await expect(cancelConversation(stranger, scheduled.activityId)).rejects.toMatchObject({
        code: "not_found",
      });
    });
  });
});
