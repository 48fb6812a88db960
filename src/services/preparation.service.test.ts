import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { logActivity } from "./activities.service.js";
import {
  cancelConversation,
  restoreConversation,
  scheduleConversation,
} from "./conversations.service.js";
import { createPerson, deletePerson, restorePerson, updatePerson } from "./people.service.js";
import {
  addPlanQuestion,
  deletePlanQuestion,
  getPreparation,
  reorderPlan,
  restorePlanQuestion,
  updatePlanQuestion,
  updatePreparation,
} from "./preparation.service.js";
import { getPrepareSettings, savePrepareSettings } from "./prepare-settings.service.js";
import {
  addBankQuestion,
  deleteBankQuestion,
  listQuestionBank,
  restoreBankQuestion,
  updateBankQuestion,
} from "./question-bank.service.js";
import { searchEverything } from "./search.service.js";
import { getToday } from "./today.service.js";

describe.each(storeTargets)("Prepare on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    /** Dana, a 20-minute phone call on 24 November (two days after the test clock). */
    async function conversation() {
      const { context } = current.clock;
      const person = await createPerson(context, {
        name: "Dana Reyes",
        organizationName: "Acme Health",
        phone: "+1 410 555 0100",
      });
      const scheduled = await scheduleConversation(context, person.id, {
        scheduledFor: "2026-11-24T15:00:00.000Z",
        durationMinutes: 20,
        channel: "phone",
      });
      return { person, activityId: scheduled.activityId };
    }

    const fromBank = (key: string, text: string) => ({
      text,
      group: "field" as const,
      tags: ["trends" as const],
      builtinKey: key,
    });

    it("answers an empty preparation for a new conversation, with its header and checklist", async () => {
      const { context } = current.clock;
      const { person, activityId } = await conversation();
      const view = await getPreparation(context, activityId);
      expect(view.conversation).toMatchObject({
        activityId,
        personId: person.id,
        personName: "Dana Reyes",
        organizationName: "Acme Health",
        organizationId: person.organizationId,
        phone: "+1 410 555 0100",
        durationMinutes: 20,
        mode: "phone",
      });
      expect(view.preparation).toEqual({
        activityId,
        objective: null,
        aboutThem: null,
        checklistDone: [],
        updatedAt: null,
      });
      expect(view.objectiveHints.map((hint) => hint.code)).toEqual(["objective_empty"]);
      expect(view.plan).toEqual([]);
      expect(view.budget).toMatchObject({
        capacity: 4,
        fitCount: 0,
        emptyGroups: ["field", "person", "chances"],
      });
      expect(view.checklist.map((line) => line.key)).toEqual([
        "objective",
        "questions",
        "research",
        "pitch",
        "quiet-place",
        "their-number",
        "notes-at-hand",
        "phone-charged",
      ]);
      expect(view.progress).toEqual({ ready: 0, total: 8 });
      expect(view.settings.minutesPerAnswer).toBe(3);
    });

    it("is not found for another kind of entry, a cancelled conversation or another owner", async () => {
      const { context } = current.clock;
      const { person, activityId } = await conversation();
      const note = await logActivity(context, person.id, { kind: "note", detail: "Met at a fair" });
      const notFound = {
        code: "not_found",
        message: "That conversation was not found. It may have been deleted.",
      };
      await expect(getPreparation(context, note.id)).rejects.toMatchObject(notFound);
      await expect(getPreparation(context, "no-such-id")).rejects.toMatchObject(notFound);
      await expect(
        getPreparation({ ...context, ownerId: `${context.ownerId}-other` }, activityId),
      ).rejects.toMatchObject(notFound);
      await expect(updatePreparation(context, note.id, { objective: "x" })).rejects.toMatchObject(
        notFound,
      );
      await cancelConversation(context, activityId);
      await expect(getPreparation(context, activityId)).rejects.toMatchObject(notFound);
    });

    it("saves the objective and ticks on first save, then updates only what is sent", async () => {
      const { context, advance } = current.clock;
      const { activityId } = await conversation();
      const first = await updatePreparation(context, activityId, {
        objective: "  Learn how Dana moved into policy before applying in March ",
      });
      expect(first.preparation).toMatchObject({
        objective: "Learn how Dana moved into policy before applying in March",
        checklistDone: [],
        updatedAt: "2026-11-22T09:00:00.000Z",
      });
      expect(first.objectiveHints).toEqual([]);
      advance(60_000);
      const second = await updatePreparation(context, activityId, {
        checklistDone: ["pitch", "quiet-place", "pitch", "phone-charged"],
      });
      expect(second.preparation).toMatchObject({
        objective: "Learn how Dana moved into policy before applying in March",
        checklistDone: ["pitch", "quiet-place", "phone-charged"],
        updatedAt: "2026-11-22T09:01:00.000Z",
      });
      // Objective (auto) + three ticks.
      expect(second.progress).toEqual({ ready: 4, total: 8 });
      const cleared = await updatePreparation(context, activityId, { objective: "" });
      expect(cleared.preparation.objective).toBeNull();
      await expect(
        updatePreparation(context, activityId, { objective: "x".repeat(1001) }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { objective: "The objective is too long (at most 1000 characters)" },
      });
    });

    it("adds questions at the end, fits them in the budget, and reorders exactly the plan", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      const ids: string[] = [];
      for (const [index, text] of ["A?", "B?", "C?", "D?", "E?"].entries()) {
        const question = await addPlanQuestion(context, activityId, {
          text,
          group: index === 0 ? "person" : "field",
        });
        expect(question.position).toBe(index);
        ids.push(question.id);
      }
      const view = await getPreparation(context, activityId);
      expect(view.plan.map((question) => question.text)).toEqual(["A?", "B?", "C?", "D?", "E?"]);
      expect(view.budget.lines.map((line) => line.fit)).toEqual([
        "fits",
        "fits",
        "fits",
        "fits",
        "spare",
      ]);
      expect(view.budget.emptyGroups).toEqual(["chances"]);
      expect(view.progress.ready).toBe(1);

      const reversed = [...ids].reverse();
      const plan = await reorderPlan(context, activityId, { ids: reversed });
      expect(plan.map((question) => question.text)).toEqual(["E?", "D?", "C?", "B?", "A?"]);
      expect(plan.map((question) => question.position)).toEqual([0, 1, 2, 3, 4]);

      const wrong = {
        code: "validation_failed",
        fields: {
          ids: "Send every question of this plan exactly once (5 questions); the plan may have changed, so reload it",
        },
      };
      await expect(reorderPlan(context, activityId, { ids: ids.slice(1) })).rejects.toMatchObject(
        wrong,
      );
      await expect(
        reorderPlan(context, activityId, { ids: [...ids.slice(1), ids[1]] }),
      ).rejects.toMatchObject(wrong);
      await expect(
        reorderPlan(context, activityId, { ids: [...ids.slice(1), "someone-else"] }),
      ).rejects.toMatchObject(wrong);
    });

    it("edits, marks spare, deletes and restores a plan question in its place", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      const first = await addPlanQuestion(
        context,
        activityId,
        fromBank("field-trends-1", "Which changes?"),
      );
      const second = await addPlanQuestion(context, activityId, {
        text: "How did you start?",
        group: "person",
      });
      expect(first).toMatchObject({ builtinKey: "field-trends-1", tags: ["trends"], spare: false });
      const edited = await updatePlanQuestion(context, first.id, {
        text: "Which changes matter most?",
        spare: true,
      });
      expect(edited).toMatchObject({
        text: "Which changes matter most?",
        spare: true,
        builtinKey: "field-trends-1",
      });
      expect((await getPreparation(context, activityId)).budget.lines[0]).toEqual({
        id: first.id,
        fit: "spare",
        spareReason: "marked",
      });
      await deletePlanQuestion(context, first.id);
      expect((await getPreparation(context, activityId)).plan.map((q) => q.id)).toEqual([
        second.id,
      ]);
      await expect(updatePlanQuestion(context, first.id, { spare: false })).rejects.toMatchObject({
        code: "not_found",
      });
      await restorePlanQuestion(context, first.id);
      expect((await getPreparation(context, activityId)).plan.map((q) => q.id)).toEqual([
        first.id,
        second.id,
      ]);
    });

    it("refuses unknown bank keys, another owner's bank question, and a 61st question", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      await expect(
        addPlanQuestion(context, activityId, fromBank("field-trends-99", "Which?")),
      ).rejects.toMatchObject({
        fields: { builtinKey: "That question is not in the built-in bank" },
      });
      const theirs = await addBankQuestion(
        { ...context, ownerId: `${context.ownerId}-other` },
        { text: "What is next?", group: "person" },
      );
      await expect(
        addPlanQuestion(context, activityId, {
          text: "What is next?",
          group: "person",
          bankQuestionId: theirs.id,
        }),
      ).rejects.toMatchObject({ fields: { bankQuestionId: "That question is not in your bank" } });
      await expect(
        addPlanQuestion(context, activityId, { text: "", group: "mine" }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { text: "Write the question", group: "Choose field, person or chances" },
      });
      for (let index = 0; index < 60; index += 1) {
        await addPlanQuestion(context, activityId, { text: `Question ${index}?`, group: "field" });
      }
      await expect(
        addPlanQuestion(context, activityId, { text: "One more?", group: "field" }),
      ).rejects.toMatchObject({
        code: "conflict",
        message: "A plan holds at most 60 questions; remove one before adding another.",
      });
    });

    it("makes one plan question from two sends with the same client id", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      const id = "6f1d8a8e-3c7b-4f8e-9a57-2d1c0b9e4a11";
      const draft = { id, text: "What surprised you?", group: "person" as const };
      const first = await addPlanQuestion(context, activityId, draft);
      const again = await addPlanQuestion(context, activityId, draft);
      expect(again).toEqual(first);
      expect(first.id).toBe(id);
      await expect(
        addPlanQuestion(context, activityId, { ...draft, text: "Something else?" }),
      ).rejects.toMatchObject({ code: "conflict", message: "That id is already used." });
      expect((await getPreparation(context, activityId)).plan).toHaveLength(1);
    });

    it("keeps the own bank beside the built-in one: add, edit, delete, restore", async () => {
      const { context } = current.clock;
      const added = await addBankQuestion(context, {
        text: "What does a portfolio review look like here?",
        group: "chances",
        tags: ["advice", "advice", "resources"],
      });
      expect(added).toMatchObject({ group: "chances", tags: ["advice", "resources"] });
      const edited = await updateBankQuestion(context, added.id, { tags: ["insights"] });
      expect(edited).toMatchObject({
        text: "What does a portfolio review look like here?",
        tags: ["insights"],
      });
      const bank = await listQuestionBank(context);
      expect(bank.builtin).toHaveLength(62);
      expect(bank.own.map((question) => question.id)).toEqual([added.id]);
      await deleteBankQuestion(context, added.id);
      expect((await listQuestionBank(context)).own).toEqual([]);
      await restoreBankQuestion(context, added.id);
      expect((await listQuestionBank(context)).own.map((question) => question.id)).toEqual([
        added.id,
      ]);
      await expect(updateBankQuestion(context, "nope", { text: "What?" })).rejects.toMatchObject({
        code: "not_found",
        message: "That question was not found. It may have been deleted.",
      });
    });

    it("finds bank and plan questions by search, linking to where they live", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      const mine = await addBankQuestion(context, {
        text: "How do apprenticeships work in carpentry?",
        group: "field",
      });
      const planned = await addPlanQuestion(context, activityId, {
        text: "Which apprenticeships are respected?",
        group: "chances",
      });
      const results = await searchEverything(context, "apprenticeships");
      expect(
        results.map((result) => ({ type: result.type, title: result.title, href: result.href })),
      ).toEqual(
        expect.arrayContaining([
          { type: "bank_question", title: mine.text, href: "/settings#prepare-bank" },
          {
            type: "plan_question",
            title: planned.text,
            href: `/conversations/${activityId}/prepare`,
          },
        ]),
      );
      expect(results).toHaveLength(2);
      await deletePlanQuestion(context, planned.id);
      await deleteBankQuestion(context, mine.id);
      expect(await searchEverything(context, "apprenticeships")).toEqual([]);
      await restorePlanQuestion(context, planned.id);
      expect(
        (await searchEverything(context, "apprenticeships")).map((result) => result.type),
      ).toEqual(["plan_question"]);
    });

    it("keeps plan questions in search only while their conversation and person are live", async () => {
      const { context } = current.clock;
      const { person, activityId } = await conversation();
      await addPlanQuestion(context, activityId, {
        text: "Which mentors shaped you?",
        group: "person",
      });
      const found = async () =>
        (await searchEverything(context, "mentors")).map((result) =>
          result.snippet.map((part) => part.text).join(""),
        );
      expect(await found()).toEqual(["Question for Dana Reyes · The person and their path"]);
      await updatePerson(context, person.id, {
        name: "Dana Reyes-Ortiz",
        organizationName: "Acme Health",
      });
      expect(await found()).toEqual(["Question for Dana Reyes-Ortiz · The person and their path"]);
      await cancelConversation(context, activityId);
      expect(await found()).toEqual([]);
      await restoreConversation(context, activityId);
      expect(await found()).toHaveLength(1);
      await deletePerson(context, person.id);
      expect(await found()).toEqual([]);
      await restorePerson(context, person.id);
      expect(await found()).toHaveLength(1);
    });

    it("shows the checklist progress on Today's prepare reminder", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      const prepare = async () =>
        (await getToday(context)).actions.find(
          (action) => action.reason === "prepare_conversation",
        );
      expect(await prepare()).toMatchObject({
        triggeredBy: activityId,
        preparation: { ready: 0, total: 8 },
      });
      await updatePreparation(context, activityId, {
        objective: "Learn what a week in policy looks like, this week",
        checklistDone: ["research", "pitch", "quiet-place"],
      });
      await addPlanQuestion(context, activityId, { text: "How did you start?", group: "person" });
      expect((await prepare())?.preparation).toEqual({ ready: 5, total: 8 });
    });

    it("saves Prepare settings over the defaults, and the budget follows them", async () => {
      const { context } = current.clock;
      const { activityId } = await conversation();
      expect(await getPrepareSettings(context)).toMatchObject({
        minutesPerAnswer: 3,
        researchStaleMonths: 6,
      });
      const saved = await savePrepareSettings(context, { minutesPerAnswer: 2, windDownMinutes: 4 });
      expect(saved).toMatchObject({ minutesPerAnswer: 2, openingMinutes: 2, windDownMinutes: 4 });
      expect((await getPreparation(context, activityId)).budget.capacity).toBe(7);
      await expect(savePrepareSettings(context, { minutesPerAnswer: 0 })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { minutesPerAnswer: "Minutes per answer must be at least 1 minutes" },
      });
      await expect(
        savePrepareSettings(context, { pitchTargetMinSeconds: 50, pitchTargetMaxSeconds: 40 }),
      ).rejects.toMatchObject({
        fields: { pitchTargetMaxSeconds: "The longest target cannot be shorter than the shortest" },
      });
      expect((await getPrepareSettings(context)).minutesPerAnswer).toBe(2);
    });
  });
});
