import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { createPerson, getPerson, listPeople } from "./people.service.js";

describe.each(storeTargets)("context.transaction on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("hands the work a context whose store is the transaction's, and nests in the same one", async () => {
      const { context } = current.clock;
      const person = await context.transaction(async (tx) => {
        expect(tx.store).not.toBe(context.store);
        expect(tx.ownerId).toBe(context.ownerId);
        // A service called with the transaction's context reads and writes through it:
        // on SQLite (one connection) a read through the outer store here would wait forever.
        const created = await createPerson(tx, { name: "Ada Nested" });
        expect(await getPerson(tx, created.id)).toMatchObject({ name: "Ada Nested" });
        return created;
      });
      expect(await getPerson(context, person.id)).toMatchObject({ name: "Ada Nested" });
    });

    it("rolls every nested write back when the work throws", async () => {
      const { context } = current.clock;
      await expect(
        context.transaction(async (tx) => {
          await createPerson(tx, { name: "Gone Again" });
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      expect(await listPeople(context)).toEqual([]);
    });

    it("keeps a copy's owner: { ...context, ownerId } transacts as that owner", async () => {
      const { context } = current.clock;
      const other = { ...context, ownerId: `${context.ownerId}-other` };
      await other.transaction((tx) => {
        expect(tx.ownerId).toBe(other.ownerId);
        return createPerson(tx, { name: "Someone Else's" });
      });
      expect(await listPeople(context)).toEqual([]);
      expect(await listPeople(other)).toHaveLength(1);
    });
  });
});
