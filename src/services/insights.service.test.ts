import { describe, expect, it } from "vitest";
import { testContext } from "../../test/builders.js";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { personEffort } from "../domain/insights/effort.js";
import { deleteActivity, logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { markConversationHeld, scheduleConversation } from "./conversations.service.js";
import {
  getCompare,
  getEffort,
  getInsightsOptions,
  getNetwork,
  getThemes,
} from "./insights.service.js";
import { insightsFactsVersion, markInsightsFactsStale } from "./insights-facts.js";
import { createPerson, deletePerson } from "./people.service.js";
import { addTarget, saveProfile } from "./profile.service.js";
import { saveReflection } from "./reflections.service.js";
import { addTakeaway } from "./takeaways.service.js";
import { saveCadenceSettings } from "./today.service.js";

const unrated = {
  confidence: null,
  competence: null,
  communication: null,
  character: null,
  chemistry: null,
};

/**
 * An explorer in London through October 2026, seeded through the services: Ana (met,
 * thanked, introduced Ben and Cy), Ben (declined), Cy (answered a call, met), Dee (only
 * identified), Eve (introduced by someone since deleted) and Gus, deleted with his whole log.
 */
async function seed(context: ServiceContext, moveTo: (instant: string) => void) {
  await saveProfile(context, { name: "Alex Explorer" });
  await saveCadenceSettings(context, { timeZone: "Europe/London" });
  const law = await addTarget(context, { kind: "field", label: "Environmental law" });
  await addTarget(context, { kind: "location", label: "Leeds", flexibility: "open_to_relocate" });
  const ana = await createPerson(context, {
    name: "Ana Okafor",
    organizationName: "Acme",
    source: "alumni",
    location: "Leeds, UK",
    targetIds: [law.id],
  });
  const ben = await createPerson(context, {
    name: "Ben Ng",
    organizationName: "Acme",
    source: "referral",
    location: "London",
    referredById: ana.id,
  });
  const cy = await createPerson(context, {
    name: "Cy Zhou",
    referredById: ana.id,
    targetIds: [law.id],
  });
  await createPerson(context, { name: "Dee Smith", location: "Leeds" });
  const gus = await createPerson(context, { name: "Gus Haddad", organizationName: "Globex" });
  await createPerson(context, { name: "Eve García", referredById: gus.id });

  await logActivity(context, ana.id, {
    kind: "email_sent",
    channel: "email",
    occurredAt: "2026-10-01T09:00:00.000Z",
  });
  await logActivity(context, ana.id, {
    kind: "reply_received",
    occurredAt: "2026-10-03T09:00:00.000Z",
  });
  moveTo("2026-10-03T09:00:00.000Z");
  const anaTalk = await scheduleConversation(context, ana.id, {
    scheduledFor: "2026-10-06T14:00:00.000Z",
    channel: "phone",
  });
  moveTo("2026-10-06T15:00:00.000Z");
  await markConversationHeld(context, anaTalk.activityId);
  await addTakeaway(context, anaTalk.activityId, { tag: "skill", text: "learn SQL" });
  await addTakeaway(context, anaTalk.activityId, { tag: "advice", text: "Talk to Bea" });
  await saveReflection(context, anaTalk.activityId, { ratings: { confidence: 4, chemistry: 5 } });
  await logActivity(context, ana.id, {
    kind: "thank_you_sent",
    occurredAt: "2026-10-07T09:00:00.000Z",
  });

  await logActivity(context, ben.id, {
    kind: "letter_sent",
    channel: "letter",
    occurredAt: "2026-10-10T09:00:00.000Z",
  });
  await logActivity(context, ben.id, {
    kind: "declined",
    outcome: "no",
    occurredAt: "2026-10-15T09:00:00.000Z",
  });

  await logActivity(context, cy.id, {
    kind: "call",
    outcome: "answered",
    channel: "phone",
    occurredAt: "2026-10-20T09:00:00.000Z",
  });
  moveTo("2026-10-20T09:00:00.000Z");
  const cyTalk = await scheduleConversation(context, cy.id, {
    scheduledFor: "2026-10-27T10:00:00.000Z",
    channel: "video",
  });
  moveTo("2026-10-27T11:00:00.000Z");
  await markConversationHeld(context, cyTalk.activityId);
  await addTakeaway(context, cyTalk.activityId, { tag: "skill", text: "SQL skills" });
  await saveReflection(context, cyTalk.activityId, { ratings: { confidence: 2, competence: 3 } });

  // Gus met, said something and was rated, then was deleted: none of it counts.
  await logActivity(context, gus.id, {
    kind: "email_sent",
    channel: "email",
    occurredAt: "2026-10-02T09:00:00.000Z",
  });
  const gusTalk = await scheduleConversation(context, gus.id, {
    scheduledFor: "2026-10-28T10:00:00.000Z",
    channel: "phone",
  });
  moveTo("2026-10-28T11:00:00.000Z");
  await markConversationHeld(context, gusTalk.activityId);
  await addTakeaway(context, gusTalk.activityId, { tag: "skill", text: "Get better at SQL" });
  await saveReflection(context, gusTalk.activityId, { ratings: { confidence: 1 } });
  await deletePerson(context, gus.id);
  return { law, ana, ben, cy };
}

const noFilter = { interest: null, location: null, from: null, to: null };

describe.each(storeTargets)("insights on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    /** The owner's context on a clock that starts on 1 October 2026 and only moves forward. */
    function october() {
      const clock = testContext(current.store, "2026-10-01T09:00:00.000Z");
      clock.context.ownerId = current.clock.context.ownerId;
      let now = Date.parse("2026-10-01T09:00:00.000Z");
      const moveTo = (instant: string) => {
        clock.advance(Date.parse(instant) - now);
        now = Date.parse(instant);
      };
      return { context: clock.context, moveTo };
    }

    it("counts effort and yield over the live people and their log", async () => {
      const { context, moveTo } = october();
      const { ana } = await seed(context, moveTo);
      const effort = await getEffort(context, {});
      expect(effort.filter).toEqual(noFilter);
      expect(effort.people).toBe(5);
      expect(effort.funnel.map((row) => [row.step, row.count, row.rateFromPrevious])).toEqual([
        ["identified", 5, null],
        ["contacted", 3, 3 / 5],
        ["replied", 3, 1],
        ["scheduled", 2, 2 / 3],
        ["met", 2, 1],
        ["thanked", 1, 1 / 2],
        ["keeping_in_touch", 0, 0],
      ]);
      // Cy's answered call 0 days, Ana 2 days, Ben's decline 5 days.
      expect(effort.daysToFirstAnswer).toEqual({
        count: 3,
        median: 2,
        lowerQuartile: 1,
        upperQuartile: 3.5,
        min: 0,
        max: 5,
      });
      const groups = (dimension: keyof typeof effort.breakdowns) =>
        effort.breakdowns[dimension].groups.map((group) => [group.value, group.people]);
      expect(groups("organization")).toEqual([
        [null, 3],
        ["Acme", 2],
      ]);
      expect(groups("source")).toEqual([
        [null, 3],
        ["alumni", 1],
        ["referral", 1],
      ]);
      expect(groups("channel")).toEqual([
        [null, 2],
        ["email", 1],
        ["letter", 1],
        ["phone", 1],
      ]);
      expect(groups("location")).toEqual([
        ["Leeds", 2],
        [null, 2],
        ["London", 1],
      ]);
      // Eve's introducer was deleted: she was introduced, but counts as nobody's referral.
      expect(groups("introduced")).toEqual([
        ["introduced", 3],
        ["cold", 2],
      ]);
      expect(effort.referrals).toEqual({
        referrals: 2,
        perPersonMet: 1,
        introducers: [{ personId: ana.id, name: "Ana Okafor", introduced: 2 }],
        more: 0,
      });
      expect(effort.activityPerWeek).toEqual([
        { weekOf: "2026-09-28", entries: 3 },
        { weekOf: "2026-10-05", entries: 3 },
        { weekOf: "2026-10-12", entries: 1 },
        { weekOf: "2026-10-19", entries: 2 },
        { weekOf: "2026-10-26", entries: 1 },
      ]);
    });

    it("reads Effort from each person's cached facts, kept in step with the log and rebuilt when out of date", async () => {
      const { context, moveTo } = october();
      const { ana, ben, cy } = await seed(context, moveTo);
      const owner = context.ownerId;
      const counted = async () =>
        (await getEffort(context, {})).funnel.map((row) => [row.step, row.count]);
      const before = await counted();
      // The first read built the facts: one row per live person with a live log.
      expect(await context.store.insightsFacts.build(owner)).toBe(insightsFactsVersion);
      expect([...(await context.store.insightsFacts.listAll(owner)).keys()].sort()).toEqual(
        [ana.id, ben.id, cy.id].sort(),
      );
      // Effort reads the cache: a row changed underneath shows (Ben as keeping in touch)…
      const benFacts = (await context.store.insightsFacts.listAll(owner)).get(ben.id);
      await context.store.insightsFacts.replaceFor(
        owner,
        [ben.id],
        new Map([[ben.id, { ...(benFacts ?? personEffort([])), furthest: 6 }]]),
      );
      expect((await counted()).at(-1)).toEqual(["keeping_in_touch", 1]);
      // …until the cache is out of date (as after an import or a restore) and is rebuilt.
      await markInsightsFactsStale(context.store, owner);
      expect(await counted()).toEqual(before);

      // A new entry reaches the cache in its own transaction, as the stage does.
      const dee = (await context.store.people.list(owner)).find((p) => p.name === "Dee Smith");
      await logActivity(context, dee?.id ?? "", {
        kind: "email_sent",
        channel: "email",
        occurredAt: "2026-10-29T09:00:00.000Z",
      });
      const fromCache = await getEffort(context, {});
      expect(fromCache.funnel.map((row) => row.count).slice(0, 2)).toEqual([5, 4]);
      // The same figures as from the whole log (a period spanning all time reads every entry).
      const allTime = { from: "2000-01-01", to: "2099-12-31" };
      const fromLog = await getEffort(context, allTime);
      expect({ ...fromCache, filter: null }).toEqual({ ...fromLog, filter: null });
    });

    it("narrows by place, interest and a period in the explorer's zone", async () => {
      const { context, moveTo } = october();
      const { law } = await seed(context, moveTo);
      const inLeeds = await getEffort(context, { location: "Leeds" });
      expect(inLeeds.people).toBe(2);
      expect(inLeeds.filter).toEqual({ ...noFilter, location: "Leeds" });
      const inLaw = await getEffort(context, { interest: law.id });
      expect(inLaw.funnel.map((row) => row.count)).toEqual([2, 2, 2, 2, 2, 1, 0]);
      // 5–6 October in London: Ana's conversation (booked on the 3rd) and nothing else.
      const period = { from: "2026-10-05", to: "2026-10-06" };
      const days = await getEffort(context, period);
      expect(days.people).toBe(1);
      expect(days.funnel.map((row) => row.count)).toEqual([1, 1, 1, 1, 1, 0, 0]);
      const said = await getThemes(context, period);
      expect(said.takeaways).toBe(2);
      expect(said.themes.map((theme) => [theme.label, theme.sources[0]?.conversationAt])).toEqual([
        ["learn SQL", "2026-10-06T14:00:00.000Z"],
        ["Talk to Bea", "2026-10-06T14:00:00.000Z"],
      ]);
      expect((await getThemes(context, { from: "2026-11-01" })).themes).toEqual([]);
      // Cy's conversation on the 27th, booked a week before: the store reads the entries near
      // the period and the bookings of conversations in it, however long before they were made.
      const onThe27th = { from: "2026-10-27", to: "2026-10-27" };
      expect((await getEffort(context, onThe27th)).funnel.map((row) => row.count)).toEqual([
        1, 1, 1, 1, 1, 0, 0,
      ]);
      expect((await getThemes(context, onThe27th)).themes.map((theme) => theme.label)).toEqual([
        "SQL skills",
      ]);
    });

    it("finds themes, compares interests and draws the network", async () => {
      const { context, moveTo } = october();
      const { law, ana, ben, cy } = await seed(context, moveTo);
      const said = await getThemes(context, {});
      expect(said.peopleWithTakeaways).toBe(2);
      expect(said.takeaways).toBe(3);
      expect(said.more).toBe(0);
      expect(
        said.themes.map((theme) => [
          theme.tag,
          theme.label,
          theme.people,
          theme.sources.map((source) => source.personName),
        ]),
      ).toEqual([
        ["skill", "learn SQL", 2, ["Ana Okafor", "Cy Zhou"]],
        ["advice", "Talk to Bea", 1, ["Ana Okafor"]],
      ]);
      expect((await getThemes(context, { tag: "advice" })).themes.map((t) => t.label)).toEqual([
        "Talk to Bea",
      ]);

      const fields = await getCompare(context, {});
      expect(fields).toEqual({
        dimension: "field",
        columns: [
          {
            key: law.id,
            label: "Environmental law",
            people: 2,
            conversationsHeld: 2,
            topThemes: {
              advice: [{ label: "Talk to Bea", people: 1 }],
              skill: [{ label: "learn SQL", people: 2 }],
            },
            reflection: {
              conversations: 2,
              averages: { ...unrated, confidence: 3, competence: 3, chemistry: 5 },
            },
            excitement: [],
          },
        ],
        more: 0,
        filter: noFilter,
      });
      const organizations = await getCompare(context, { dimension: "organization" });
      expect(
        organizations.columns.map((column) => [
          column.label,
          column.people,
          column.conversationsHeld,
        ]),
      ).toEqual([["Acme", 2, 1]]);

      const network = await getNetwork(context, {});
      expect(network).toMatchObject({ total: 3, shown: 3, foundYourself: 2, filter: noFilter });
      expect(network.nodes.find((node) => node.id === "me")).toEqual({
        id: "me",
        label: "Alex Explorer",
        stage: null,
        referrals: 3,
        organizationName: null,
      });
      expect(
        network.nodes
          .filter((node) => node.id !== "me")
          .map((node) => [node.label, node.stage, node.referrals, node.organizationName])
          .sort(),
      ).toEqual([
        ["Ana Okafor", "thanked", 2, "Acme"],
        ["Ben Ng", "declined", 0, "Acme"],
        ["Cy Zhou", "met", 0, null],
      ]);
      expect(network.edges).toHaveLength(3);
      expect(network.edges).toEqual(
        expect.arrayContaining([
          { from: "me", to: ana.id },
          { from: ana.id, to: ben.id },
          { from: ana.id, to: cy.id },
        ]),
      );
    });

    it("offers the interests and places to filter by, and counts what there is", async () => {
      const { context, moveTo } = october();
      expect(await getInsightsOptions(context)).toEqual({
        interests: [],
        locations: [],
        counts: { people: 0, conversationsHeld: 0, takeaways: 0 },
      });
      const { law } = await seed(context, moveTo);
      expect(await getInsightsOptions(context)).toEqual({
        interests: [law],
        locations: ["Leeds", "London"],
        counts: { people: 5, conversationsHeld: 2, takeaways: 3 },
      });
    });

    it("counts no takeaway of a conversation whose entry was deleted, in options or themes", async () => {
      const { context, moveTo } = october();
      const person = await createPerson(context, { name: "Ana Okafor" });
      const talk = await scheduleConversation(context, person.id, {
        scheduledFor: "2026-10-02T10:00:00.000Z",
        channel: "phone",
      });
      moveTo("2026-10-02T11:00:00.000Z");
      await markConversationHeld(context, talk.activityId);
      await addTakeaway(context, talk.activityId, { tag: "skill", text: "learn SQL" });
      expect((await getInsightsOptions(context)).counts.takeaways).toBe(1);
      await deleteActivity(context, talk.activityId);
      expect((await getThemes(context, {})).takeaways).toBe(0);
      expect((await getInsightsOptions(context)).counts).toEqual({
        people: 1,
        conversationsHeld: 1,
        takeaways: 0,
      });
    });

    it("answers nothing with nobody", async () => {
      const { context } = october();
      const effort = await getEffort(context, {});
      expect(effort.people).toBe(0);
      expect(effort.activityPerWeek).toEqual([]);
      expect(await getThemes(context, {})).toEqual({
        peopleWithTakeaways: 0,
        takeaways: 0,
        themes: [],
        more: 0,
        filter: noFilter,
      });
      expect(await getCompare(context, {})).toEqual({
        dimension: "field",
        columns: [],
        more: 0,
        filter: noFilter,
      });
      expect(await getNetwork(context, {})).toEqual({
        nodes: [{ id: "me", label: "Me", stage: null, referrals: 0, organizationName: null }],
        edges: [],
        total: 0,
        shown: 0,
        foundYourself: 0,
        filter: noFilter,
      });
    });

    it("says what to fix in a query", async () => {
      const { context } = current.clock;
      await expect(
        getEffort(context, { from: "2026-10-10", to: "2026-10-01" }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { to: "The period's first day must come before its last" },
      });
      await expect(getEffort(context, { from: "2026-13-01", to: "1 Oct" })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { from: "Give the day as YYYY-MM-DD", to: "Give the day as YYYY-MM-DD" },
      });
      await expect(getThemes(context, { tag: "gossip" })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { tag: "Choose a tag from the list" },
      });
      await expect(getCompare(context, { dimension: "planets" })).rejects.toMatchObject({
        code: "validation_failed",
        fields: { dimension: "Choose what to compare from the list" },
      });
    });
  });
});
