import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { logActivity } from "./activities.service.js";
import {
  deleteNetworkAsk,
  listNetworkAsks,
  recordNetworkAsk,
  restoreNetworkAsk,
  updateNetworkAsk,
} from "./network-asks.service.js";
import { createOrganization } from "./organizations.service.js";
import {
  createPerson,
  deletePerson,
  getPerson,
  listIntroducedBy,
  listPeople,
  updatePerson,
} from "./people.service.js";
import {
  addTarget,
  finishWelcome,
  getProfile,
  removeTarget,
  saveProfile,
} from "./profile.service.js";

describe.each(storeTargets)("network, profile and tags on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("records who introduced whom and lists their introductions with stages", async () => {
      const { context } = current.clock;
      const professor = await createPerson(context, { name: "Prof. Ruiz", source: "professor" });
      const introduced = await createPerson(context, {
        name: "Dana",
        source: "referral",
        referredById: professor.id,
        mentionPermission: "yes",
      });
      expect(introduced).toMatchObject({
        referredById: professor.id,
        referredByName: "Prof. Ruiz",
        mentionPermission: "yes",
      });
      await logActivity(context, introduced.id, {
        kind: "conversation_held",
        occurredAt: "2026-03-05T10:00:00Z",
      });
      const list = await listIntroducedBy(context, professor.id);
      expect(list.map((person) => [person.name, person.stage])).toEqual([["Dana", "met"]]);

      await expect(
        updatePerson(context, professor.id, { name: "Prof. Ruiz", referredById: professor.id }),
      ).rejects.toMatchObject({
        fields: { referredById: expect.any(String) },
      });
      // When the introducer is deleted the link disappears with them, and comes back on undo.
      await deletePerson(context, professor.id);
      expect(await getPerson(context, introduced.id)).toMatchObject({
        referredById: null,
        referredByName: null,
      });
    });

    it("turns names suggested in a network ask into people introduced by the one asked", async () => {
      const { context } = current.clock;
      const aunt = await createPerson(context, { name: "Aunt Jo", source: "family" });
      const ask = await recordNetworkAsk(context, aunt.id, {
        askedAt: "2026-03-01T18:00:00Z",
        question: "Do you know a speech therapist who works with children?",
        outcome: "Two names",
        suggestedNames: ["Kim Lee", " ", "Ravi Patel"],
      });
      expect(ask.suggestedPersonIds).toHaveLength(2);
      const suggested = await listPeople(context, { text: "Kim" });
      expect(suggested[0]).toMatchObject({
        name: "Kim Lee",
        source: "referral",
        referredById: aunt.id,
        referredByName: "Aunt Jo",
        mentionPermission: "not_asked",
      });

      const updated = await updateNetworkAsk(context, ask.id, {
        askedAt: "2026-03-01T18:00:00Z",
        question: "Do you know a speech therapist who works with children?",
        outcome: "Two names, then one more",
        suggestedNames: ["Noor"],
      });
      expect(updated.suggestedPersonIds).toHaveLength(3);
      expect((await listIntroducedBy(context, aunt.id)).map((person) => person.name)).toEqual([
        "Kim Lee",
        "Noor",
        "Ravi Patel",
      ]);

      await deleteNetworkAsk(context, ask.id);
      expect(await listNetworkAsks(context, aunt.id)).toEqual([]);
      expect(await listIntroducedBy(context, aunt.id)).toHaveLength(3);
      const restored = await restoreNetworkAsk(context, ask.id);
      expect(restored.suggestedPersonIds).toHaveLength(3);
      expect(await listNetworkAsks(context, aunt.id)).toHaveLength(1);
    });

    it("keeps the explorer's profile (phone and e-mail included) and marks the welcome done once", async () => {
      const { context, advance } = current.clock;
      expect(await getProfile(context)).toEqual({
        name: null,
        schoolOrRole: null,
        searchStatus: null,
        phone: null,
        email: null,
        welcomeDoneAt: null,
      });
      await saveProfile(context, {
        name: "Alex",
        schoolOrRole: "MSc Biology, Leeds",
        searchStatus: "graduating",
        phone: "+44 113 496 0000",
        email: "Alex@Example.com",
      });
      const done = await finishWelcome(context);
      advance(60_000);
      await finishWelcome(context);
      expect(await getProfile(context)).toEqual({
        name: "Alex",
        schoolOrRole: "MSc Biology, Leeds",
        searchStatus: "graduating",
        phone: "+44 113 496 0000",
        email: "alex@example.com",
        welcomeDoneAt: done.welcomeDoneAt,
      });
    });

    it("filters everyone in an interest and a location, through the person or their organization", async () => {
      const { context } = current.clock;
      const law = await addTarget(context, { kind: "field", label: "Environmental law" });
      const portland = await addTarget(context, {
        kind: "location",
        label: "Portland",
        flexibility: "home_base",
      });
      await expect(
        addTarget(context, { kind: "field", label: "environmental LAW" }),
      ).rejects.toMatchObject({
        code: "conflict",
      });
      await createOrganization(context, { name: "River Defenders", targetIds: [law.id] });
      await createPerson(context, {
        name: "Via Org",
        organizationName: "River Defenders",
        targetIds: [portland.id],
      });
      await createPerson(context, { name: "Direct", targetIds: [law.id, portland.id] });
      await createPerson(context, { name: "Only Portland", targetIds: [portland.id] });

      const names = async (targetIds: string[]) =>
        (await listPeople(context, { targetIds })).map((person) => person.name);
      expect(await names([law.id, portland.id])).toEqual(["Direct", "Via Org"]);
      expect(await names([portland.id])).toEqual(["Direct", "Only Portland", "Via Org"]);

      await expect(
        createPerson(context, { name: "Bad", targetIds: ["not-mine"] }),
      ).rejects.toMatchObject({
        fields: { targetIds: expect.any(String) },
      });
      await removeTarget(context, law.id);
      expect(await names([portland.id])).toHaveLength(3);
      expect((await listPeople(context, { text: "Direct" }))[0]?.targetIds).toEqual([portland.id]);
    });
  });
});
