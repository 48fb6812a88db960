import { describe, expect, it } from "vitest";
import { buildOrganization } from "../../test/builders.js";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  restoreOrganization,
  updateOrganization,
} from "./organizations.service.js";
import { createPerson, getPerson } from "./people.service.js";

describe.each(storeTargets)("organizations on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("creates an organization with its locations and lists it by name", async () => {
      const { context } = current.clock;
      await createOrganization(context, buildOrganization({ name: "Zephyr Health" }));
      const created = await createOrganization(context, {
        name: "Atlas Environmental Law",
        website: "atlaslaw.example",
        industry: "Law",
        locations: "Portland, OR\nSeattle, WA",
        mission: "Protect rivers",
      });
      expect(created).toMatchObject({
        website: "https://atlaslaw.example/",
        locations: ["Portland, OR", "Seattle, WA"],
        peopleCount: 0,
      });
      expect((await listOrganizations(context)).map((organization) => organization.name)).toEqual([
        "Atlas Environmental Law",
        "Zephyr Health",
      ]);
    });

    it("refuses a second organization with the same name, at the name field", async () => {
      const { context } = current.clock;
      await createOrganization(context, { name: "Acme" });
      await expect(createOrganization(context, { name: "ACME" })).rejects.toMatchObject({
        code: "conflict",
        fields: { name: 'An organization named "ACME" already exists' },
      });
      const other = await createOrganization(context, { name: "Other" });
      await expect(updateOrganization(context, other.id, { name: "acme" })).rejects.toMatchObject({
        code: "conflict",
      });
    });

    it("shows an organization's people", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Ruth", organizationName: "Hopkins" });
      const { organization, people } = await getOrganization(context, person.organizationId ?? "");
      expect(organization).toMatchObject({ name: "Hopkins", peopleCount: 1 });
      expect(people.map((member) => member.name)).toEqual(["Ruth"]);
    });

    it("deletes softly: people stay without it, and undo brings the link back", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, { name: "Ruth", organizationName: "Hopkins" });
      const organizationId = person.organizationId ?? "";
      await deleteOrganization(context, organizationId);
      expect(await listOrganizations(context)).toEqual([]);
      expect(await getPerson(context, person.id)).toMatchObject({
        organizationId: null,
        organizationName: null,
      });

      await restoreOrganization(context, organizationId);
      expect(await getPerson(context, person.id)).toMatchObject({
        organizationId,
        organizationName: "Hopkins",
      });
    });

    it("will not restore over a newer organization of the same name", async () => {
      const { context } = current.clock;
      const first = await createOrganization(context, { name: "Acme" });
      await deleteOrganization(context, first.id);
      await createOrganization(context, { name: "Acme" });
      await expect(restoreOrganization(context, first.id)).rejects.toMatchObject({
        code: "conflict",
      });
    });
  });
});
