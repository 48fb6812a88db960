import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { draftConfirmation, latestScheduled } from "../domain/confirm-draft.js";
import type { TakeawayTag } from "../domain/follow-up/takeaway.js";
import { draftFollowUp, sentEntry } from "../domain/follow-up-draft.js";
import { draftThankYou, latestConversation } from "../domain/thank-you-draft.js";
import { listActivities, logActivity } from "./activities.service.js";
import { markConversationHeld, scheduleConversation } from "./conversations.service.js";
import { draftTakeaways } from "./follow-up-drafts.service.js";
import { createPerson } from "./people.service.js";
import { getProfile, saveProfile } from "./profile.service.js";
import { getToday } from "./today.service.js";

const hour = 60 * 60 * 1000;
const reasons = async (context: Parameters<typeof getToday>[0]) =>
  (await getToday(context)).actions.map((action) => action.reason);

// What the composer and the call screen log, through the real services and store, and what
// the cadence then makes of it.
describe.each(storeTargets)("Confirmations, thank-yous and call outcomes on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("drafts the confirmation from the stored log, and logging it settles Confirm", async () => {
      const { context, advance } = current.clock;
      await saveProfile(context, { name: "Jordan Lee", phone: "(410) 555-0199" });
      const maya = await createPerson(context, { name: "Maya Chen", email: "maya@example.com" });
      const startsAt = new Date(context.now().getTime() + 50 * hour).toISOString();
      await logActivity(context, maya.id, {
        kind: "meeting_scheduled",
        occurredAt: context.now().toISOString(),
        scheduledFor: startsAt,
        channel: "in_person",
        durationMinutes: 45,
        place: "Café Milano",
      });
      advance(26 * hour);
      expect(await reasons(context)).toContain("confirm_conversation");

      const draft = draftConfirmation({
        kind: "email",
        profile: await getProfile(context),
        person: maya,
        conversation: latestScheduled(await listActivities(context, maya.id)),
        now: context.now(),
        timeZone: "UTC",
      });
      expect(draft.body).toContain("for 45 minutes, at Café Milano.");
      expect(draft.body).toContain("My phone number is (410) 555-0199");

      // What the composer's "Yes, log it" writes for a confirmation sent by e-mail.
      await logActivity(context, maya.id, {
        ...sentEntry("confirm", "email", draft.body),
        occurredAt: context.now().toISOString(),
      });
      const after = await reasons(context);
      expect(after).not.toContain("confirm_conversation");
      expect(after).not.toContain("follow_up_call");
      expect(after).toContain("prepare_conversation");
    });

    it("thanks for the stored conversation, and logging the thank-you settles Thank", async () => {
      const { context, advance } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      // "Just talked" on the call screen: the conversation happened on the phone.
      await logActivity(context, maya.id, {
        kind: "conversation_held",
        occurredAt: context.now().toISOString(),
        channel: "phone",
      });
      advance(3 * hour);
      expect(await reasons(context)).toEqual(["thank_you"]);
      const conversation = latestConversation(await listActivities(context, maya.id));
      expect(conversation?.channel).toBe("phone");

      const thanks = draftThankYou({
        kind: "email",
        profile: await getProfile(context),
        person: maya,
        conversation,
        now: context.now(),
        timeZone: "UTC",
      });
      const entry = sentEntry("thank_you", "email", thanks.body);
      expect(entry).toMatchObject({ kind: "thank_you_sent", channel: "email" });
      await logActivity(context, maya.id, { ...entry, occurredAt: context.now().toISOString() });
      expect(await reasons(context)).toEqual([]);
    });

    it("drafts the thank-you and the updates from the stored takeaways of the right conversation", async () => {
      const { context, advance } = current.clock;
      const { store } = current;
      await saveProfile(context, { name: "Jordan Lee" });
      const maya = await createPerson(context, {
        name: "Maya Chen",
        profileUrl: "https://www.linkedin.com/in/mayachen",
      });
      const schedule = async (hoursAhead: number) =>
        scheduleConversation(context, maya.id, {
          personId: maya.id,
          scheduledFor: new Date(context.now().getTime() + hoursAhead * hour).toISOString(),
          durationMinutes: 30,
          channel: "video",
        });
      const note = async (
        activityId: string,
        tag: TakeawayTag,
        text: string,
        due: string | null = null,
      ) => {
        advance(60 * 1000);
        await store.takeaways.insert(
          context.ownerId,
          `${activityId}-${tag}-${text.length}`,
          { activityId, personId: maya.id, tag, text, actionDueOn: due },
          context.now().toISOString(),
        );
      };
      // Nothing held yet: no takeaways to cite.
      expect(await draftTakeaways(context, maya.id)).toEqual({
        conversationId: null,
        takeaways: [],
      });

      const first = await schedule(2);
      advance(3 * hour);
      await markConversationHeld(context, first.activityId);
      await note(first.activityId, "advice", "Start with a portfolio review");
      await note(first.activityId, "action", "Sign up for the UX meetup", "2026-01-09");
      const log = await listActivities(context, maya.id);
      const cited = await draftTakeaways(context, maya.id);
      expect(cited.conversationId).toBe(first.activityId);
      expect(cited.takeaways.map((takeaway) => takeaway.tag)).toEqual(["advice", "action"]);
      const thanks = draftFollowUp(
        "thank_you",
        "email",
        await getProfile(context),
        maya,
        { log, timeZone: "UTC", takeaways: cited.takeaways },
        context.now(),
      );
      expect(thanks.body).toContain(
        "Your advice to start with a portfolio review has stayed with me.",
      );
      expect(thanks.body).toContain("Because of it, I will sign up for the UX meetup");
      expect(thanks.body).toContain("may I connect with you on LinkedIn?");

      // A second conversation, held later: the thank-you and a plain update cite it; an update
      // for the first one (Today's send_update names it) still cites the first.
      const second = await schedule(24);
      advance(25 * hour);
      await markConversationHeld(context, second.activityId);
      await note(second.activityId, "resource", "The book Just Enough Research");
      expect((await draftTakeaways(context, maya.id)).conversationId).toBe(second.activityId);
      const named = await draftTakeaways(context, maya.id, first.activityId);
      expect(named.takeaways.map((takeaway) => takeaway.text)).toEqual([
        "Start with a portfolio review",
        "Sign up for the UX meetup",
      ]);
      const [, action] = named.takeaways;
      await store.takeaways.update(
        context.ownerId,
        action?.id ?? "",
        { action_done_at: context.now().toISOString() },
        context.now().toISOString(),
      );
      const done = await draftTakeaways(context, maya.id, first.activityId);
      const update = draftFollowUp(
        "update",
        "email",
        await getProfile(context),
        maya,
        { log: await listActivities(context, maya.id), timeZone: "UTC", takeaways: done.takeaways },
        context.now(),
      );
      expect(update.body).toContain(
        "You suggested I start with a portfolio review when we spoke on",
      );
      expect(update.body).toContain("I took your advice and signed up for the UX meetup.");
      const entry = sentEntry("update", "email", update.body);
      expect(entry).toMatchObject({ kind: "update_sent", channel: "email" });
      await logActivity(context, maya.id, { ...entry, occurredAt: context.now().toISOString() });
      const kinds = (await listActivities(context, maya.id)).map((logged) => logged.kind);
      expect(kinds).toContain("update_sent");

      // A conversation id that is not this person's scheduled entry is refused.
      await expect(draftTakeaways(context, maya.id, "no-such-entry")).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("turns the call screen's answers into the right next step", async () => {
      const { context, advance } = current.clock;
      const reasonFor = async (personId: string) =>
        (await getToday(context)).actions.find((action) => action.personId === personId)?.reason;
      const maya = await createPerson(context, { name: "Maya Chen", phone: "410 555 0100" });
      await logActivity(context, maya.id, {
        kind: "declined",
        outcome: "maybe_later",
        channel: "phone",
        occurredAt: context.now().toISOString(),
      });
      const lee = await createPerson(context, { name: "Lee Park", phone: "410 555 0111" });
      await logActivity(context, lee.id, {
        kind: "call",
        outcome: "message_left",
        withName: "Pat",
        occurredAt: context.now().toISOString(),
      });
      advance(4 * 24 * hour);
      expect(await reasonFor(lee.id)).toBe("retry_call");
      advance(25 * 24 * hour);
      expect(await reasonFor(maya.id)).toBe("reask");
    });
  });
});
