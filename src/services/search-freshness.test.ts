import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { searchDocumentVersion } from "../domain/search.js";
import type { Store } from "../store/store.js";
import { logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { createPerson, updatePerson } from "./people.service.js";
import { searchEverything } from "./search.service.js";
import { ensureSearchIndex, markSearchIndexStale } from "./search-freshness.js";

async function titles(context: ServiceContext, query: string) {
  return (await searchEverything(context, query, 50)).map((hit) => `${hit.type}: ${hit.title}`);
}

/** What the index holds for a term, read straight from the store (nothing rebuilds it). */
async function indexed(store: Store, ownerId: string, term: string) {
  return (await store.search.search(ownerId, [term], 50)).map((hit) => `${hit.type}:${hit.id}`);
}

/**
 * The same context, counting whole rebuilds of the index: a rebuild empties the owner's
 * index first, which nothing else in a search does. The database is the real one.
 */
function countingRebuilds(context: ServiceContext) {
  const counter = { rebuilds: 0 };
  const store: Store = {
    ...context.store,
    transaction: (work) =>
      context.store.transaction((repositories) =>
        work({
          ...repositories,
          search: {
            ...repositories.search,
            async removeAll(ownerId) {
              counter.rebuilds += 1;
              await repositories.search.removeAll(ownerId);
            },
          },
        }),
      ),
  };
  return { context: { ...context, store }, counter };
}

describe.each(storeTargets)("the search index's freshness on $name", (target) => {
  describe.skipIf(!target.available)("a search", () => {
    const current = freshOwnerEachTest(target);

    it("rebuilds an index built with an older document shape, and then finds the missing rows", async () => {
      const { context } = current.clock;
      const { store, ownerId } = context;
      const person = await createPerson(context, { name: "Ana Stale", notes: "glassblowing" });
      await logActivity(context, person.id, {
        kind: "note",
        occurredAt: "2026-11-20T10:00:00Z",
        detail: "glassblowing studio visit",
      });
      expect(await titles(context, "glass")).toEqual([
        "person: Ana Stale",
        "activity: Ana Stale · Note",
      ]);
      // As an index built by an older version might be: an older number, rows missing.
      await store.transaction(async (repositories) => {
        await repositories.search.removePersonRecords(ownerId, person.id);
        await repositories.search.remove(ownerId, "person", person.id);
        await repositories.search.setBuilt(
          ownerId,
          searchDocumentVersion - 1,
          "2026-11-01T00:00:00Z",
        );
      });
      expect(await indexed(store, ownerId, "glass")).toEqual([]);

      const { context: counted, counter } = countingRebuilds(context);
      expect(await titles(counted, "glass")).toEqual([
        "person: Ana Stale",
        "activity: Ana Stale · Note",
      ]);
      expect(counter.rebuilds).toBe(1);
      expect(await store.search.builtVersion(ownerId)).toBe(searchDocumentVersion);
    });

    it("leaves a fresh index alone: a row left out of it stays out until it is marked stale", async () => {
      const { context } = current.clock;
      const { store, ownerId } = context;
      const person = await createPerson(context, { name: "Ben Fresh", notes: "woodturning" });
      expect(await titles(context, "wood")).toEqual(["person: Ben Fresh"]);
      expect(await store.search.builtVersion(ownerId)).toBe(searchDocumentVersion);
      await store.transaction((repositories) =>
        repositories.search.remove(ownerId, "person", person.id),
      );

      const { context: counted, counter } = countingRebuilds(context);
      expect(await titles(counted, "wood")).toEqual([]);
      expect(counter.rebuilds).toBe(0);

      // The entry point bulk changes call: the next search rebuilds, once.
      await store.transaction((repositories) => markSearchIndexStale(repositories, ownerId));
      expect(await store.search.builtVersion(ownerId)).toBeNull();
      expect(await titles(counted, "wood")).toEqual(["person: Ben Fresh"]);
      expect(await titles(counted, "wood")).toEqual(["person: Ben Fresh"]);
      expect(counter.rebuilds).toBe(1);
    });

    it("rebuilds once when several searches find it stale at the same moment", async () => {
      const { context } = current.clock;
      const { store, ownerId } = context;
      for (const name of ["Cleo Kiln", "Cato Kiln", "Cyra Kiln"]) {
        const person = await createPerson(context, { name, notes: "pottery kiln" });
        await logActivity(context, person.id, {
          kind: "note",
          occurredAt: "2026-11-20T10:00:00Z",
          detail: "kiln firing",
        });
      }
      await store.transaction(async (repositories) => {
        await repositories.search.removeAll(ownerId);
        await markSearchIndexStale(repositories, ownerId);
      });
      const { context: counted, counter } = countingRebuilds(context);
      const results = await Promise.all(
        Array.from({ length: 6 }, () => searchEverything(counted, "kiln", 50)),
      );
      expect(counter.rebuilds).toBe(1);
      const expected = results[0]?.map((hit) => `${hit.type}: ${hit.title}`);
      expect(expected).toHaveLength(6);
      for (const result of results)
        expect(result.map((hit) => `${hit.type}: ${hit.title}`)).toEqual(expected);
      // Every document once: a second rebuild would have inserted them again or failed.
      expect((await indexed(store, ownerId, "kiln")).sort()).toEqual(
        (results[0] ?? []).map((hit) => `${hit.type}:${hit.id}`).sort(),
      );
    });

    it("never loses or duplicates a row written while the index is being rebuilt", async () => {
      const { context } = current.clock;
      const { store, ownerId } = context;
      const people = [];
      for (let index = 0; index < 4; index += 1)
        people.push(await createPerson(context, { name: `Dora Lathe ${index}`, notes: "start" }));
      for (let round = 0; round < 8; round += 1) {
        await store.transaction((repositories) => markSearchIndexStale(repositories, ownerId));
        await Promise.all([
          ensureSearchIndex(context),
          ...people.map((person, index) =>
            updatePerson(context, person.id, {
              name: person.name,
              notes: `round${round}x${index}`,
            }),
          ),
          createPerson(context, { name: `Edda Lathe ${round}`, notes: `made${round}` }),
          searchEverything(context, "lathe"),
        ]);
      }
      expect((await indexed(store, ownerId, "lathe")).length).toBe(4 + 8);
      for (const [index, person] of people.entries()) {
        expect(await indexed(store, ownerId, `round7x${index}`)).toEqual([`person:${person.id}`]);
        expect(await indexed(store, ownerId, `round6x${index}`)).toEqual([]);
      }
      for (let round = 0; round < 8; round += 1)
        expect(await indexed(store, ownerId, `made${round}`)).toHaveLength(1);
      expect(await indexed(store, ownerId, "start")).toEqual([]);
    });
  });
});
