import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTargets } from "../../../test/stores.js";
import { type SearchDocument, searchWords } from "../../domain/search.js";
import type { Store } from "../store.js";

// Letters, digits, marks and symbols from many scripts, including ones SQLite's unicode61
// tables and PostgreSQL's parser each read their own way.
const alphabet = [
  ..."abcxyz019 -'\"*:()&|!<>_.,/@#%",
  ..."éÅçøßæœłđıİ",
  ..."ΑβγЖжщ東京語한국ไทยעבעربيहिन्दीதமிழ்",
  ..."ᦸᦿᒔⰳᤐꞈꭰ𞤀𐐀𝐀",
  ..."²½①ⅻﬁ",
  ..."🎉☕\u0301\u200d",
];

function randomDocuments(count: number): SearchDocument[] {
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, (_, index) => {
    let title = "";
    let body = "";
    for (let character = 0; character < 10; character += 1) {
      title += alphabet[Math.floor(random() * alphabet.length)];
      body += alphabet[Math.floor(random() * alphabet.length)];
    }
    return {
      type: "person",
      id: `p${String(index).padStart(3, "0")}`,
      personId: `p${index}`,
      title,
      body,
      recency: "2026-11-22T09:00:00.000Z",
    };
  });
}

describe.each(storeTargets)("the search index on $name", (target) => {
  describe.skipIf(!target.available)("matching", () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const documents = randomDocuments(200);

    beforeAll(async () => {
      ({ store, cleanup } = await target.open());
      await store.transaction((repositories) => repositories.search.upsert("fuzz", documents));
    });
    afterAll(async () => cleanup?.());

    it("finds exactly the documents with a word starting with the term, in any script", async () => {
      const terms = new Set(
        documents.flatMap((document) =>
          [...searchWords(document.title), ...searchWords(document.body)].flatMap((word) => [
            word,
            [...word].slice(0, 1).join(""),
          ]),
        ),
      );
      for (const term of terms) {
        const expected = documents
          .filter((document) =>
            [...searchWords(document.title), ...searchWords(document.body)].some((word) =>
              word.startsWith(term),
            ),
          )
          .map((document) => document.id)
          .sort();
        const found = (await store.search.search("fuzz", [term], 50)).map((hit) => hit.id).sort();
        if (expected.length <= 50) expect({ term, found }).toEqual({ term, found: expected });
        else expect(found.filter((id) => !expected.includes(id))).toEqual([]);
      }
    });
  });
});
