import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { takeawayLimits } from "../domain/follow-up/takeaway.js";
import { logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import {
  cancelConversation,
  markConversationHeld,
  restoreConversation,
  scheduleConversation,
} from "./conversations.service.js";
import { createPerson, deletePerson, restorePerson } from "./people.service.js";
import { searchEverything } from "./search.service.js";
import {
  addTakeaway,
  deleteTakeaway,
  getTakeawaysView,
  listPersonTakeaways,
  listTakeaways,
  restoreTakeaway,
  updateTakeaway,
} from "./takeaways.service.js";
import { getToday, saveCadenceSettings } from "./today.service.js";

const hour = 60 * 60 * 1000;

/** The follow-up reminders on Today, as reason:state. */
async function followUps(context: ServiceContext) {
  return (await getToday(context)).actions
    .filter((action) =>
      ["write_up_notes", "takeaway_action", "send_update"].includes(action.reason),
    )
    .map((action) => `${action.reason}:${action.state}`);
}

describe.each(storeTargets)("takeaways on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    /** Maya, and a 30-minute conversation at 14:00 New York time on Sunday 22 November, held. */
    async function heldConversation(context: ServiceContext) {
      await saveCadenceSettings(context, { timeZone: "America/New_York" });
      const maya = await createPerson(context, { name: "Maya Chen" });
      const conversation = await scheduleConversation(context, maya.id, {
        scheduledFor: "2026-11-22T19:00:00.000Z",
        channel: "video",
        durationMinutes: 30,
      });
      return { maya, activityId: conversation.activityId };
    }

    // The test clock starts on Sunday 22 November 2026, 09:00 UTC (04:00 in New York).
    it("adds, lists, edits, ticks off, deletes and restores takeaways", async () => {
      const { context, advance } = current.clock;
      const { maya, activityId } = await heldConversation(context);
      const advice = await addTakeaway(context, activityId, {
        tag: "advice",
        text: "  Learn SQL before Python ",
      });
      expect(advice).toEqual({
        id: advice.id,
        activityId,
        personId: maya.id,
        tag: "advice",
        text: "Learn SQL before Python",
        actionDueOn: null,
        actionDoneAt: null,
        createdAt: "2026-11-22T09:00:00.000Z",
        updatedAt: "2026-11-22T09:00:00.000Z",
      });
      advance(1000);
      const action = await addTakeaway(context, activityId, {
        tag: "action",
        text: "Take the free SQL course",
        actionDueOn: "2026-11-29",
      });
      expect(await listTakeaways(context, activityId)).toEqual([advice, action]);
      // The page's view: today in the explorer's zone (04:00 in New York is still the 22nd).
      expect(await getTakeawaysView(context, activityId)).toEqual({
        takeaways: [advice, action],
        today: "2026-11-22",
        timeZone: "America/New_York",
      });
      expect(await listPersonTakeaways(context, maya.id)).toEqual([advice, action]);

      advance(hour);
      const edited = await updateTakeaway(context, advice.id, { tag: "skill", text: "SQL" });
      expect(edited).toMatchObject({
        tag: "skill",
        text: "SQL",
        updatedAt: "2026-11-22T10:00:01.000Z",
      });
      const moved = await updateTakeaway(context, action.id, { actionDueOn: "2026-11-30" });
      expect(moved.actionDueOn).toBe("2026-11-30");
      const done = await updateTakeaway(context, action.id, { done: true });
      expect(done.actionDoneAt).toBe("2026-11-22T10:00:01.000Z");
      advance(hour);
      // Done again keeps when it was first done; done: false clears it.
      expect((await updateTakeaway(context, action.id, { done: true })).actionDoneAt).toBe(
        "2026-11-22T10:00:01.000Z",
      );
      expect((await updateTakeaway(context, action.id, { done: false })).actionDoneAt).toBeNull();
      // An action turned into advice loses its day.
      const advised = await updateTakeaway(context, action.id, { tag: "advice" });
      expect(advised).toMatchObject({ tag: "advice", actionDueOn: null, actionDoneAt: null });

      const removed = await deleteTakeaway(context, advice.id);
      expect(removed).toEqual(edited);
      expect((await listTakeaways(context, activityId)).map((each) => each.id)).toEqual([
        action.id,
      ]);
      expect(await restoreTakeaway(context, advice.id)).toMatchObject({
        id: advice.id,
        text: "SQL",
      });
      // Restoring a live one changes nothing.
      expect((await restoreTakeaway(context, advice.id)).text).toBe("SQL");
      expect((await listTakeaways(context, activityId)).map((each) => each.id)).toEqual([
        advice.id,
        action.id,
      ]);
    });

    it("says what to fix: a tag, the text, a day for an action only, 'done' for an action only", async () => {
      const { context } = current.clock;
      const { activityId } = await heldConversation(context);
      await expect(addTakeaway(context, activityId, { text: "" })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { tag: "Choose what kind of takeaway this is", text: "Enter the takeaway" },
      });
      await expect(
        addTakeaway(context, activityId, { tag: "action", text: "Call Dana" }),
      ).rejects.toMatchObject({ fields: { actionDueOn: "Enter the day you will do it by" } });
      await expect(
        addTakeaway(context, activityId, {
          tag: "advice",
          text: "Read",
          actionDueOn: "2026-11-30",
        }),
      ).rejects.toMatchObject({ fields: { actionDueOn: "Only an action has a day" } });
      await expect(
        addTakeaway(context, activityId, { tag: "action", text: "x", actionDueOn: "2026-02-30" }),
      ).rejects.toMatchObject({ fields: { actionDueOn: "Enter a real date" } });
      const advice = await addTakeaway(context, activityId, { tag: "advice", text: "Read" });
      await expect(updateTakeaway(context, advice.id, { done: true })).rejects.toMatchObject({
        fields: { done: "Only an action can be done" },
      });
      await expect(updateTakeaway(context, advice.id, { text: " " })).rejects.toMatchObject({
        fields: { text: "Enter the takeaway" },
      });
    });

    it("writes a replayed create once, refuses a reused id, and keeps a conversation's limit", async () => {
      const { context } = current.clock;
      const { activityId } = await heldConversation(context);
      const id = randomUUID();
      const first = await addTakeaway(context, activityId, { id, tag: "trend", text: "AI triage" });
      expect(
        await addTakeaway(context, activityId, { id, tag: "trend", text: "AI triage" }),
      ).toEqual(first);
      await expect(
        addTakeaway(context, activityId, { id, tag: "trend", text: "Other" }),
      ).rejects.toMatchObject({ code: "conflict" });
      expect(await listTakeaways(context, activityId)).toHaveLength(1);
      for (let index = 1; index < takeawayLimits.perConversation; index += 1)
        await addTakeaway(context, activityId, { tag: "advice", text: `Point ${index}` });
      await expect(
        addTakeaway(context, activityId, { tag: "advice", text: "One too many" }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { text: "A conversation keeps at most 100 takeaways" },
      });
    });

    it("answers 404 for anything but a live conversation of a live person", async () => {
      const { context } = current.clock;
      const { maya, activityId } = await heldConversation(context);
      const note = await logActivity(context, maya.id, { kind: "note", detail: "hi" });
      for (const id of ["nope", note.id]) {
        await expect(listTakeaways(context, id)).rejects.toMatchObject({ code: "not_found" });
        await expect(addTakeaway(context, id, { tag: "advice", text: "x" })).rejects.toMatchObject({
          code: "not_found",
        });
      }
      const advice = await addTakeaway(context, activityId, { tag: "advice", text: "x" });
      await cancelConversation(context, activityId);
      await expect(listTakeaways(context, activityId)).rejects.toMatchObject({ code: "not_found" });
      await expect(updateTakeaway(context, advice.id, { text: "y" })).rejects.toMatchObject({
        code: "not_found",
      });
      expect(await listPersonTakeaways(context, maya.id)).toEqual([]);
      await restoreConversation(context, activityId);
      await deletePerson(context, maya.id);
      await expect(listTakeaways(context, activityId)).rejects.toMatchObject({ code: "not_found" });
      await expect(listPersonTakeaways(context, maya.id)).rejects.toMatchObject({
        code: "not_found",
      });
      // Another owner never sees them.
      const other = { ...context, ownerId: `${context.ownerId}-other` };
      await restorePerson(context, maya.id);
      await expect(listTakeaways(other, activityId)).rejects.toMatchObject({ code: "not_found" });
      await expect(updateTakeaway(other, advice.id, { text: "y" })).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("reminds: write up the notes this evening, an action on its day, then an update", async () => {
      const { context, advance } = current.clock;
      const { maya, activityId } = await heldConversation(context);
      // 14:00–14:30 New York; marked held at 15:00 New York (20:00 UTC).
      advance(11 * hour);
      await markConversationHeld(context, activityId);
      // Due at 20:00 New York (01:00 UTC on the 23rd), so upcoming until then.
      expect(await followUps(context)).toEqual(["write_up_notes:upcoming"]);
      advance(5 * hour);
      expect(await followUps(context)).toEqual(["write_up_notes:due"]);
      // Overdue from 08:00 New York the next morning (13:00 UTC).
      advance(12 * hour);
      expect(await followUps(context)).toEqual(["write_up_notes:overdue"]);

      const action = await addTakeaway(context, activityId, {
        tag: "action",
        text: "Take the free SQL course",
        actionDueOn: "2026-11-25",
      });
      // Written up: that reminder goes; the action is due at the start of its day.
      expect(await followUps(context)).toEqual(["takeaway_action:upcoming"]);
      const [reminder] = (await getToday(context)).actions.filter(
        (each) => each.reason === "takeaway_action",
      );
      expect(reminder).toMatchObject({
        key: `takeaway_action:${maya.id}:${action.id}`,
        triggeredBy: activityId,
        dueAt: "2026-11-25T05:00:00.000Z",
        overdueAt: "2026-11-26T05:00:00.000Z",
        group: "follow_up",
      });

      advance(2 * 24 * hour);
      expect(await followUps(context)).toEqual(["takeaway_action:due"]);
      await updateTakeaway(context, action.id, { done: true });
      expect(await followUps(context)).toEqual(["send_update:due"]);
      // Telling them what came of it ends it; undoing "done" would bring the action back.
      await logActivity(context, maya.id, { kind: "update_sent", detail: "Took the course" });
      expect(await followUps(context)).toEqual([]);
      await updateTakeaway(context, action.id, { done: false });
      expect(await followUps(context)).toEqual(["takeaway_action:due"]);
      await deleteTakeaway(context, action.id);
      expect(await followUps(context)).toEqual(["write_up_notes:overdue"]);
    });

    it("is found by search and opens the follow-up page; deleted or cancelled, it is not", async () => {
      const { context } = current.clock;
      const { activityId } = await heldConversation(context);
      const advice = await addTakeaway(context, activityId, {
        tag: "advice",
        text: "Learn pelican statistics first",
      });
      const found = await searchEverything(context, "pelican", 10);
      expect(found).toEqual([
        {
          type: "takeaway",
          id: `${activityId}/${advice.id}`,
          personId: advice.personId,
          title: "Maya Chen · Advice",
          snippet: [
            { text: "Learn ", highlighted: false },
            { text: "pelican", highlighted: true },
            { text: " statistics first", highlighted: false },
          ],
          href: `/conversations/${activityId}/follow-up`,
        },
      ]);
      await updateTakeaway(context, advice.id, { text: "Learn walrus statistics" });
      expect(await searchEverything(context, "pelican", 10)).toEqual([]);
      expect(await searchEverything(context, "walrus", 10)).toHaveLength(1);
      await deleteTakeaway(context, advice.id);
      expect(await searchEverything(context, "walrus", 10)).toEqual([]);
      await restoreTakeaway(context, advice.id);
      expect(await searchEverything(context, "walrus", 10)).toHaveLength(1);
      await cancelConversation(context, activityId);
      expect(await searchEverything(context, "walrus", 10)).toEqual([]);
      await restoreConversation(context, activityId);
      expect(await searchEverything(context, "walrus", 10)).toHaveLength(1);
    });
  });
});
