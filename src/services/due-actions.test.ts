import { describe, expect, it } from "vitest";
import { seededRandom } from "../../test/generate.js";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { computePendingActions } from "../domain/cadence.js";
import type { Person } from "../domain/person.js";
import { buildToday } from "../domain/today.js";
import { defaultTodayShown, type TodayShown, todayAllShown } from "../domain/today-page.js";
import {
  deleteActivity,
  logActivity,
  restoreActivity,
  updateActivity,
} from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { ensureDueActions } from "./due-actions.js";
import { deleteOrganization, restoreOrganization } from "./organizations.service.js";
import { createPerson, deletePerson, restorePerson, updatePerson } from "./people.service.js";
import {
  dismissAction,
  getCadenceSettings,
  getPersonDue,
  getToday,
  saveCadenceSettings,
  snoozeAction,
} from "./today.service.js";

const day = 24 * 60 * 60 * 1000;

/** The cache as stored, and the same reminders worked out from scratch over the whole log. */
async function cachedAndFresh(context: ServiceContext) {
  const { store, ownerId } = context;
  const [people, activities, settings] = await Promise.all([
    store.dueActions.cadencePeople(ownerId),
    store.activities.listAll(ownerId),
    getCadenceSettings(context),
  ]);
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  const fresh = computePendingActions({ people, activities, settings }).sort(byKey);
  const cached = (await store.dueActions.dueBy(ownerId, "9999-12-31T00:00:00.000Z")).sort(byKey);
  return { cached, fresh };
}

describe.each(storeTargets)("cached reminders on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("stay equal to working them out from the whole log through every kind of change", async () => {
      const { context, advance } = current.clock;
      const random = seededRandom(11);
      const at = (daysAgo: number) =>
        new Date(context.now().getTime() - daysAgo * day).toISOString();
      const people: Person[] = [];
      for (let index = 0; index < 12; index += 1) {
        people.push(
          await createPerson(context, {
            name: `Person ${index}`,
            organizationName: index % 3 === 0 ? "" : `Org ${index % 2}`,
            referredById: index > 3 && index % 4 === 0 ? people[0]?.id : "",
          }),
        );
      }
      await ensureDueActions(context, await getCadenceSettings(context));
      const check = async (what: string) => {
        expect(await context.store.dueActions.build(context.ownerId), what).not.toBeNull();
        const { cached, fresh } = await cachedAndFresh(context);
        expect(cached, what).toEqual(fresh);
      };
      await check("after the first build");

      const kinds = [
        "email_sent",
        "letter_sent",
        "call",
        "reply_received",
        "meeting_scheduled",
        "conversation_held",
        "thank_you_sent",
        "note",
      ] as const;
      const logged = [];
      for (let step = 0; step < 40; step += 1) {
        const person = random.pick(people);
        const kind = random.pick([...kinds]);
        logged.push(
          await logActivity(context, person.id, {
            kind,
            occurredAt: at(random.next() * 20),
            outcome: kind === "call" ? random.pick(["voicemail", "no_answer", "answered"]) : "",
            scheduledFor: kind === "meeting_scheduled" ? at(-1 - random.next() * 5) : "",
            detail: kind === "note" ? "A note" : "",
          }),
        );
        await check(`after logging ${kind}`);
      }
      const declined = await logActivity(context, people[1]?.id ?? "", {
        kind: "declined",
        occurredAt: at(2),
        outcome: "try_someone_else",
        suggestedName: "Someone Suggested",
      });
      await check("after a suggestion creates a person");
      await updateActivity(context, declined.id, {
        kind: "declined",
        occurredAt: at(2),
        outcome: "try_someone_else",
        suggestedPersonId: people[2]?.id,
      });
      await check("after the suggestion points at someone else");
      await deleteActivity(context, declined.id);
      await check("after deleting the suggestion");
      await restoreActivity(context, declined.id);
      await check("after restoring it");
      const first = logged[0];
      if (!first) throw new Error("expected a logged entry to edit");
      await updateActivity(context, first.id, { kind: "email_sent", occurredAt: at(9) });
      await check("after editing an entry");
      await deletePerson(context, people[1]?.id ?? "");
      await check("after deleting the person who suggested");
      await restorePerson(context, people[1]?.id ?? "");
      await check("after restoring them");
      await updatePerson(context, people[3]?.id ?? "", {
        name: "Person 3",
        organizationName: "",
        referredById: people[0]?.id,
      });
      await check("after changing who introduced them and their organization");
      const organizationId = people[4]?.organizationId;
      if (!organizationId) throw new Error("expected person 4 to have an organization");
      await deleteOrganization(context, organizationId);
      expect(await getToday(context)).toBeDefined();
      await check("after deleting an organization (rebuilt on read)");
      await restoreOrganization(context, organizationId);
      await getToday(context);
      await check("after restoring it");
      await saveCadenceSettings(context, { routine: "3b7", timeZone: "Europe/Berlin" });
      expect(await context.store.dueActions.build(context.ownerId)).toBeNull();
      await getToday(context);
      await check("after new settings (rebuilt on read)");
      advance(3 * day);
      await logActivity(context, people[5]?.id ?? "", { kind: "email_sent", occurredAt: at(0) });
      await check("after a later entry under the new settings");
    });

    it("on 3B7, drop the second contact once someone else there is written to, and bring it back on undo", async () => {
      const { context } = current.clock;
      await saveCadenceSettings(context, { routine: "3b7" });
      await getToday(context);
      const at = (daysAgo: number) =>
        new Date(context.now().getTime() - daysAgo * day).toISOString();
      const [maya, ben, ana] = [
        await createPerson(context, { name: "Maya Chen", organizationName: "Acme" }),
        await createPerson(context, { name: "Ben Ode", organizationName: "Acme" }),
        await createPerson(context, { name: "Ana Ruiz", organizationName: "Globex" }),
      ];
      const reasonsOf = async (personId: string) =>
        (await context.store.dueActions.dueBy(context.ownerId, "9999-12-31T00:00:00.000Z"))
          .filter((action) => action.personId === personId)
          .map((action) => action.reason)
          .sort();
      const check = async (what: string) => {
        const { cached, fresh } = await cachedAndFresh(context);
        expect(cached, what).toEqual(fresh);
      };
      await logActivity(context, maya.id, { kind: "email_sent", occurredAt: at(5) });
      expect(await reasonsOf(maya.id)).toEqual(["second_contact", "three_b7_follow_up"]);

      const toBen = await logActivity(context, ben.id, { kind: "email_sent", occurredAt: at(1) });
      expect(await reasonsOf(maya.id)).toEqual(["three_b7_follow_up"]);
      await check("after writing to a second person there");
      await deleteActivity(context, toBen.id);
      expect(await reasonsOf(maya.id)).toEqual(["second_contact", "three_b7_follow_up"]);
      await check("after deleting that letter");
      await restoreActivity(context, toBen.id);
      expect(await reasonsOf(maya.id)).toEqual(["three_b7_follow_up"]);

      // Ben moves to Globex: he is no longer Maya's second contact, and now is Ana's.
      await logActivity(context, ana.id, { kind: "letter_sent", occurredAt: at(6) });
      await updatePerson(context, ben.id, { name: "Ben Ode", organizationName: "Globex" });
      expect(await reasonsOf(maya.id)).toEqual(["second_contact", "three_b7_follow_up"]);
      expect(await reasonsOf(ana.id)).toEqual(["three_b7_follow_up"]);
      await check("after the second contact moved organization");
      await deletePerson(context, ben.id);
      expect(await reasonsOf(ana.id)).toEqual(["second_contact", "three_b7_follow_up"]);
      await check("after deleting the second contact");
    });

    it("gives Today exactly what working it out from the whole log gives", async () => {
      const { context, advance } = current.clock;
      // The "still excited?" check-in is not a cached reminder (check-ins.service.ts): off here.
      await saveCadenceSettings(context, { checkInWeeks: 0 });
      const random = seededRandom(5);
      const people = [];
      for (let index = 0; index < 15; index += 1)
        people.push(await createPerson(context, { name: `P${index}`, organizationName: "Acme" }));
      for (let step = 0; step < 60; step += 1) {
        const kind = random.pick([
          "email_sent",
          "call",
          "meeting_scheduled",
          "conversation_held",
        ] as const);
        await logActivity(context, random.pick(people).id, {
          kind,
          occurredAt: new Date(context.now().getTime() - random.next() * 20 * day).toISOString(),
          outcome: kind === "call" ? "voicemail" : "",
          scheduledFor:
            kind === "meeting_scheduled"
              ? new Date(context.now().getTime() + (random.next() * 10 - 3) * day).toISOString()
              : "",
        });
      }
      const [someKey, otherKey] = (await getToday(context)).actions.map((action) => action.key);
      if (!someKey || !otherKey) throw new Error("expected two due actions to snooze and dismiss");
      await snoozeAction(
        context,
        someKey,
        new Date(context.now().getTime() + 2 * day).toISOString(),
      );
      await dismissAction(context, otherKey, "Not this one");
      // A deleted person's reminders and entries leave Today (and its counts) too.
      const gone = random.pick(people);
      await deletePerson(context, gone.id);
      // The top of each list, lists cut at one, one group opened further, everything.
      const cuts: TodayShown[] = [
        defaultTodayShown,
        { perGroup: 1, groups: { call: 3, write: 2 }, comingUp: 2, conversations: 1 },
        todayAllShown,
      ];
      let cutShort = 0;
      for (const days of [0, 1, 3, 8, 15]) {
        advance(days * day);
        for (const shown of cuts) {
          const fromScratch = buildToday({
            people: await context.store.people.list(context.ownerId),
            activities: await context.store.activities.listAll(context.ownerId),
            settings: await getCadenceSettings(context),
            now: context.now(),
            ...(await context.store.today.states(context.ownerId)),
            horizonDays: 7,
            shown,
          });
          expect(await getToday(context, shown)).toEqual(fromScratch);
          if (shown === todayAllShown) {
            // A person's own actions: all of theirs from the whole agenda, in its order.
            const someone = random.pick(people);
            expect((await getPersonDue(context, someone.id)).actions).toEqual(
              fromScratch.actions.filter((action) => action.personId === someone.id),
            );
          }
          cutShort += fromScratch.groups.filter(
            (group) =>
              group.total >
              fromScratch.actions.filter(
                (action) => action.group === group.group && action.state !== "upcoming",
              ).length,
          ).length;
        }
      }
      // The cuts were tried on lists longer than they show.
      expect(cutShort).toBeGreaterThan(5);
    });
  });
});
