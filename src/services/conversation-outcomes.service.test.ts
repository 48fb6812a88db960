import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import {
  deleteActivity,
  listActivities,
  logActivity,
  updateActivity,
} from "./activities.service.js";
import {
  listConversations,
  markConversationCancelled,
  markConversationHeld,
  scheduleConversation,
} from "./conversations.service.js";
import { createPerson, getPerson, updatePerson } from "./people.service.js";
import { addTakeaway } from "./takeaways.service.js";
import { getToday, saveCadenceSettings } from "./today.service.js";

const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;

/** The booking → thank-you moment (issue 11) through the store, on both engines. */
describe.each(storeTargets)("After a conversation's time, on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    async function booked(startsIn: number, durationMinutes = 30) {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Maya Chen" });
      const conversation = await scheduleConversation(context, person.id, {
        scheduledFor: new Date(context.now().getTime() + startsIn).toISOString(),
        durationMinutes,
        channel: "video",
      });
      return { person, conversation };
    }

    const reasons = async () =>
      (await getToday(current.clock.context)).actions.map(
        (action) => `${action.reason}:${action.state}`,
      );

    it("reported: held, thanked, then the time corrected — the stage stays thanked", async () => {
      const { context, advance } = current.clock;
      // Booked after the fact: logged now for a conversation that started two hours ago.
      const { person, conversation } = await booked(-2 * hour);
      const held = await markConversationHeld(context, conversation.activityId);
      advance(10 * minute);
      await logActivity(context, person.id, { kind: "thank_you_sent", channel: "email" });
      expect((await getPerson(context, person.id)).stage).toBe("thanked");
      // The explorer corrects the conversation's time in the log: it started earlier…
      const heldEntry = (await listActivities(context, person.id)).find(
        (entry) => entry.id === held.heldActivityId,
      );
      if (!heldEntry) throw new Error("no held entry");
      await updateActivity(context, heldEntry.id, {
        ...heldEntry,
        occurredAt: new Date(new Date(conversation.startsAt).getTime() - 15 * minute).toISOString(),
      });
      expect((await getPerson(context, person.id)).stage).toBe("thanked");
      // …and the booking's own time too.
      const booking = (await listActivities(context, person.id)).find(
        (entry) => entry.id === conversation.activityId,
      );
      if (!booking) throw new Error("no booking");
      await updateActivity(context, booking.id, {
        ...booking,
        scheduledFor: new Date(
          new Date(conversation.startsAt).getTime() - 15 * minute,
        ).toISOString(),
      });
      expect((await getPerson(context, person.id)).stage).toBe("thanked");
      expect((await listConversations(context)).past.map((each) => each.status)).toEqual(["held"]);
    });

    it("asks 'did it happen?' first once the start passes; held at the start, the thank-you counts from the end", async () => {
      const { context, advance } = current.clock;
      const { conversation } = await booked(day, 30);
      advance(day - 1);
      expect(await reasons()).not.toContain("did_it_happen:due");
      advance(1);
      await logActivity(context, conversation.personId, {
        kind: "email_sent",
        occurredAt: new Date(context.now().getTime() - 3 * day).toISOString(),
      });
      advance(3 * hour);
      const today = await getToday(context);
      expect(today.actions[0]).toMatchObject({
        reason: "did_it_happen",
        group: "happened",
        triggeredBy: conversation.activityId,
        conversationMinutes: 30,
        message: expect.stringContaining("did it happen?"),
      });
      // Corrected: it started 10 minutes late and took 45 minutes (ended at start + 55).
      const startedAt = new Date(new Date(conversation.startsAt).getTime() + 10 * minute);
      await markConversationHeld(context, conversation.activityId, {
        occurredAt: startedAt.toISOString(),
        durationMinutes: 45,
      });
      const thankYou = (await getToday(context)).actions.find(
        (action) => action.reason === "thank_you",
      );
      const end = startedAt.getTime() + 45 * minute;
      expect(thankYou).toMatchObject({
        state: "due",
        dueAt: new Date(end).toISOString(),
        idealBy: new Date(end + 2 * hour).toISOString(),
        overdueAt: new Date(end + day).toISOString(),
      });
      expect(await reasons()).not.toContain("did_it_happen:due");
    });

    it("a time that would close another conversation is refused, and nothing is logged", async () => {
      const { context, advance } = current.clock;
      const { person, conversation } = await booked(hour);
      const later = await scheduleConversation(context, person.id, {
        scheduledFor: new Date(context.now().getTime() + 5 * hour).toISOString(),
      });
      advance(6 * hour);
      await expect(
        markConversationHeld(context, conversation.activityId, {
          occurredAt: new Date(new Date(later.startsAt).getTime() + minute).toISOString(),
        }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { occurredAt: expect.any(String) },
      });
      expect((await listActivities(context, person.id)).map((entry) => entry.kind)).toEqual([
        "meeting_scheduled",
        "meeting_scheduled",
      ]);
    });

    it("'They cancelled' closes it as cancelled and offers a new time; undo asks again", async () => {
      const { context, advance } = current.clock;
      const { person, conversation } = await booked(hour);
      advance(2 * hour);
      expect(await reasons()).toEqual(["did_it_happen:due"]);
      const cancelled = await markConversationCancelled(context, conversation.activityId, {
        outcome: "cancelled_by_them",
      });
      expect(cancelled).toMatchObject({ status: "cancelled", cancellation: "cancelled_by_them" });
      expect((await listConversations(context)).past).toMatchObject([{ status: "cancelled" }]);
      const [offer] = (await getToday(context)).actions;
      expect(offer).toMatchObject({
        reason: "offer_reschedule",
        group: "schedule",
        state: "due",
        triggeredBy: cancelled.cancelledActivityId,
        message: expect.stringMatching(
          /^They cancelled the conversation on .* — offer a new time$/,
        ),
      });
      expect((await getPerson(context, person.id)).stage).toBe("following_up");
      // Undo: the cancellation entry is deleted and the question comes back.
      await deleteActivity(context, cancelled.cancelledActivityId ?? "");
      expect(await reasons()).toEqual(["did_it_happen:due"]);
      expect((await getPerson(context, person.id)).stage).toBe("scheduled");
    });

    it("'I cancelled' and 'They did not come' say so; a wrong outcome is refused at its field", async () => {
      const { context, advance } = current.clock;
      const { conversation } = await booked(hour);
      advance(2 * hour);
      await expect(
        markConversationCancelled(context, conversation.activityId, { outcome: "maybe" }),
      ).rejects.toMatchObject({ fields: { outcome: expect.any(String) } });
      await markConversationCancelled(context, conversation.activityId, {
        outcome: "cancelled_by_me",
      });
      expect((await getToday(context)).actions[0]?.message).toMatch(
        /^You cancelled the conversation on .* — offer a new time when you can$/,
      );
      await expect(markConversationHeld(context, conversation.activityId)).rejects.toMatchObject({
        code: "conflict",
      });
      const other = await booked(hour);
      advance(2 * hour);
      await markConversationCancelled(context, other.conversation.activityId, {
        outcome: "no_show",
      });
      const messages = (await getToday(context)).actions.map((action) => action.message);
      expect(messages).toContainEqual(
        expect.stringMatching(/^They did not come to the conversation/),
      );
    });

    it("keeps in touch every 3 months after the thank-you (or the person's own), and any touch resets it", async () => {
      const { context, advance } = current.clock;
      const { person, conversation } = await booked(hour);
      advance(2 * hour);
      await markConversationHeld(context, conversation.activityId);
      // Written up (else "write up your notes" waits too) and thanked.
      await addTakeaway(context, conversation.activityId, {
        tag: "advice",
        text: "Ask for a trial day",
      });
      await logActivity(context, person.id, { kind: "thank_you_sent", channel: "email" });
      expect(await reasons()).toEqual([]);
      advance(92 * day);
      expect(await reasons()).toEqual(["keep_in_touch:due"]);
      await logActivity(context, person.id, { kind: "call", outcome: "answered" });
      expect(await reasons()).toEqual([]);
      // Their own interval: every month.
      await updatePerson(context, person.id, { name: "Maya Chen", keepInTouchMonths: 1 });
      expect((await getPerson(context, person.id)).keepInTouchMonths).toBe(1);
      advance(31 * day);
      expect(await reasons()).toEqual(["keep_in_touch:due"]);
      // Back to the setting (empty), which is now 6 months.
      await updatePerson(context, person.id, { name: "Maya Chen", keepInTouchMonths: "" });
      await saveCadenceSettings(context, { keepInTouchMonths: 6 });
      expect(await reasons()).toEqual([]);
      await expect(
        updatePerson(context, person.id, { name: "Maya Chen", keepInTouchMonths: 0 }),
      ).rejects.toMatchObject({
        fields: { keepInTouchMonths: "Keep in touch at least every 1 month" },
      });
    });
  });
});
