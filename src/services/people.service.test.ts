import { describe, expect, it } from "vitest";
import { buildPerson } from "../../test/builders.js";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { createServiceContext } from "./context.js";
import { getOrganization, listOrganizations } from "./organizations.service.js";
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  listPeopleLocations,
  restorePerson,
  updatePerson,
} from "./people.service.js";
import { ServiceError } from "./service-error.js";

describe.each(storeTargets)("people on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("creates a person with every field and reads it back", async () => {
      const { context } = current.clock;
      const created = await createPerson(context, {
        name: "Maya Chen",
        title: "Speech-language pathologist",
        organizationName: "Bright Start Clinic",
        email: "Maya@BrightStart.example",
        phone: "+1 410 555 0100",
        phoneExtension: "12",
        workAddress: "1 Harbor St, Baltimore",
        location: "Baltimore",
        profileUrl: "https://www.linkedin.com/in/maya",
        source: "alumni",
        commonGround: "Same university",
        notes: "Works with children",
      });
      expect(await getPerson(context, created.id)).toEqual({
        id: created.id,
        name: "Maya Chen",
        title: "Speech-language pathologist",
        organizationId: expect.any(String),
        organizationName: "Bright Start Clinic",
        email: "maya@brightstart.example",
        phone: "+1 410 555 0100",
        phoneExtension: "12",
        workAddress: "1 Harbor St, Baltimore",
        location: "Baltimore",
        profileUrl: "https://www.linkedin.com/in/maya",
        source: "alumni",
        commonGround: "Same university",
        notes: "Works with children",
        referredById: null,
        referredByName: null,
        mentionPermission: "not_asked",
        targetIds: [],
        routine: null,
        keepInTouchMonths: null,
        stage: "identified",
        lastTouchAt: null,
        createdAt: "2026-11-22T09:00:00.000Z",
        updatedAt: "2026-11-22T09:00:00.000Z",
      });
    });

    it("matches an organization by name ignoring case, creating it only once", async () => {
      const { context } = current.clock;
      const first = await createPerson(
        context,
        buildPerson({ organizationName: "Acme Law", location: "Portland" }),
      );
      const second = await createPerson(context, buildPerson({ organizationName: "ACME LAW" }));
      expect(second.organizationId).toBe(first.organizationId);
      const organizations = await listOrganizations(context);
      expect(organizations).toHaveLength(1);
      expect(organizations[0]).toMatchObject({
        name: "Acme Law",
        peopleCount: 2,
        locations: ["Portland"],
      });
    });

    it("rejects invalid input with field messages and writes nothing", async () => {
      const { context } = current.clock;
      const attempt = createPerson(context, {
        name: "",
        email: "not-an-email",
        organizationName: "Ghost Org",
      });
      await expect(attempt).rejects.toMatchObject({
        code: "validation_failed",
        fields: { name: "Enter name", email: "Enter an email address like name@example.com" },
      });
      expect(await listPeople(context)).toEqual([]);
      expect(await listOrganizations(context)).toEqual([]);
    });

    it("updates a person and stamps the time of the change", async () => {
      const { context, advance } = current.clock;
      const person = await createPerson(context, buildPerson({ name: "Sam Ortiz" }));
      advance(60_000);
      const updated = await updatePerson(context, person.id, {
        name: "Sam Ortiz",
        title: "Counsel",
      });
      expect(updated).toMatchObject({ title: "Counsel", updatedAt: "2026-11-22T09:01:00.000Z" });
      expect(updated.createdAt).toBe("2026-11-22T09:00:00.000Z");
    });

    it("filters by text words, organization, location and source together", async () => {
      const { context } = current.clock;
      const maya = await createPerson(context, {
        name: "Maya Chen",
        organizationName: "Bright Start",
        location: "Baltimore",
        source: "alumni",
        notes: "children's speech therapy",
      });
      await createPerson(context, {
        name: "Omar Haddad",
        organizationName: "Bright Start",
        location: "Denver",
      });
      await createPerson(context, { name: "Lena Park", location: "baltimore", source: "friend" });

      const names = async (query: object) =>
        (await listPeople(context, query)).map((person) => person.name);
      expect(await names({ text: "speech CHILD" })).toEqual(["Maya Chen"]);
      expect(await names({ text: "bright" })).toEqual(["Maya Chen", "Omar Haddad"]);
      expect(await names({ organizationId: maya.organizationId })).toEqual([
        "Maya Chen",
        "Omar Haddad",
      ]);
      expect(await names({ location: "BALTIMORE" })).toEqual(["Lena Park", "Maya Chen"]);
      expect(await names({ location: "Baltimore", source: "friend" })).toEqual(["Lena Park"]);
      expect(await names({ text: '100%_\\ "quoted" AND -x 🙂' })).toEqual([]);
      expect(await listPeopleLocations(context)).toEqual(["Baltimore", "Denver"]);
    });

    it("sorts by a column both ways with empty values last", async () => {
      const { context } = current.clock;
      await createPerson(context, { name: "Ann", organizationName: "Zeta" });
      await createPerson(context, { name: "Bob" });
      await createPerson(context, { name: "Cy", organizationName: "alpha" });
      const names = async (direction: "asc" | "desc") =>
        (await listPeople(context, { sort: "organization", direction })).map(
          (person) => person.name,
        );
      expect(await names("asc")).toEqual(["Cy", "Ann", "Bob"]);
      expect(await names("desc")).toEqual(["Ann", "Cy", "Bob"]);
    });

    it("soft-deletes a person and restores them with undo", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, buildPerson({ organizationName: "Kept Org" }));
      await deletePerson(context, person.id);
      expect(await listPeople(context)).toEqual([]);
      await expect(getPerson(context, person.id)).rejects.toBeInstanceOf(ServiceError);
      const organization = await getOrganization(context, person.organizationId ?? "");
      expect(organization.people).toEqual([]);

      const restored = await restorePerson(context, person.id);
      expect(restored).toMatchObject({ id: person.id, organizationName: "Kept Org" });
      expect(await listPeople(context)).toHaveLength(1);
    });

    it("keeps owners apart", async () => {
      const { context } = current.clock;
      const person = await createPerson(context, buildPerson());
      const stranger = createServiceContext(current.store, { ownerId: "someone-else" });
      expect(await listPeople(stranger)).toEqual([]);
      await expect(getPerson(stranger, person.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(deletePerson(stranger, person.id)).rejects.toMatchObject({ code: "not_found" });
    });
  });
});
