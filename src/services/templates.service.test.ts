import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import {
  addTemplate,
  deleteTemplate,
  listTemplates,
  restoreTemplate,
  updateTemplate,
} from "./templates.service.js";

const email = {
  name: "Short e-mail",
  purpose: "email",
  subject: "Advice on {{field}}",
  body: "Hello {{first_name}},\n\nWould you have {{length}}?\n\nThanks,\n{{my_name}}",
};

describe.each(storeTargets)("templates on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("adds templates and lists them by name, ignoring case", async () => {
      const { context } = current.clock;
      await addTemplate(context, { ...email, name: "zesty letter", purpose: "letter" });
      const added = await addTemplate(context, email);
      expect(added).toMatchObject({ ...email, createdAt: context.now().toISOString() });
      expect((await listTemplates(context)).map((template) => template.name)).toEqual([
        "Short e-mail",
        "zesty letter",
      ]);
    });

    it("refuses an unknown merge field at the field and stores nothing", async () => {
      const { context } = current.clock;
      await expect(
        addTemplate(context, { ...email, body: "Hi {{nickname}}" }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        fields: { body: expect.stringMatching(/^Unknown merge field \{\{nickname\}\}/) },
      });
      expect(await listTemplates(context)).toEqual([]);
    });

    it("keeps names unique per owner, ignoring case, on add and on update", async () => {
      const { context } = current.clock;
      await addTemplate(context, email);
      await expect(addTemplate(context, { ...email, name: "SHORT E-MAIL" })).rejects.toMatchObject({
        code: "conflict",
        fields: { name: expect.stringContaining('already have a template named "SHORT E-MAIL"') },
      });
      const other = await addTemplate(context, { ...email, name: "Other" });
      await expect(
        updateTemplate(context, other.id, { ...email, name: "short e-mail" }),
      ).rejects.toMatchObject({ code: "conflict" });
      // Another owner may use the same name.
      const { context: someoneElse } = current.clock;
      const elsewhere = { ...someoneElse, ownerId: `${context.ownerId}-other` };
      expect((await addTemplate(elsewhere, email)).name).toBe("Short e-mail");
    });

    it("updates a template, keeping its own name allowed", async () => {
      const { context, advance } = current.clock;
      const added = await addTemplate(context, email);
      advance(60_000);
      const updated = await updateTemplate(context, added.id, {
        ...email,
        name: "Short E-mail",
        subject: "",
        body: "Hi {{first_name}}",
      });
      expect(updated).toMatchObject({
        name: "Short E-mail",
        subject: null,
        body: "Hi {{first_name}}",
      });
      expect(updated.updatedAt > updated.createdAt).toBe(true);
      await expect(updateTemplate(context, "missing", email)).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("deletes softly and restores for undo, unless the name was taken meanwhile", async () => {
      const { context } = current.clock;
      const added = await addTemplate(context, email);
      expect((await deleteTemplate(context, added.id)).name).toBe("Short e-mail");
      expect(await listTemplates(context)).toEqual([]);
      await expect(deleteTemplate(context, added.id)).rejects.toMatchObject({ code: "not_found" });

      expect(await restoreTemplate(context, added.id)).toMatchObject({ id: added.id, ...email });
      expect((await listTemplates(context)).map((template) => template.id)).toEqual([added.id]);

      await deleteTemplate(context, added.id);
      await addTemplate(context, email);
      await expect(restoreTemplate(context, added.id)).rejects.toMatchObject({ code: "conflict" });
    });

    it("never shows another owner's templates", async () => {
      const { context } = current.clock;
      const added = await addTemplate(context, email);
      const stranger = { ...context, ownerId: `${context.ownerId}-stranger` };
      expect(await listTemplates(stranger)).toEqual([]);
      await expect(deleteTemplate(stranger, added.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(updateTemplate(stranger, added.id, email)).rejects.toMatchObject({
        code: "not_found",
      });
    });
  });
});
