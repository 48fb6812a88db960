import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { deleteActivity, listActivities, logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { cancelConversation, scheduleConversation } from "./conversations.service.js";
import { deleteNetworkAsk, listNetworkAsks, recordNetworkAsk } from "./network-asks.service.js";
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
} from "./organizations.service.js";
import { createPerson, deletePerson, listPeople } from "./people.service.js";
import { addTemplate, deleteTemplate, listTemplates } from "./templates.service.js";
import { addTrip, deleteTrip, listTrips, updateTrip } from "./trips.service.js";

/** One kind of create that takes a client's id: how to send it, count it and delete it. */
interface Creatable {
  name: string;
  /** Sends the create; `variant` changes its content. Answers the record's id. */
  create(context: ServiceContext, id: unknown, variant?: number): Promise<string>;
  count(context: ServiceContext): Promise<number>;
  remove(context: ServiceContext, id: string): Promise<unknown>;
}

/** The person the log entries, asks and conversations are about; made once per test. */
const subjects = new WeakMap<ServiceContext, Promise<string>>();
function subject(context: ServiceContext): Promise<string> {
  let id = subjects.get(context);
  if (!id) {
    id = createPerson(context, { name: "Subject Person" }).then((person) => person.id);
    subjects.set(context, id);
  }
  return id;
}

const creatables: Creatable[] = [
  {
    name: "person",
    create: async (context, id, variant = 0) =>
      (
        await createPerson(context, {
          id,
          name: `Ada ${variant}`,
          organizationName: "Analytical Engines",
          email: "ADA@example.com",
        })
      ).id,
    count: async (context) => (await listPeople(context)).length,
    remove: deletePerson,
  },
  {
    name: "organization",
    create: async (context, id, variant = 0) =>
      (
        await createOrganization(context, {
          id,
          name: `Acme ${variant}`,
          locations: "Oslo; Bergen",
        })
      ).id,
    count: async (context) => (await listOrganizations(context)).length,
    remove: deleteOrganization,
  },
  {
    name: "log entry",
    // Without a time: the server stamps each send with its own clock, which is not compared.
    create: async (context, id, variant = 0) =>
      (
        await logActivity(context, await subject(context), {
          id,
          kind: "note",
          detail: `Note ${variant}`,
        })
      ).id,
    count: async (context) => (await listActivities(context, await subject(context))).length,
    remove: deleteActivity,
  },
  {
    name: "network ask",
    create: async (context, id, variant = 0) =>
      (
        await recordNetworkAsk(context, await subject(context), {
          id,
          askedAt: "2026-11-20T10:00:00Z",
          question: `Who knows ${variant}?`,
          suggestedNames: ["Suggested Someone"],
        })
      ).id,
    count: async (context) => (await listNetworkAsks(context)).length,
    remove: deleteNetworkAsk,
  },
  {
    name: "trip",
    create: async (context, id, variant = 0) =>
      (
        await addTrip(context, {
          id,
          place: `Lisbon ${variant}`,
          startsOn: "2026-12-01",
          endsOn: "2026-12-03",
        })
      ).id,
    count: async (context) => {
      const { upcoming, past } = await listTrips(context);
      return upcoming.length + past.length;
    },
    remove: deleteTrip,
  },
  {
    name: "template",
    create: async (context, id, variant = 0) =>
      (await addTemplate(context, { id, name: `Letter ${variant}`, purpose: "email", body: "Hi" }))
        .id,
    count: async (context) => (await listTemplates(context)).length,
    remove: deleteTemplate,
  },
  {
    name: "scheduled conversation",
    create: async (context, id, variant = 0) =>
      (
        await scheduleConversation(context, await subject(context), {
          id,
          scheduledFor: new Date(Date.UTC(2026, 11, 2 + variant, 15)).toISOString(),
          channel: "video",
        })
      ).activityId,
    count: async (context) => (await listActivities(context, await subject(context))).length,
    remove: cancelConversation,
  },
];

describe.each(storeTargets)("creates with the client's id on $name", (target) => {
  describe.skipIf(!target.available)("through the services", () => {
    const current = freshOwnerEachTest(target);

    describe.each(creatables)("a $name", (creatable) => {
      it("is made once when sent twice, and answers the same record the second time", async () => {
        const { context, advance } = current.clock;
        const id = randomUUID();
        expect(await creatable.create(context, id)).toBe(id);
        const rows = await creatable.count(context);
        advance(60_000);
        expect(await creatable.create(context, id.toUpperCase())).toBe(id);
        expect(await creatable.count(context)).toBe(rows);
      });

      it("is made once when two sends with one id arrive at the same moment", async () => {
        const { context } = current.clock;
        const before = await creatable.count(context);
        for (let round = 0; round < 5; round += 1) {
          const id = randomUUID();
          // Content of its own each round: organizations and templates have unique names.
          const answers = await Promise.all([
            creatable.create(context, id, 10 + round),
            creatable.create(context, id, 10 + round),
          ]);
          expect(answers).toEqual([id, id]);
        }
        expect(await creatable.count(context)).toBe(before + 5);
      });

      it("answers a conflict for an id already used for other content, a deleted record or another owner", async () => {
        const { context } = current.clock;
        const idTaken = { code: "conflict", fields: { id: "That id is already used" } };
        const used = await creatable.create(context, randomUUID());
        await expect(creatable.create(context, used, 1)).rejects.toMatchObject(idTaken);

        const deleted = await creatable.create(context, randomUUID(), 2);
        await creatable.remove(context, deleted);
        await expect(creatable.create(context, deleted, 2)).rejects.toMatchObject(idTaken);

        const stranger = { ...context, ownerId: `${context.ownerId}-stranger` };
        const theirs = await creatable.create(stranger, randomUUID(), 3);
        const rows = await creatable.count(context);
        await expect(creatable.create(context, theirs, 3)).rejects.toMatchObject(idTaken);
        expect(await creatable.count(context)).toBe(rows);
      });

      it("refuses an id that is not a UUID as a field error", async () => {
        const { context } = current.clock;
        await expect(creatable.create(context, "not-a-uuid")).rejects.toMatchObject({
          code: "validation_failed",
          fields: { id: "The id must be a UUID" },
        });
      });
    });

    it("gives a new id to a create without one, as before", async () => {
      const { context } = current.clock;
      const first = await createPerson(context, { name: "Same Name" });
      const second = await createPerson(context, { name: "Same Name" });
      expect(first.id).not.toBe(second.id);
    });

    it("ignores an id in an edit's body: an edit never changes which record it is", async () => {
      const { context } = current.clock;
      const trip = await addTrip(context, {
        place: "Oslo",
        startsOn: "2026-12-01",
        endsOn: "2026-12-02",
      });
      const edited = await updateTrip(context, trip.id, {
        ...trip,
        id: "not-a-uuid",
        place: "Bergen",
      });
      expect(edited).toMatchObject({ id: trip.id, place: "Bergen" });
    });
  });
});
