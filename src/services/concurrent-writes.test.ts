import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { runImport } from "./import.service.js";
import {
  createOrganization,
  listOrganizations,
  updateOrganization,
} from "./organizations.service.js";
import { createPerson, listPeople } from "./people.service.js";
import { addTemplate, listTemplates, updateTemplate } from "./templates.service.js";

// On PostgreSQL the store's pool runs these on separate connections, so they truly overlap;
// the real-process versions are in test/concurrent-races.test.ts.
function linkedInFile(rows: number) {
  const lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
  for (let index = 0; index < rows; index += 1) {
    lines.push(
      `Ana${index},Okafor,https://www.linkedin.com/in/ana-${index},,Société ${index % 7},Engineer,12 Mar 2024`,
    );
  }
  return { bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), fileName: "Connections.csv" };
}

describe.each(storeTargets)("writes at once on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("two people added at once with the same new organization share one", async () => {
      const { context } = current.clock;
      const pairs = 20;
      const results = await Promise.allSettled(
        Array.from({ length: pairs }, (_, index) => [
          createPerson(context, { name: `Ana ${index}`, organizationName: `Élan ${index}` }),
          createPerson(context, { name: `Ben ${index}`, organizationName: `ÉLAN ${index}` }),
        ]).flat(),
      );
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
      const organizations = await listOrganizations(context);
      expect(organizations).toHaveLength(pairs);
      expect(organizations.map((organization) => organization.peopleCount)).toEqual(
        Array.from({ length: pairs }, () => 2),
      );
    });

    it("two imports of one file at once add each person once, and neither fails", async () => {
      const { context } = current.clock;
      const file = linkedInFile(60);
      const [first, second] = await Promise.all([
        runImport(context, file),
        runImport(context, file),
      ]);
      expect([first.counts.add, second.counts.add].sort()).toEqual([0, 60]);
      expect([first.counts.skip, second.counts.skip].sort()).toEqual([0, 60]);
      expect(await listPeople(context)).toHaveLength(60);
      expect(await listOrganizations(context)).toHaveLength(7);
    });

    it("two templates saved at once with one name: one is kept, the other told why", async () => {
      const { context } = current.clock;
      const template = { purpose: "email", subject: "Hi", body: "Hello {{first_name}}" };
      const results = await Promise.allSettled([
        addTemplate(context, { ...template, name: "Première" }),
        addTemplate(context, { ...template, name: "PREMIÈRE" }),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(results.find((result) => result.status === "rejected")).toMatchObject({
        reason: { code: "conflict" },
      });
      expect(await listTemplates(context)).toHaveLength(1);
    });

    it("two organizations renamed at once to one name: one is renamed, the other told why", async () => {
      const { context } = current.clock;
      for (let round = 0; round < 10; round += 1) {
        const first = await createOrganization(context, { name: `Alpha ${round}` });
        const second = await createOrganization(context, { name: `Beta ${round}` });
        const results = await Promise.allSettled([
          updateOrganization(context, first.id, { name: `Gamma ${round}` }),
          updateOrganization(context, second.id, { name: `GAMMA ${round}` }),
        ]);
        expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
        expect(results.find((result) => result.status === "rejected")).toMatchObject({
          reason: { code: "conflict", message: expect.stringMatching(/^An organization named/) },
        });
      }
    });

    it("two templates renamed at once to one name: one is renamed, the other told why", async () => {
      const { context } = current.clock;
      const template = { purpose: "email", subject: "Hi", body: "Hello {{first_name}}" };
      for (let round = 0; round < 10; round += 1) {
        const first = await addTemplate(context, { ...template, name: `One ${round}` });
        const second = await addTemplate(context, { ...template, name: `Two ${round}` });
        const results = await Promise.allSettled([
          updateTemplate(context, first.id, { ...template, name: `Three ${round}` }),
          updateTemplate(context, second.id, { ...template, name: `THREE ${round}` }),
        ]);
        expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
        expect(results.find((result) => result.status === "rejected")).toMatchObject({
          reason: { code: "conflict" },
        });
      }
    });
  });
});
