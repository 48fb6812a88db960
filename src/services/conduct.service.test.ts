import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { listActivities, logActivity } from "./activities.service.js";
import {
  addConductNote,
  capturePerson,
  endConduct,
  getConduct,
  markQuestion,
  setNotesPermission,
  startConduct,
} from "./conduct.service.js";
import {
  cancelConversation,
  getConversation,
  scheduleConversation,
} from "./conversations.service.js";
import { listNetworkAsks } from "./network-asks.service.js";
import { createPerson, deletePerson, getPerson } from "./people.service.js";
import { saveDefaultPitch } from "./pitches.service.js";
import { addPlanQuestion, updatePreparation } from "./preparation.service.js";

const minute = 60 * 1000;

describe.each(storeTargets)("Conduct on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    /** Dana, a 30-minute video call at 9:00 on the test clock's day, with two questions. */
    async function conversation() {
      const { context } = current.clock;
      const person = await createPerson(context, {
        name: "Dana Reyes",
        organizationName: "Acme Health",
      });
      const { activityId } = await scheduleConversation(context, person.id, {
        scheduledFor: "2026-11-22T09:00:00.000Z",
        durationMinutes: 30,
        channel: "video",
      });
      const first = await addPlanQuestion(context, activityId, {
        text: "What does a typical week look like for you?",
        group: "person",
        tags: [],
      });
      const second = await addPlanQuestion(context, activityId, {
        text: "Which skills matter most in your field?",
        group: "field",
        tags: ["advice"],
        spare: true,
      });
      return { person, activityId, first, second };
    }

    it("answers the whole page in one read: conversation, objective, plan, pitch, settings", async () => {
      const { context } = current.clock;
      const { person, activityId, first, second } = await conversation();
      await updatePreparation(context, activityId, { objective: "Learn how clinics hire" });
      await saveDefaultPitch(context, {
        whoIAm: "I am a nurse moving into health data",
        workIHope: "I hope to work on clinic tools",
        learnToday: "I would like to learn how your team started",
      });
      const view = await getConduct(context, activityId);
      expect(view.conversation).toEqual({
        activityId,
        personId: person.id,
        personName: "Dana Reyes",
        organizationName: "Acme Health",
        startsAt: "2026-11-22T09:00:00.000Z",
        endsAt: "2026-11-22T09:30:00.000Z",
        durationMinutes: 30,
        mode: "video",
        place: null,
        placeLink: null,
        status: "did_it_happen",
      });
      expect(view.objective).toBe("Learn how clinics hire");
      expect(view.questions).toEqual([
        {
          id: first.id,
          text: "What does a typical week look like for you?",
          group: "person",
          spare: false,
          asked: null,
          note: null,
        },
        {
          id: second.id,
          text: "Which skills matter most in your field?",
          group: "field",
          spare: true,
          asked: null,
          note: null,
        },
      ]);
      expect(view.pitch).toEqual({
        text: "I am a nurse moving into health data. I hope to work on clinic tools. I would like to learn how your team started.",
        spokenSeconds: 10,
      });
      expect(view.settings).toEqual({ minutesPerAnswer: 3, openingMinutes: 2, windDownMinutes: 5 });
      expect(view.session).toBeNull();
      expect(view.notes).toEqual([]);
      expect(view.capturedPeople).toEqual([]);
      expect(view.readAt).toBe("2026-11-22T09:00:00.000Z");
    });

    it("answers 404 for an id that is not a live conversation", async () => {
      const { context } = current.clock;
      const { person, activityId, first } = await conversation();
      const call = await logActivity(context, person.id, {
        kind: "note",
        detail: "Found them online",
      });
      await expect(getConduct(context, call.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(getConduct(context, randomUUID())).rejects.toMatchObject({ code: "not_found" });
      await cancelConversation(context, activityId);
      await expect(getConduct(context, activityId)).rejects.toMatchObject({ code: "not_found" });
      await expect(startConduct(context, activityId, {})).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(
        addConductNote(context, activityId, { id: randomUUID(), body: "Hello" }),
      ).rejects.toMatchObject({ code: "not_found" });
      await expect(markQuestion(context, first.id, { asked: "asked" })).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(
        capturePerson(context, activityId, { id: randomUUID(), name: "Sam Lee" }),
      ).rejects.toMatchObject({ code: "not_found" });
      await expect(endConduct(context, activityId, {})).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(markQuestion(context, randomUUID(), { asked: "asked" })).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("starts once: a second start answers the same session", async () => {
      const { context, advance } = current.clock;
      const { activityId } = await conversation();
      const started = await startConduct(context, activityId, {
        startedAt: "2026-11-22T09:01:00.000Z",
      });
      advance(5 * minute);
      const again = await startConduct(context, activityId, {});
      expect(again).toEqual(started);
      expect(started).toMatchObject({
        activityId,
        startedAt: "2026-11-22T09:01:00.000Z",
        endedAt: null,
        notesPermission: false,
      });
      await expect(startConduct(context, activityId, { startedAt: "soon" })).rejects.toMatchObject({
        code: "validation_failed",
      });
    });

    it("records the permission to take notes, the same however often it is sent", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      await setNotesPermission(context, activityId, { granted: true });
      const twice = await setNotesPermission(context, activityId, { granted: true });
      expect(twice.notesPermission).toBe(true);
      expect((await getConduct(context, activityId)).session?.notesPermission).toBe(true);
      expect(
        (await setNotesPermission(context, activityId, { granted: false })).notesPermission,
      ).toBe(false);
    });

    it("sets a question's tick and note; sending it again changes nothing", async () => {
      const { context } = current.clock;
      const { activityId, first, second } = await conversation();
      const marked = await markQuestion(context, first.id, {
        asked: "asked",
        note: "Mostly clinics",
      });
      expect(marked).toEqual({ id: first.id, asked: "asked", note: "Mostly clinics" });
      expect(
        await markQuestion(context, first.id, { asked: "asked", note: "Mostly clinics" }),
      ).toEqual(marked);
      await markQuestion(context, second.id, { asked: "answered", note: null });
      const view = await getConduct(context, activityId);
      expect(view.questions.map((question) => [question.asked, question.note])).toEqual([
        ["asked", "Mostly clinics"],
        ["answered", null],
      ]);
      expect(await markQuestion(context, first.id, { asked: null, note: "" })).toEqual({
        id: first.id,
        asked: null,
        note: null,
      });
      await expect(markQuestion(context, first.id, { asked: "maybe" })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { asked: "Invalid input" },
      });
    });

    it("adds a note once per client id: a replay answers the same note, other content is refused", async () => {
      const { context, advance } = current.clock;
      const { activityId } = await conversation();
      const id = randomUUID();
      const note = await addConductNote(context, activityId, {
        id,
        body: "Hiring happens in spring",
        notedAt: "2026-11-22T09:04:00.000Z",
      });
      advance(10 * minute);
      const replay = await addConductNote(context, activityId, {
        id,
        body: "Hiring happens in spring",
        notedAt: "2026-11-22T09:04:00.000Z",
      });
      expect(replay).toEqual(note);
      await expect(
        addConductNote(context, activityId, { id, body: "Something else" }),
      ).rejects.toMatchObject({ code: "conflict" });
      await addConductNote(context, activityId, {
        id: randomUUID(),
        body: "Ask about the bootcamp",
      });
      const view = await getConduct(context, activityId);
      expect(view.notes.map((each) => [each.body, each.notedAt])).toEqual([
        ["Hiring happens in spring", "2026-11-22T09:04:00.000Z"],
        ["Ask about the bootcamp", "2026-11-22T09:10:00.000Z"],
      ]);
      // A note starts the session when none was started.
      expect(view.session?.startedAt).toBe("2026-11-22T09:00:00.000Z");
      await expect(
        addConductNote(context, activityId, { id: randomUUID(), body: " " }),
      ).rejects.toMatchObject({ code: "validation_failed" });
    });

    it("captures a person introduced by the contact, with the permission and a network ask, once per client id", async () => {
      const { context } = current.clock;
      const { person, activityId } = await conversation();
      await startConduct(context, activityId, {});
      const id = randomUUID();
      const draft = { id, name: "Sam Lee", mentionPermission: "yes", note: "Runs the data team" };
      const captured = await capturePerson(context, activityId, draft);
      const replay = await capturePerson(context, activityId, draft);
      expect(replay).toEqual(captured);
      expect(captured.person).toMatchObject({ name: "Sam Lee", mentionPermission: "yes" });
      const sam = await getPerson(context, captured.person.id);
      expect(sam).toMatchObject({
        referredById: person.id,
        mentionPermission: "yes",
        source: "referral",
        notes: "Runs the data team",
      });
      const asks = await listNetworkAsks(context, person.id);
      expect(asks).toHaveLength(1);
      expect(asks[0]).toMatchObject({
        id,
        question: "Who else should I talk to?",
        suggestedPersonIds: [sam.id],
        askedAt: "2026-11-22T09:00:00.000Z",
      });
      const other = await capturePerson(context, activityId, { id: randomUUID(), name: "Ari Kim" });
      expect(other.person.mentionPermission).toBe("not_asked");
      expect((await getConduct(context, activityId)).capturedPeople).toEqual([
        { id: sam.id, name: "Sam Lee", mentionPermission: "yes" },
        { id: other.person.id, name: "Ari Kim", mentionPermission: "not_asked" },
      ]);
      await expect(
        capturePerson(context, activityId, { id: randomUUID(), name: "" }),
      ).rejects.toMatchObject({ code: "validation_failed" });
    });

    it("ends: held at the scheduled start with the real length; ending again changes nothing", async () => {
      const { context, advance } = current.clock;
      const { person, activityId } = await conversation();
      advance(2 * minute);
      await startConduct(context, activityId, {});
      advance(26 * minute);
      const ended = await endConduct(context, activityId, {});
      expect(ended.session).toMatchObject({
        startedAt: "2026-11-22T09:02:00.000Z",
        endedAt: "2026-11-22T09:28:00.000Z",
      });
      expect(ended.conversation.status).toBe("held");
      advance(5 * minute);
      const again = await endConduct(context, activityId, {});
      expect(again.session).toEqual(ended.session);
      const held = (await listActivities(context, person.id)).filter(
        (entry) => entry.kind === "conversation_held",
      );
      expect(held).toHaveLength(1);
      expect(held[0]).toMatchObject({
        occurredAt: "2026-11-22T09:00:00.000Z",
        durationMinutes: 26,
        channel: "video",
      });
      expect((await getPerson(context, person.id)).stage).toBe("met");
      expect((await getConversation(context, activityId)).heldActivityId).toBe(held[0]?.id);
    });

    it("ends with a length as given, and without a session counts from the scheduled start", async () => {
      const { context, advance } = current.clock;
      const { person, activityId } = await conversation();
      advance(40 * minute);
      await endConduct(context, activityId, { durationMinutes: 35 });
      const other = await conversation();
      advance(3 * minute);
      await endConduct(context, other.activityId, { endedAt: "2026-11-22T09:20:00.000Z" });
      const lengths = async (personId: string) =>
        (await listActivities(context, personId))
          .filter((entry) => entry.kind === "conversation_held")
          .map((entry) => entry.durationMinutes);
      expect(await lengths(person.id)).toEqual([35]);
      expect(await lengths(other.person.id)).toEqual([20]);
      await expect(endConduct(context, activityId, { durationMinutes: 0 })).rejects.toMatchObject({
        code: "validation_failed",
      });
    });

    it("is not found once the person is deleted", async () => {
      const { context } = current.clock;
      const { person, activityId } = await conversation();
      await deletePerson(context, person.id);
      await expect(getConduct(context, activityId)).rejects.toMatchObject({ code: "not_found" });
    });
  });
});
