import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { everythingShown, fillRealisticStore } from "../../test/backup-fixtures.js";
import { testContext } from "../../test/builders.js";
import { seededRandom } from "../../test/generate.js";
import { storeTargets } from "../../test/stores.js";
import { backupProblemText } from "../domain/backup-check.js";
import type { Store } from "../store/store.js";
import { createBackup, RestoreRejected, restoreBackup } from "./backup.service.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Document = { [key: string]: Json };
type Random = ReturnType<typeof seededRandom>;

const mutationsPerEngine = 100;

function deeplyNested(levels: number): Json {
  let value: Json = "bottom";
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
}

const hostileValues: Json[] = [
  "not a date",
  "2026-99-99",
  "2026-02-30",
  "yesterday",
  "9999-12-31T23:59:59-12:00",
  1e15,
  -1,
  0,
  2.5,
  1e308,
  null,
  "",
  "   ",
  true,
  {},
  [],
  ["Baltimore"],
  "javascript:alert(1)",
  "{",
  '{"timeZone":"Mars/Olympus"}',
  '{"emailWords":1e15}',
  "[1,2,3]",
  "İstanbul",
  "\u0000",
  "<script>alert(1)</script>",
  "nobody",
  "x".repeat(30_000),
  deeplyNested(20),
  deeplyNested(10_000),
];

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A random row of a random non-empty table, with its table's list. */
function someRow(document: Document, random: Random) {
  const tables = document.tables;
  if (!isObject(tables)) return null;
  const lists = Object.values(tables).filter(
    (rows): rows is Json[] => Array.isArray(rows) && rows.length > 0,
  );
  if (lists.length === 0) return null;
  const rows = random.pick(lists);
  const index = Math.floor(random.next() * rows.length);
  const row = rows[index];
  return isObject(row) ? { rows, index, row } : null;
}

/** Every id in the file, so a mutation can point a reference at the wrong table. */
function allIds(document: Document): string[] {
  const tables = isObject(document.tables) ? Object.values(document.tables) : [];
  return tables.flatMap((rows) =>
    Array.isArray(rows)
      ? rows.flatMap((row) => (isObject(row) && typeof row.id === "string" ? [row.id] : []))
      : [],
  );
}

const freeText = ["notes", "detail", "note", "mission", "common_ground", "outcome", "question"];

function freeTextValue(document: Document, random: Random) {
  const found = someRow(document, random);
  const columns = Object.keys(found?.row ?? {}).filter((column) => freeText.includes(column));
  if (!found || columns.length === 0) return;
  const texts = hostileValues.filter((value) => typeof value === "string");
  found.row[random.pick(columns)] = random.pick(texts);
}

const mutations: Array<(document: Document, random: Random) => void> = [
  // Twice, so that about one round in five stays restorable and the path after it is tried.
  freeTextValue,
  freeTextValue,
  function wrongValue(document, random) {
    const found = someRow(document, random);
    if (!found) return;
    found.row[random.pick(Object.keys(found.row))] = random.pick(hostileValues);
  },
  function missingColumn(document, random) {
    const found = someRow(document, random);
    if (found) delete found.row[random.pick(Object.keys(found.row))];
  },
  function extraColumn(document, random) {
    const found = someRow(document, random);
    if (found) found.row.surprise = random.pick(hostileValues);
  },
  function duplicateRow(document, random) {
    const found = someRow(document, random);
    if (found) found.rows.push(structuredClone(found.row));
  },
  function removedRow(document, random) {
    const found = someRow(document, random);
    if (found) found.rows.splice(found.index, 1);
  },
  function wrongReference(document, random) {
    const found = someRow(document, random);
    const columns = Object.keys(found?.row ?? {}).filter((column) => column.endsWith("_id"));
    if (found && columns.length > 0)
      found.row[random.pick(columns)] = random.pick(allIds(document));
  },
  function notARow(document, random) {
    const found = someRow(document, random);
    if (found) found.rows[found.index] = random.pick(hostileValues);
  },
  function brokenEnvelope(document, random) {
    const key = random.pick(["format", "version", "tables", "exportedAt"]);
    document[key] = random.pick(hostileValues);
  },
  function brokenTable(document, random) {
    if (!isObject(document.tables)) return;
    const table = random.pick(Object.keys(document.tables));
    document.tables[table] = random.pick(hostileValues);
  },
];

// Internal words that must never reach the user: a refusal says what to fix instead.
const rawMessage =
  /is not a function|call stack|UNIQUE constraint|duplicate key|violates|SQLITE|undefined|Invalid input|expected (string|number|object)|NaN|\[object Object\]|Invalid time value/i;

describe.each(storeTargets)("restore of mutated backups on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let realistic: Document;

    beforeAll(async () => {
      ({ store, cleanup } = await target.open());
      const { context } = testContext(store);
      context.ownerId = "origin";
      // Counted ids keep the backup's row order, and so each seeded mutation, the same every run.
      let next = 0;
      context.newId = () => `origin-${String(++next).padStart(6, "0")}`;
      await fillRealisticStore(context, 6);
      realistic = JSON.parse(JSON.stringify(await createBackup(context)));
    });
    afterAll(() => cleanup(), 30_000);

    it(`never crashes, never half-writes, and explains every refusal (${mutationsPerEngine} seeded mutations)`, async () => {
      const random = seededRandom(2026);
      const outcomes = { restored: 0, refused: 0 };
      for (let round = 0; round < mutationsPerEngine; round += 1) {
        const document = structuredClone(realistic);
        const applied = 1 + Math.floor(random.next() * 3);
        for (let step = 0; step < applied; step += 1) random.pick(mutations)(document, random);
        const { context } = testContext(store);
        context.ownerId = `fuzz-${round}`;
        const restored = await restoreBackup(context, document).then(
          () => null,
          (error: unknown) => error,
        );
        if (restored === null) {
          outcomes.restored += 1;
          // Whatever got in reads back without a crash.
          await everythingShown(context);
          continue;
        }
        outcomes.refused += 1;
        if (!(restored instanceof RestoreRejected)) throw restored;
        expect(restored.problems.length).toBeGreaterThan(0);
        if (process.env.SHOW_REFUSALS)
          console.log(restored.problems.map(backupProblemText).join("\n"));
        for (const text of [restored.message, ...restored.problems.map(backupProblemText)]) {
          expect(text).not.toMatch(rawMessage);
        }
        expect(await store.backup.countAll(context.ownerId)).toBe(0);
      }
      // Both paths were exercised (the seed and the fixture make the split the same every run).
      expect(outcomes).toEqual({ restored: 25, refused: 75 });
    }, 60_000);
  });
});
