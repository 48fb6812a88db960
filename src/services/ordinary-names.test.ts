import { describe, expect, it } from "vitest";
import { testContext } from "../../test/builders.js";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { type BackupDocument, createBackup, restoreBackup } from "./backup.service.js";
import type { ServiceContext } from "./context.js";
import { runImport } from "./import.service.js";
import { createOrganization, listOrganizations } from "./organizations.service.js";
import { createPerson, listPeople, updatePerson } from "./people.service.js";
import { addTemplate, listTemplates } from "./templates.service.js";

const template = {
  name: "PREMIÈRE LETTRE",
  purpose: "email",
  subject: "Hello",
  body: "Hello {{first_name}},\n\nThanks,\n{{my_name}}",
};

function googleCsv(rows: string[]) {
  const header =
    "Name,Given Name,Family Name,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title";
  return { bytes: new TextEncoder().encode(`${[header, ...rows].join("\n")}\n`) };
}

describe.each(storeTargets)("ordinary names on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("puts a second person at an existing École Polytechnique, whatever the capitals", async () => {
      const { context } = current.clock;
      const first = await createPerson(context, {
        name: "Ana",
        organizationName: "École Polytechnique",
      });
      const second = await createPerson(context, {
        name: "Ben",
        organizationName: "ÉCOLE POLYTECHNIQUE",
      });
      const third = await createPerson(context, {
        name: "Cy",
        organizationName: "e\u0301cole  polytechnique",
      });
      expect(second.organizationId).toBe(first.organizationId);
      expect(third.organizationId).toBe(first.organizationId);
      expect((await listOrganizations(context)).map((organization) => organization.name)).toEqual([
        "École Polytechnique",
      ]);
    });

    it("saves a person at Ørsted twice, and refuses a second Ørsted with a sentence", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Ida", organizationName: "Ørsted" });
      const saved = await updatePerson(context, person.id, {
        name: "Ida Holm",
        organizationName: "ØRSTED",
      });
      expect(saved.organizationId).toBe(person.organizationId);
      await expect(createOrganization(context, { name: "ørsted" })).rejects.toMatchObject({
        code: "conflict",
        fields: { name: 'An organization named "ørsted" already exists' },
      });
    });

    it("matches İstanbul with ISTANBUL and istanbul", async () => {
      const { context } = current.clock;
      const first = await createPerson(context, {
        name: "Deniz",
        organizationName: "İstanbul Teknik",
      });
      for (const spelling of ["ISTANBUL TEKNIK", "istanbul teknik", "İSTANBUL TEKNİK"]) {
        const other = await createPerson(context, { name: spelling, organizationName: spelling });
        expect(other.organizationId).toBe(first.organizationId);
      }
      expect(await listOrganizations(context)).toHaveLength(1);
    });

    it("imports a file that merges a contact at Café Ünicode", async () => {
      const { context } = current.clock;
      const existing = await createPerson(context, {
        name: "Zoé Martin",
        email: "zoe@example.com",
        organizationName: "Café Ünicode",
      });
      const report = await runImport(
        context,
        googleCsv([
          "Zoé Martin,Zoé,Martin,zoe@example.com,CAFÉ ÜNICODE,Barista",
          "Jean Roux,Jean,Roux,jean@example.com,café ünicode,Owner",
        ]),
      );
      expect(report.counts).toEqual({ add: 1, merge: 1, skip: 0, reject: 0 });
      const people = await listPeople(context);
      expect(people.map((person) => [person.name, person.title, person.organizationId])).toEqual([
        ["Jean Roux", "Owner", existing.organizationId],
        ["Zoé Martin", "Barista", existing.organizationId],
      ]);
    });

    it("the quick filter finds JOSÉ for josé, and José for JOSÉ, in every field it reads", async () => {
      const { context } = current.clock;
      await createPerson(context, { name: "JOSÉ ÁLVAREZ" });
      await createPerson(context, { name: "Ruth", organizationName: "ÉTOILE" });
      await createPerson(context, { name: "Sam", notes: "Met at the ØRESUND bridge" });
      await createPerson(context, { name: "Other" });
      const names = async (text: string) =>
        (await listPeople(context, { text })).map((person) => person.name);
      expect(await names("josé")).toEqual(["JOSÉ ÁLVAREZ"]);
      expect(await names("JOSÉ álvarez")).toEqual(["JOSÉ ÁLVAREZ"]);
      expect(await names("étoile")).toEqual(["Ruth"]);
      expect(await names("øresund")).toEqual(["Sam"]);
      expect(await names("100%")).toEqual([]);
    });

    it("filters by a location whatever its capitals", async () => {
      const { context } = current.clock;
      await createPerson(context, { name: "Liv", location: "ÅLESUND" });
      await createPerson(context, { name: "Per", location: "Ålesund" });
      await createPerson(context, { name: "Kim", location: "Oslo" });
      const people = await listPeople(context, { location: "ålesund" });
      expect(people.map((person) => person.name)).toEqual(["Liv", "Per"]);
    });

    it("refuses a second template named the same with other capitals", async () => {
      const { context } = current.clock;
      await addTemplate(context, template);
      await expect(
        addTemplate(context, { ...template, name: "Première lettre" }),
      ).rejects.toMatchObject({ code: "conflict" });
    });

    it("restores a backup (which carries no keys) and matches its names after", async () => {
      const { context } = current.clock;
      await createPerson(context, { name: "JOSÉ", organizationName: "École Polytechnique" });
      await createPerson(context, { name: "Ana", organizationName: "Ørsted" });
      await addTemplate(context, template);
      const backup = await createBackup(context);
      expect(Object.keys(backup.tables.organizations[0] ?? {})).not.toContain("name_key");

      // A store of its own: ids are kept on restore, so the same store would refuse them.
      const fresh = await target.open();
      try {
        await checkRestored(testContext(fresh.store).context, backup);
      } finally {
        await fresh.cleanup();
      }
    });

    it("restores an older backup whose live names now share a key, numbering the later one", async () => {
      const { context } = current.clock;
      await createOrganization(context, { name: "Straße" });
      await addTemplate(context, template);
      const backup = await createBackup(context);
      const [organization] = backup.tables.organizations;
      const [savedTemplate] = backup.tables.templates;
      // What a Rapport before name keys could hold: lower() told these apart.
      backup.tables.organizations.push({
        ...organization,
        id: "older-strasse",
        name: "STRASSE",
        created_at: "2026-11-23T09:00:00.000Z",
      });
      backup.tables.templates.push({
        ...savedTemplate,
        id: "older-template",
        name: "première lettre",
        created_at: "2026-11-23T09:00:00.000Z",
      });
      const fresh = await target.open();
      try {
        const restoredInto = testContext(fresh.store).context;
        await restoreBackup(restoredInto, backup);
        expect(
          (await listOrganizations(restoredInto)).map((organization) => organization.name).sort(),
        ).toEqual(["STRASSE (2)", "Straße"]);
        expect((await listTemplates(restoredInto)).map((template) => template.name).sort()).toEqual(
          ["PREMIÈRE LETTRE", "première lettre (2)"],
        );
      } finally {
        await fresh.cleanup();
      }
    });
  });
});

async function checkRestored(restoredInto: ServiceContext, backup: BackupDocument) {
  await restoreBackup(restoredInto, JSON.parse(JSON.stringify(backup)));
  const again = await createPerson(restoredInto, {
    name: "Ben",
    organizationName: "école polytechnique",
  });
  const organizations = await listOrganizations(restoredInto);
  expect(organizations.map((organization) => organization.name)).toEqual([
    "École Polytechnique",
    "Ørsted",
  ]);
  expect(again.organizationId).toBe(organizations[0]?.id);
  expect((await listPeople(restoredInto, { text: "josé" })).map((person) => person.name)).toEqual([
    "JOSÉ",
  ]);
  await expect(
    addTemplate(restoredInto, { ...template, name: "première LETTRE" }),
  ).rejects.toMatchObject({ code: "conflict" });
}
