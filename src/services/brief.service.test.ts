import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testContext } from "../../test/builders.js";
import { pdfHasText, pdfPageCount } from "../../test/pdf-text.js";
import { seedPreparation } from "../../test/preparation-seed.js";
import { createPostgresDatabase, storeTargets } from "../../test/stores.js";
import { connect, parseStoreUrl } from "../store/connect.js";
import type { Database } from "../store/schema.js";
import { openStore, type Store } from "../store/store.js";
import { logActivity } from "./activities.service.js";
import { briefFor, briefPdfFor } from "./brief.service.js";
import { cancelConversation, scheduleConversation } from "./conversations.service.js";
import { createOrganization } from "./organizations.service.js";
import { createPerson, deletePerson } from "./people.service.js";
import { ServiceError } from "./service-error.js";
import { saveCadenceSettings } from "./today.service.js";

/**
 * The store and, beside it, a second connection to the same database: the preparation
 * tables' services are not on this branch, so their rows are written straight in.
 */
async function openWithDatabase(name: "sqlite" | "postgres") {
  if (name === "sqlite") {
    const file = join(tmpdir(), `rapport-brief-${randomUUID()}.sqlite`);
    const store = await openStore(`sqlite:${file}`);
    const db = connect(parseStoreUrl(`sqlite:${file}`));
    return {
      store,
      db,
      async cleanup() {
        await db.destroy();
        await store.close();
        await rm(file, { force: true });
        await rm(`${file}-wal`, { force: true });
        await rm(`${file}-shm`, { force: true });
      },
    };
  }
  const database = await createPostgresDatabase(process.env.TEST_DATABASE_URL ?? "");
  const store = await openStore(database.url);
  const db = connect(parseStoreUrl(database.url));
  return {
    store,
    db,
    async cleanup() {
      await db.destroy();
      await store.close();
      await database.drop();
    },
  };
}

describe.each(storeTargets)("The brief on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    let opened: { store: Store; db: Kysely<Database>; cleanup(): Promise<void> };
    let owner = 0;
    beforeAll(async () => {
      opened = await openWithDatabase(target.name);
    });
    afterAll(async () => opened?.cleanup());

    function fresh() {
      const clock = testContext(opened.store);
      clock.context.ownerId = `owner-${++owner}`;
      return clock.context;
    }

    async function scheduled() {
      const context = fresh();
      await saveCadenceSettings(context, { timeZone: "America/New_York" });
      const organization = await createOrganization(context, {
        name: "Hopkins",
        mission: "Healing, teaching and discovery",
        website: "https://hopkins.example.org",
      });
      const ravi = await createPerson(context, { name: "Ravi Patel" });
      const maya = await createPerson(context, {
        name: "Maya Chen",
        title: "Clinic director",
        organizationName: "Hopkins",
        phone: "410 555 0100",
        source: "referral",
        commonGround: "Both from Towson",
        referredById: ravi.id,
        mentionPermission: "yes",
      });
      const conversation = await scheduleConversation(context, maya.id, {
        scheduledFor: "2026-11-25T19:00:00.000Z",
        durationMinutes: 20,
        channel: "in_person",
        place: "Café Milano",
      });
      return { context, organization, maya, activityId: conversation.activityId };
    }

    it("gathers every section from the conversation's rows, in order, live rows only", async () => {
      const { context, organization, maya, activityId } = await scheduled();
      const now = context.now().toISOString();
      await seedPreparation(opened.db, {
        ownerId: context.ownerId,
        activityId,
        now,
        objective: "Learn how the clinic hires by December",
        checklistDone: ["arrive-early", "notebook"],
        plan: [
          { text: "How did you come to run a clinic?" },
          { text: "What would you do differently?", spare: true },
          { text: "What does a typical week hold?" },
          { text: "Deleted question", deleted: true },
          { text: "Which certifications matter?" },
          { text: "Who else should I talk to?" },
        ],
        notes: [
          { personId: maya.id, body: "Gave a talk on **triage**", notedOn: "2026-10-01" },
          { organizationId: organization.id, body: "- New wing\n- Hiring", notedOn: "2026-11-01" },
          { organizationId: organization.id, body: "Old news", notedOn: "2025-01-01" },
          { personId: maya.id, body: "Deleted note", notedOn: "2026-11-20", deleted: true },
        ],
        pitches: [
          { organizationId: null, whoIAm: "default", workIHope: "", learnToday: "" },
          {
            organizationId: organization.id,
            whoIAm: "i am finishing my degree",
            workIHope: "I hope to work in clinics",
            learnToday: "Today I hope to learn how you hire",
          },
        ],
        // 20 minutes less 2 to open and 3 to wind down hold three 4-minute answers: 3 of 4 fit.
        prepareSettings: { minutesPerAnswer: 4, openingMinutes: 2, windDownMinutes: 3 },
      });
      // Another owner's rows for the same activity id are not read.
      await seedPreparation(opened.db, {
        ownerId: "someone-else",
        activityId,
        now,
        objective: "Not mine",
        plan: [{ text: "Not my question" }],
      });

      expect(await briefFor(context, activityId)).toEqual({
        header: {
          name: "Maya Chen",
          title: "Clinic director",
          organization: "Hopkins",
          when: "Wednesday 25 November 2026, 2:00 PM EST",
          day: "2026-11-25",
          length: "20 minutes, until 2:20 PM EST",
          mode: "In person",
          where: "Café Milano",
          link: null,
          theirPhone: "410 555 0100",
        },
        whoTheyAre: {
          mission: "Healing, teaching and discovery",
          website: "https://hopkins.example.org/",
          howFound: "Referral",
          commonGround: "Both from Towson",
          introducer: { name: "Ravi Patel", permission: "yes", mayName: "you may name them" },
        },
        objective: "Learn how the clinic hires by December",
        pitch:
          "I am finishing my degree. I hope to work in clinics. Today I hope to learn how you hire.",
        questions: {
          top: [
            { number: 1, text: "How did you come to run a clinic?" },
            { number: 2, text: "What does a typical week hold?" },
            { number: 3, text: "Which certifications matter?" },
          ],
          spares: ["What would you do differently?", "Who else should I talk to?"],
          notShown: 0,
        },
        research: {
          bullets: [
            {
              text: "Gave a talk on triage",
              about: "person",
              notedOn: "2026-10-01",
              dated: "1 Oct 2026",
            },
            { text: "New wing", about: "organization", notedOn: "2026-11-01", dated: "1 Nov 2026" },
            { text: "Hiring", about: "organization", notedOn: "2026-11-01", dated: "1 Nov 2026" },
            { text: "Old news", about: "organization", notedOn: "2025-01-01", dated: "1 Jan 2025" },
          ],
          more: 0,
        },
        // Café Milano reads as a café; the objective and the fitting questions tick themselves.
        checklist: {
          items: [
            { label: "Objective written", done: true },
            { label: "Questions planned", done: true },
            { label: "Research done on them and their organization", done: false },
            { label: "Pitch practised aloud", done: false },
            { label: "Business casual dress", done: false },
            { label: "Plan to pay for the coffee or meal", done: false },
            { label: "Arrive 5–10 minutes early", done: true },
            { label: "A résumé copy", done: false },
            { label: "Notebook and pen", done: true },
            { label: "Route planned (and the time it takes)", done: false },
          ],
          done: 4,
          total: 10,
        },
      });

      const pdf = await briefPdfFor(context, activityId);
      expect(pdf.fileName).toBe("brief-maya-chen-2026-11-25.pdf");
      expect(pdfPageCount(pdf.bytes)).toBe(1);
      expect(pdfHasText(pdf.bytes, "1. How did you come to run a clinic?")).toBe(true);
    });

    it("takes the default pitch without a variant, and says nothing is prepared yet", async () => {
      const { context, activityId } = await scheduled();
      await seedPreparation(opened.db, {
        ownerId: context.ownerId,
        activityId,
        now: context.now().toISOString(),
        pitches: [
          { organizationId: null, whoIAm: "I am the default", workIHope: "", learnToday: "" },
          { organizationId: null, whoIAm: "Deleted", workIHope: "", learnToday: "", deleted: true },
        ],
      });
      const brief = await briefFor(context, activityId);
      expect(brief.pitch).toBe("I am the default.");
      expect(brief.objective).toBeNull();
      expect(brief.questions).toEqual({ top: [], spares: [], notShown: 0 });
      expect(brief.research).toEqual({ bullets: [], more: 0 });
      expect(brief.checklist.done).toBe(0);
    });

    it("is not found for another kind of entry, a cancelled one, a deleted person or another owner", async () => {
      const { context, maya, activityId } = await scheduled();
      const note = await logActivity(context, maya.id, { kind: "note", detail: "hello" });
      const notFound = expect.objectContaining({ code: "not_found" });
      await expect(briefFor(context, note.id)).rejects.toEqual(notFound);
      await expect(briefFor(context, "no-such-id")).rejects.toBeInstanceOf(ServiceError);
      await expect(briefFor(fresh(), activityId)).rejects.toEqual(notFound);

      await cancelConversation(context, activityId);
      await expect(briefFor(context, activityId)).rejects.toEqual(notFound);

      const other = await scheduled();
      await deletePerson(other.context, other.maya.id);
      await expect(briefFor(other.context, other.activityId)).rejects.toEqual(notFound);
    });
  });
});
