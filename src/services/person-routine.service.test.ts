import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { logActivity } from "./activities.service.js";
import { createBackup, restoreBackup } from "./backup.service.js";
import type { ServiceContext } from "./context.js";
import { runImport } from "./import.service.js";
import { createPerson, getPerson, updatePerson } from "./people.service.js";
import { getToday, saveCadenceSettings } from "./today.service.js";

const day = 24 * 60 * 60 * 1000;

/** Each person's reminders after the test's e-mails, as "name:reason". */
async function remindersByPerson(context: ServiceContext): Promise<string[]> {
  const today = await getToday(context);
  return today.actions.map((action) => `${action.personName}:${action.reason}`).sort();
}

async function emailed(context: ServiceContext, routine: string | undefined, name: string) {
  const person = await createPerson(context, {
    name,
    email: `${name.split(" ")[0]?.toLowerCase()}@example.com`,
    organizationName: "Hopkins",
    ...(routine === undefined ? {} : { routine }),
  });
  await logActivity(context, person.id, {
    kind: "email_sent",
    occurredAt: context.now().toISOString(),
  });
  return person;
}

describe.each(storeTargets)("a person's own follow-up routine on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("puts a person on 3B7 while the default stays standard", async () => {
      const { context, advance } = current.clock;
      const ana = await emailed(context, "3b7", "Ana Souza");
      await emailed(context, "", "Ben Ames");
      expect(ana.routine).toBe("3b7");

      advance(8 * day);
      expect(await remindersByPerson(context)).toEqual([
        "Ana Souza:second_contact",
        "Ana Souza:three_b7_follow_up",
        "Ben Ames:follow_up_call",
      ]);
    });

    it("keeps a person on standard when the default is 3B7", async () => {
      const { context, advance } = current.clock;
      await saveCadenceSettings(context, { routine: "3b7" });
      await emailed(context, "standard", "Ana Souza");
      await emailed(context, undefined, "Ben Ames");

      advance(8 * day);
      expect(await remindersByPerson(context)).toEqual([
        "Ana Souza:follow_up_call",
        "Ben Ames:second_contact",
        "Ben Ames:three_b7_follow_up",
      ]);
    });

    it("goes back to the default when the form says so, and survives merges and backups", async () => {
      const { context } = current.clock;
      const ana = await emailed(context, "3b7", "Ana Souza");
      // A contacts import that merges Ana leaves her routine alone.
      const csv = [
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        "Ana,Souza,https://www.linkedin.com/in/ana,ana@example.com,Hopkins,Researcher,12 Mar 2024",
      ].join("\r\n");
      const report = await runImport(context, { bytes: new TextEncoder().encode(csv) });
      expect(report.counts.merge).toBe(1);
      expect((await getPerson(context, ana.id)).routine).toBe("3b7");

      const backup = await createBackup(context);
      await restoreBackup(context, JSON.parse(JSON.stringify(backup)), { replace: true });
      expect((await getPerson(context, ana.id)).routine).toBe("3b7");

      const reset = await updatePerson(context, ana.id, { name: "Ana Souza", routine: "" });
      expect(reset.routine).toBeNull();
      await expect(
        updatePerson(context, ana.id, { name: "Ana", routine: "weekly" }),
      ).rejects.toMatchObject({
        fields: { routine: "Choose a follow-up routine from the list" },
      });
    });
  });
});
