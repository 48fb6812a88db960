import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { computePendingActions } from "../domain/cadence.js";
import { personEffort } from "../domain/insights/effort.js";
import { deriveStage, lastTouch } from "../domain/stage.js";
import {
  deleteActivity,
  logActivity,
  restoreActivity,
  updateActivity,
} from "./activities.service.js";
import { createBackup, restoreBackup } from "./backup.service.js";
import type { ServiceContext } from "./context.js";
import {
  cancelConversation,
  markConversationCancelled,
  markConversationHeld,
  rescheduleConversation,
  restoreConversation,
  scheduleConversation,
} from "./conversations.service.js";
import { ensureDueActions } from "./due-actions.js";
import { runImport } from "./import.service.js";
import { ensureInsightsFacts } from "./insights-facts.js";
import {
  deleteNetworkAsk,
  recordNetworkAsk,
  restoreNetworkAsk,
  updateNetworkAsk,
} from "./network-asks.service.js";
import {
  createOrganization,
  deleteOrganization,
  restoreOrganization,
  updateOrganization,
} from "./organizations.service.js";
import { createPerson, deletePerson, restorePerson, updatePerson } from "./people.service.js";
import {
  addPlanQuestion,
  deletePlanQuestion,
  restorePlanQuestion,
  updatePlanQuestion,
} from "./preparation.service.js";
import {
  addBankQuestion,
  deleteBankQuestion,
  restoreBankQuestion,
  updateBankQuestion,
} from "./question-bank.service.js";
import {
  addResearchNote,
  deleteResearchNote,
  restoreResearchNote,
  updateResearchNote,
} from "./research-notes.service.js";
import { searchEverything } from "./search.service.js";
import { rebuildSearchIndex } from "./search-indexing.js";
import { addStory, deleteStory, restoreStory, updateStory } from "./stories.service.js";
import {
  addTakeaway,
  deleteTakeaway,
  restoreTakeaway,
  updateTakeaway,
} from "./takeaways.service.js";
import {
  addTemplate,
  deleteTemplate,
  restoreTemplate,
  updateTemplate,
} from "./templates.service.js";
import { getCadenceSettings, saveCadenceSettings } from "./today.service.js";
import { addTrip, deleteTrip, restoreTrip, updateTrip } from "./trips.service.js";

const day = 24 * 60 * 60 * 1000;

// Every word the world below is written with, old names included: searching each of them
// shows what the index holds, including what it should no longer hold.
const vocabulary = [
  "Avery",
  "Quinn",
  "Blake",
  "Rowan",
  "Sasha",
  "Tomás",
  "Linnea",
  "Dmitri",
  "Acme",
  "Borealis",
  "Cobalt",
  "Driftwood",
  "Ember",
  "Fjord",
  "marzipan",
  "nebula",
  "origami",
  "quartz",
  "saffron",
  "tundra",
  "velvet",
  "walrus",
  "Lisbon",
  "Oslo",
  "Kyoto",
  "Hopper",
  "Lovelace",
  // Prepare's records (issue 10).
  "pelican",
  "gazebo",
  "keynote",
  "lantern",
  // Follow up (issue 11): takeaways.
  "hammock",
  "juniper",
];

/** What the reminders, stages and search index hold, next to what a rebuild from the records gives. */
async function cachedAndRebuilt(context: ServiceContext) {
  const { store, ownerId } = context;
  const settings = await getCadenceSettings(context);
  // The read path Today takes: a cache marked out of date is rebuilt here.
  await ensureDueActions(context, settings);
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  const [people, cadencePeople, activities, takeaways] = await Promise.all([
    store.people.list(ownerId),
    store.dueActions.cadencePeople(ownerId),
    store.activities.listAll(ownerId),
    store.takeaways.listAll(ownerId),
  ]);
  const stages = people.map(({ id, stage, lastTouchAt }) => ({ id, stage, lastTouchAt }));
  const derivedStages = people.map(({ id }) => {
    const log = activities.filter((entry) => entry.personId === id);
    return { id, stage: deriveStage(log), lastTouchAt: lastTouch(log) };
  });
  const reminders = (await store.dueActions.dueBy(ownerId, "9999-12-31T00:00:00.000Z")).sort(byKey);
  const freshReminders = computePendingActions({
    people: cadencePeople,
    activities,
    settings,
    takeaways,
  }).sort(byKey);
  const searchAll = async () => {
    const results = [];
    for (const word of vocabulary)
      results.push({ word, hits: await searchEverything(context, word, 50) });
    return results;
  };
  const searched = await searchAll();
  await context.transaction(async (tx) => {
    await tx.store.search.removeAll(ownerId);
    await rebuildSearchIndex(tx.store, ownerId);
  });
  const rebuiltSearch = await searchAll();
  // Insights' per-person facts, as Effort reads them (an out-of-date cache is rebuilt first).
  await ensureInsightsFacts(context);
  const insightsFacts = [...(await store.insightsFacts.listAll(ownerId))].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const freshInsightsFacts = people
    .map(({ id }) => [id, activities.filter((entry) => entry.personId === id)] as const)
    .filter(([, log]) => log.length > 0)
    .map(([id, log]) => [id, personEffort(log)] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return {
    cached: { stages, reminders, searched, insightsFacts },
    rebuilt: {
      stages: derivedStages,
      reminders: freshReminders,
      searched: rebuiltSearch,
      insightsFacts: freshInsightsFacts,
    },
  };
}

describe.each(storeTargets)("the projections seam on $name", (target) => {
  describe.skipIf(!target.available)("through the services", () => {
    const current = freshOwnerEachTest(target);

    it("keeps stages, reminders, Insights facts and search equal to a rebuild after every kind of change", async () => {
      const { context, advance } = current.clock;
      const at = (daysAgo: number) =>
        new Date(context.now().getTime() - daysAgo * day).toISOString();
      let checks = 0;
      const check = async (what: string) => {
        const { cached, rebuilt } = await cachedAndRebuilt(context);
        expect(cached, what).toEqual(rebuilt);
        checks += 1;
      };
      // Something to compare from the start, so an empty index cannot pass by accident.
      const avery = await createPerson(context, {
        name: "Avery Marzipan",
        organizationName: "Acme",
        location: "Lisbon",
      });
      const quinn = await createPerson(context, {
        name: "Quinn Nebula",
        organizationName: "Acme",
        referredById: avery.id,
      });
      await check("people created with a new organization");
      expect((await searchEverything(context, "Acme", 50)).length).toBeGreaterThan(0);

      const borealis = await createOrganization(context, { name: "Borealis", mission: "quartz" });
      await check("organization created");
      await updatePerson(context, quinn.id, { ...quinn, organizationName: "Borealis" });
      await check("person moved to another organization");
      await updateOrganization(context, borealis.id, { name: "Cobalt", mission: "saffron" });
      await check("organization renamed");
      await deleteOrganization(context, borealis.id);
      await check("organization deleted");
      await restoreOrganization(context, borealis.id);
      await check("organization restored");

      const letter = await logActivity(context, avery.id, {
        kind: "letter_sent",
        occurredAt: at(12),
        detail: "origami",
      });
      await check("entry logged");
      await updateActivity(context, letter.id, { ...letter, occurredAt: at(20), detail: "tundra" });
      await check("entry edited");
      await logActivity(context, quinn.id, { kind: "email_sent", occurredAt: at(9) });
      await check("a colleague written to");
      await deleteActivity(context, letter.id);
      await check("entry deleted");
      await restoreActivity(context, letter.id);
      await check("entry restored");
      await logActivity(context, avery.id, {
        kind: "declined",
        outcome: "try_someone_else",
        occurredAt: at(5),
        suggestedName: "Blake Velvet",
      });
      await check("a declined entry that suggests a new person");

      const ask = await recordNetworkAsk(context, quinn.id, {
        askedAt: at(4),
        question: "Who knows walrus research?",
        suggestedNames: ["Rowan Driftwood"],
      });
      await check("ask recorded with a suggested person");
      await updateNetworkAsk(context, ask.id, {
        askedAt: at(4),
        question: "Who knows Ember labs?",
        suggestedNames: ["Sasha Fjord"],
      });
      await check("ask edited with another suggested person");
      await deleteNetworkAsk(context, ask.id);
      await check("ask deleted");
      await restoreNetworkAsk(context, ask.id);
      await check("ask restored");

      const trip = await addTrip(context, {
        place: "Oslo",
        startsOn: "2026-12-01",
        endsOn: "2026-12-03",
        note: "saffron",
      });
      await check("trip added");
      await updateTrip(context, trip.id, {
        place: "Kyoto",
        startsOn: "2026-12-01",
        endsOn: "2026-12-02",
      });
      await check("trip edited");
      await deleteTrip(context, trip.id);
      await check("trip deleted");
      await restoreTrip(context, trip.id);
      await check("trip restored");

      const template = await addTemplate(context, {
        name: "Velvet letter",
        purpose: "email",
        body: "Dear {{first_name}}",
      });
      await updateTemplate(context, template.id, { ...template, name: "Quartz letter" });
      await deleteTemplate(context, template.id);
      await restoreTemplate(context, template.id);
      await check("template added, edited, deleted and restored");

      // Prepare's records (issue 10): research notes (a person's and an organization's) and stories.
      const note = await addResearchNote(context, { personId: avery.id, body: "pelican **talk**" });
      await addResearchNote(context, { organizationId: borealis.id, body: "gazebo opening" });
      await check("research notes added");
      await updateResearchNote(context, note.id, { body: "pelican keynote" });
      await deleteResearchNote(context, note.id);
      await restoreResearchNote(context, note.id);
      await check("research note edited, deleted and restored");
      const story = await addStory(context, { title: "Lantern rota", situation: "gazebo" });
      await updateStory(context, story.id, { result: "pelican" });
      await check("story added and edited");
      await deleteStory(context, story.id);
      await check("story deleted");
      await restoreStory(context, story.id);
      await check("story restored");

      const conversation = await scheduleConversation(context, quinn.id, {
        scheduledFor: new Date(context.now().getTime() + 2 * day).toISOString(),
        channel: "video",
      });
      await check("conversation scheduled");
      await rescheduleConversation(context, conversation.activityId, {
        scheduledFor: new Date(context.now().getTime() + 3 * day).toISOString(),
      });
      await check("conversation rescheduled");
      // Prepare (issue 10): plan questions and the own bank are found by search.
      const planned = await addPlanQuestion(context, conversation.activityId, {
        text: "Which quartz skills matter?",
        group: "field",
      });
      await check("plan question added");
      await updatePlanQuestion(context, planned.id, { text: "Which saffron skills matter?" });
      await check("plan question edited");
      await deletePlanQuestion(context, planned.id);
      await check("plan question deleted");
      await restorePlanQuestion(context, planned.id);
      await check("plan question restored");
      const mine = await addBankQuestion(context, {
        text: "How do walrus teams hire?",
        group: "chances",
      });
      await updateBankQuestion(context, mine.id, { text: "How do tundra teams hire?" });
      await deleteBankQuestion(context, mine.id);
      await restoreBankQuestion(context, mine.id);
      await check("bank question added, edited, deleted and restored");
      await cancelConversation(context, conversation.activityId);
      await check("conversation cancelled");
      await restoreConversation(context, conversation.activityId);
      await check("conversation restored");
      advance(4 * day);
      const noShow = await markConversationCancelled(context, conversation.activityId, {
        outcome: "no_show",
      });
      await check("conversation marked as a no-show");
      await deleteActivity(context, noShow.cancelledActivityId ?? "");
      await check("no-show undone");
      await markConversationHeld(context, conversation.activityId);
      await check("conversation held");

      // Follow up (issue 11): takeaways carry search documents and reminders of their own.
      const advice = await addTakeaway(context, conversation.activityId, {
        tag: "advice",
        text: "Read about hammock design",
      });
      await check("takeaway added (the write-up reminder goes)");
      const action = await addTakeaway(context, conversation.activityId, {
        tag: "action",
        text: "Email the juniper team",
        actionDueOn: "2026-12-20",
      });
      await check("action added");
      await updateTakeaway(context, advice.id, { text: "Read about juniper hammocks" });
      await check("takeaway edited");
      await updateTakeaway(context, action.id, { done: true });
      await check("action done (an update is proposed)");
      await deleteTakeaway(context, advice.id);
      await deleteTakeaway(context, action.id);
      await check("takeaways deleted");
      await restoreTakeaway(context, advice.id);
      await restoreTakeaway(context, action.id);
      await check("takeaways restored");
      await cancelConversation(context, conversation.activityId);
      await check("a conversation with takeaways cancelled");
      await restoreConversation(context, conversation.activityId);
      await check("a conversation with takeaways restored");

      await deletePerson(context, avery.id);
      await check("person deleted");
      await restorePerson(context, avery.id);
      await check("person restored");

      await saveCadenceSettings(context, { conversationMinutes: 45, routine: "3b7" });
      await check("new settings");

      const csv = [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Tomás,Hopper,https://www.linkedin.com/in/tomas,,Acme,Engineer,12 Mar 2024",
        "Linnea,Lovelace,https://www.linkedin.com/in/linnea,,Ember,Analyst,01 Feb 2019",
      ].join("\r\n");
      await runImport(context, {
        bytes: new TextEncoder().encode(csv),
        fileName: "Connections.csv",
      });
      await check("import");
      // On 3B7, writing to a colleague is the second contact of whoever at the organization
      // still waits for an answer; moving that colleague away brings the reminder back.
      const tomas = (await searchEverything(context, "Tomás", 5))[0];
      expect(tomas?.type).toBe("person");
      await logActivity(context, tomas?.id ?? "", { kind: "letter_sent", occurredAt: at(3) });
      await logActivity(context, avery.id, { kind: "letter_sent", occurredAt: at(2) });
      await check("a colleague's letter counts as the second contact");
      const movedAvery = await updatePerson(context, avery.id, {
        ...avery,
        organizationName: "Ember",
      });
      expect(movedAvery.organizationName).toBe("Ember");
      await check("the colleague moved away");

      const backup = await createBackup(context);
      await logActivity(context, quinn.id, { kind: "note", detail: "Dmitri", occurredAt: at(1) });
      await restoreBackup(context, JSON.parse(JSON.stringify(backup)), { replace: true });
      await check("backup restored over the data");
      expect(checks).toBe(53);
    });
  });
});
