import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { scheduleConversation } from "./conversations.service.js";
import { createOrganization, deleteOrganization } from "./organizations.service.js";
import { createPerson, deletePerson, restorePerson } from "./people.service.js";
import {
  deletePitch,
  listPitches,
  restorePitch,
  saveDefaultPitch,
  saveOrganizationPitch,
} from "./pitches.service.js";
import { listPreparedAnswers, savePreparedAnswers } from "./prepared-answers.service.js";
import {
  addResearchNote,
  deleteResearchNote,
  listResearchNotes,
  restoreResearchNote,
  updateResearchNote,
} from "./research-notes.service.js";
import { searchEverything } from "./search.service.js";
import {
  addStory,
  deleteStory,
  getStoryPicks,
  listStories,
  restoreStory,
  saveStoryPicks,
  updateStory,
} from "./stories.service.js";

const day = 24 * 60 * 60 * 1000;
const story = {
  title: "Rebuilt the clinic rota",
  situation: "Our clinic lost its scheduler in flu season.",
  task: "Keep every shift covered.",
  action: "I rebuilt the rota in a shared sheet in a week.",
  result: "No missed shifts that winter.",
  tags: ["planning", "healthcare"],
};

describe.each(storeTargets)("Prepare's records on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("keeps dated research notes per person and organization, newest first, with undo", async () => {
      const { context, advance } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const acme = await createOrganization(context, { name: "Acme Health" });
      const first = await addResearchNote(context, {
        personId: maya.id,
        body: "Wrote **Clinics at scale**",
        notedOn: "2026-10-01",
      });
      expect(first).toMatchObject({
        personId: maya.id,
        organizationId: null,
        notedOn: "2026-10-01",
      });
      advance(60_000);
      // Without a date, the explorer's today (UTC by default).
      const second = await addResearchNote(context, { personId: maya.id, body: "Ran a marathon" });
      expect(second.notedOn).toBe("2026-11-22");
      await addResearchNote(context, { organizationId: acme.id, body: "Opened a Baltimore site" });

      const mayas = await listResearchNotes(context, { personId: maya.id });
      expect(mayas).toEqual({ notes: [second, first], hint: null });

      const edited = await updateResearchNote(context, first.id, { body: "Wrote a book" });
      expect(edited).toMatchObject({ body: "Wrote a book", notedOn: "2026-10-01" });
      await deleteResearchNote(context, first.id);
      expect(
        (await listResearchNotes(context, { personId: maya.id })).notes.map((n) => n.id),
      ).toEqual([second.id]);
      await expect(deleteResearchNote(context, first.id)).rejects.toMatchObject({
        code: "not_found",
      });
      expect(await restoreResearchNote(context, first.id)).toMatchObject({ body: "Wrote a book" });
      expect((await listResearchNotes(context, { personId: maya.id })).notes).toHaveLength(2);
    });

    it("refuses notes about nobody, both, or someone deleted; hides a deleted person's notes", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const acme = await createOrganization(context, { name: "Acme Health" });
      await expect(addResearchNote(context, { body: "x" })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { personId: "A note is about one person or one organization" },
      });
      await expect(
        addResearchNote(context, { personId: maya.id, organizationId: acme.id, body: "x" }),
      ).rejects.toMatchObject({ code: "validation_failed" });
      await expect(
        addResearchNote(context, { personId: "nobody", body: "x" }),
      ).rejects.toMatchObject({ code: "not_found" });
      const note = await addResearchNote(context, { personId: maya.id, body: "Likes sailing" });
      await deletePerson(context, maya.id);
      // Hidden while deleted: an empty list (a page still open reads nothing, not a 404).
      expect(await listResearchNotes(context, { personId: maya.id })).toEqual({
        notes: [],
        hint: null,
      });
      expect(await searchEverything(context, "sailing")).toEqual([]);
      await restorePerson(context, maya.id);
      expect((await listResearchNotes(context, { personId: maya.id })).notes).toEqual([note]);
      expect((await searchEverything(context, "sailing")).map((hit) => hit.href)).toEqual([
        `/people/${maya.id}`,
      ]);
      await deleteOrganization(context, acme.id);
      await expect(
        addResearchNote(context, { organizationId: acme.id, body: "x" }),
      ).rejects.toMatchObject({ code: "not_found" });
    });

    it("hints when an organization's research is missing or older than the setting", async () => {
      const { context, advance } = current.clock;
      const acme = await createOrganization(context, { name: "Acme Health" });
      expect((await listResearchNotes(context, { organizationId: acme.id })).hint).toEqual({
        code: "research_missing",
        message:
          "No research on Acme Health yet. A few notes on their work, news and people make better questions.",
      });
      await addResearchNote(context, {
        organizationId: acme.id,
        body: "Hiring",
        notedOn: "2026-06-01",
      });
      expect((await listResearchNotes(context, { organizationId: acme.id })).hint).toBeNull();
      advance(30 * day);
      expect((await listResearchNotes(context, { organizationId: acme.id })).hint?.code).toBe(
        "research_stale",
      );
    });

    it("finds research notes and stories by search, each linking to where it is shown", async () => {
      const { context } = current.clock;
      const acme = await createOrganization(context, { name: "Acme Health" });
      const note = await addResearchNote(context, {
        organizationId: acme.id,
        body: "Their [telehealth pilot](https://acme.example/pilot) launched in spring",
      });
      const added = await addStory(context, story);
      const [noteHit] = await searchEverything(context, "telehealth");
      expect(noteHit).toMatchObject({
        type: "research_note",
        id: note.id,
        title: "Acme Health · Research note",
        href: `/organizations/${acme.id}`,
      });
      const [storyHit] = await searchEverything(context, "rota");
      expect(storyHit).toMatchObject({
        type: "story",
        id: added.id,
        title: "Rebuilt the clinic rota",
        href: "/settings#pitch-and-stories",
      });
      await deleteStory(context, added.id);
      expect(await searchEverything(context, "rota")).toEqual([]);
      await deleteResearchNote(context, note.id);
      expect(await searchEverything(context, "telehealth")).toEqual([]);
    });

    it("keeps one default pitch and one variant per organization; PUT upserts, delete undoes", async () => {
      const { context, advance } = current.clock;
      const acme = await createOrganization(context, { name: "Acme Health" });
      expect(await listPitches(context)).toEqual({ default: null, variants: [] });
      const parts = {
        whoIAm: "I am a nurse",
        workIHope: "Health data",
        learnToday: "How you began",
      };
      const first = await saveDefaultPitch(context, parts);
      advance(1000);
      const again = await saveDefaultPitch(context, {
        ...parts,
        whoIAm: "I am a nurse of 6 years",
      });
      expect(again.id).toBe(first.id);
      expect(again.whoIAm).toBe("I am a nurse of 6 years");
      const variant = await saveOrganizationPitch(context, acme.id, {
        ...parts,
        workIHope: "Acme's mission",
      });
      expect(await listPitches(context)).toEqual({
        default: again,
        variants: [{ ...variant, organizationName: "Acme Health" }],
      });
      await deletePitch(context, variant.id);
      expect((await listPitches(context)).variants).toEqual([]);
      expect(await restorePitch(context, variant.id)).toEqual(variant);
      await deletePitch(context, variant.id);
      await saveOrganizationPitch(context, acme.id, parts);
      await expect(restorePitch(context, variant.id)).rejects.toMatchObject({ code: "conflict" });
      await expect(saveOrganizationPitch(context, "nowhere", parts)).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(saveDefaultPitch(context, { whoIAm: "x".repeat(2001) })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { whoIAm: expect.any(String) },
      });
    });

    it("replaces the prepared answers it is given, one live per prompt", async () => {
      const { context } = current.clock;
      await savePreparedAnswers(context, {
        answers: [
          { prompt: "about_you", answer: "A nurse moving into health data." },
          { prompt: "why_field", answer: "Data saves nurses' time." },
        ],
      });
      const saved = await savePreparedAnswers(context, {
        answers: [
          { prompt: "about_you", answer: "A nurse of six years." },
          { prompt: "why_field", answer: "" },
        ],
      });
      expect(saved.map(({ prompt, answer }) => ({ prompt, answer }))).toEqual([
        { prompt: "about_you", answer: "A nurse of six years." },
      ]);
      expect(await listPreparedAnswers(context)).toEqual(saved);
      await expect(
        savePreparedAnswers(context, {
          answers: [
            { prompt: "about_you", answer: "a" },
            { prompt: "about_you", answer: "b" },
          ],
        }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { answers: expect.stringContaining("about_you") },
      });
    });

    it("keeps a story bank with edits, undo and an idempotent client id", async () => {
      const { context } = current.clock;
      const id = "3f2c1d5e-8a4b-4c6d-9e0f-1a2b3c4d5e6f";
      const added = await addStory(context, { ...story, id });
      expect(await addStory(context, { ...story, id })).toEqual(added);
      await expect(addStory(context, { ...story, id, title: "Other" })).rejects.toMatchObject({
        code: "conflict",
      });
      const edited = await updateStory(context, id, { result: "Zero missed shifts." });
      expect(edited).toMatchObject({ ...story, result: "Zero missed shifts." });
      await deleteStory(context, id);
      expect(await listStories(context)).toEqual([]);
      expect(await restoreStory(context, id)).toEqual(edited);
      await expect(addStory(context, { ...story, title: "" })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { title: "Give the story a title" },
      });
    });

    it("picks stories for a live conversation in order, naming unknown or deleted ids", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, { name: "Maya Chen" });
      const { activityId } = await scheduleConversation(context, maya.id, {
        scheduledFor: "2026-11-25T15:00:00.000Z",
      });
      const rota = await addStory(context, story);
      const audit = await addStory(context, { ...story, title: "Audit" });
      const gone = await addStory(context, { ...story, title: "Gone" });
      await deleteStory(context, gone.id);
      expect(await getStoryPicks(context, activityId)).toEqual({ storyIds: [], stories: [] });
      const picked = await saveStoryPicks(context, activityId, { storyIds: [audit.id, rota.id] });
      expect(picked.storyIds).toEqual([audit.id, rota.id]);
      expect((await getStoryPicks(context, activityId)).stories.map((s) => s.title)).toEqual([
        "Audit",
        "Rebuilt the clinic rota",
      ]);
      await expect(
        saveStoryPicks(context, activityId, { storyIds: [rota.id, gone.id, "nope"] }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { storyIds: `No story has the ids ${gone.id}, nope; it may have been deleted` },
      });
      // A picked story deleted later drops out of the picks; restoring it brings it back.
      await deleteStory(context, rota.id);
      expect((await getStoryPicks(context, activityId)).storyIds).toEqual([audit.id]);
      await restoreStory(context, rota.id);
      expect((await getStoryPicks(context, activityId)).storyIds).toEqual([audit.id, rota.id]);
      await expect(getStoryPicks(context, maya.id)).rejects.toMatchObject({ code: "not_found" });
      const stranger = { ...context, ownerId: `${context.ownerId}-stranger` };
      await expect(getStoryPicks(stranger, activityId)).rejects.toMatchObject({
        code: "not_found",
      });
    });
  });
});
