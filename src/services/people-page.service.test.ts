import { describe, expect, it } from "vitest";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import { encodePeopleCursor, type PersonListRow } from "../domain/people-page.js";
import { type PeopleQuery, type PeopleSortKey, peopleSortKeys } from "../domain/person.js";
import { stages } from "../domain/stage.js";
import { logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import {
  createPerson,
  listPeople,
  listPeopleNames,
  listPeoplePage,
  updatePerson,
} from "./people.service.js";
import { addTarget } from "./profile.service.js";
import { ServiceError } from "./service-error.js";

// Same names in other cases, accents, spaces and hyphens, empty organizations and places:
// the ties and nulls every sort must page through alike on both engines.
const drafts = [
  { name: "Ada Lovelace", organizationName: "Analytical Engines", location: "London" },
  { name: "ada lovelace", organizationName: "analytical engines", location: "london" },
  { name: "Ada Lovelace", location: "London", source: "friend" },
  { name: "Émile Zola", organizationName: "Éditions", source: "former_employer" },
  { name: "émile zola", location: "Paris", source: "family" },
  { name: "Zoë Baker", organizationName: "Zeta", location: "Zürich", source: "friend" },
  { name: "Mary Ann", organizationName: "Zeta", source: "colleague" },
  { name: "Maryann", location: "Boston", source: "cold" },
  { name: "mary-ann", organizationName: "Analytical Engines", source: "alumni" },
  { name: "Bob", location: "Boston" },
  { name: "bob" },
  { name: "Bob", organizationName: "Zeta", location: "boston", source: "friend" },
  { name: "_under", location: "Paris" },
  { name: "Ünal", organizationName: "Éditions", location: "Paris" },
] as const;

/** Lower case in ASCII only, as both engines fold for the list's order. */
function asciiFolded(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Byte order of the UTF-8 text, as SQLite's binary and PostgreSQL's "C" collation compare. */
function bytewise(left: string, right: string): number {
  return Buffer.compare(Buffer.from(left), Buffer.from(right));
}

function sortValue(person: PersonListRow, sort: PeopleSortKey): string | number | null {
  switch (sort) {
    case "name":
      return asciiFolded(person.name);
    case "organization":
      return person.organizationName === null ? null : asciiFolded(person.organizationName);
    case "location":
      return person.location === null ? null : asciiFolded(person.location);
    case "source":
      return person.source;
    case "updated":
      return person.updatedAt;
    case "stage":
      return stages.indexOf(person.stage);
    case "last_touch":
      return person.lastTouchAt;
  }
}

/** The order the list promises, worked out here independently of SQL. */
function expectedOrder(people: PersonListRow[], sort: PeopleSortKey, direction: "asc" | "desc") {
  const compareValues = (left: string | number, right: string | number) =>
    typeof left === "number" && typeof right === "number"
      ? left - right
      : bytewise(String(left), String(right));
  return [...people]
    .sort((left, right) => {
      const a = sortValue(left, sort);
      const b = sortValue(right, sort);
      if (a === null || b === null) {
        if (a !== b) return a === null ? 1 : -1;
      } else {
        const byValue = compareValues(a, b);
        if (byValue !== 0) return direction === "asc" ? byValue : -byValue;
      }
      return (
        bytewise(asciiFolded(left.name), asciiFolded(right.name)) || bytewise(left.id, right.id)
      );
    })
    .map((person) => person.id);
}

/** Every page in turn, `limit` at a time; the totals each page reported. */
async function readAllPages(context: ServiceContext, query: PeopleQuery, limit: number) {
  const ids: string[] = [];
  const totals: number[] = [];
  const rows: PersonListRow[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await listPeoplePage(context, { ...query, limit, cursor });
    expect(page.people.length).toBeLessThanOrEqual(limit);
    rows.push(...page.people);
    ids.push(...page.people.map((person) => person.id));
    totals.push(page.total);
    if (page.nextCursor === null) return { ids, totals, rows };
    cursor = page.nextCursor;
  }
  throw new Error("The pages never ended");
}

async function seed(context: ServiceContext, advance: (milliseconds: number) => void) {
  const created = [];
  for (const [index, draft] of drafts.entries()) {
    created.push(await createPerson(context, draft));
    // Pairs share an updated time, so that sort has ties too.
    if (index % 2 === 1) advance(60_000);
  }
  // Some people move along: stages and last touches differ, some equal, most empty.
  const touched = [created[0], created[3], created[5], created[9], created[12]];
  for (const [index, person] of touched.entries()) {
    if (!person) continue;
    await logActivity(context, person.id, {
      kind: index % 2 === 0 ? "email_sent" : "reply_received",
      occurredAt: index < 2 ? "2026-11-01T10:00:00Z" : `2026-11-0${index + 2}T10:00:00Z`,
    });
  }
  return created;
}

describe.each(storeTargets)("the people list's pages on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    const current = freshOwnerEachTest(target);

    it("gives everyone exactly once, in the promised order, for every sort and direction", async () => {
      const { context, advance } = current.clock;
      await seed(context, advance);
      const everyone = (await readAllPages(context, {}, 200)).rows;
      expect(everyone).toHaveLength(drafts.length);
      for (const sort of peopleSortKeys) {
        for (const direction of ["asc", "desc"] as const) {
          for (const limit of [1, 3, 5]) {
            const read = await readAllPages(context, { sort, direction }, limit);
            expect({ sort, direction, limit, ids: read.ids }).toEqual({
              sort,
              direction,
              limit,
              ids: expectedOrder(everyone, sort, direction),
            });
            expect(new Set(read.ids).size).toBe(drafts.length);
            expect(new Set(read.totals)).toEqual(new Set([drafts.length]));
          }
        }
      }
    });

    it("sends the rows the list shows, first page 50 by default", async () => {
      const { context, advance } = current.clock;
      const created = await seed(context, advance);
      const page = await listPeoplePage(context, {});
      expect(page.total).toBe(drafts.length);
      expect(page.nextCursor).toBeNull();
      const zoe = created[5];
      expect(page.people.find((person) => person.id === zoe?.id)).toEqual({
        id: zoe?.id,
        name: "Zoë Baker",
        title: null,
        organizationId: zoe?.organizationId,
        organizationName: "Zeta",
        location: "Zürich",
        source: "friend",
        stage: "contacted",
        lastTouchAt: "2026-11-04T10:00:00.000Z",
        updatedAt: zoe?.updatedAt,
      });
      for (let index = 0; index < 60; index += 1)
        await createPerson(context, { name: `P${index}` });
      const first = await listPeoplePage(context, {});
      expect(first.people).toHaveLength(50);
      expect(first.total).toBe(drafts.length + 60);
      expect(first.nextCursor).toEqual(expect.any(String));
    });

    it("pages under each filter, counting only who matches", async () => {
      const { context, advance } = current.clock;
      const created = await seed(context, advance);
      const museums = await addTarget(context, { kind: "organization_kind", label: "Museums" });
      for (const person of [created[1], created[6], created[10]]) {
        if (!person) continue;
        await updatePerson(context, person.id, {
          name: person.name,
          organizationName: person.organizationName ?? "",
          location: person.location ?? "",
          source: person.source ?? "",
          targetIds: [museums.id],
        });
      }
      const zeta = created[5]?.organizationId ?? "";
      const filters: PeopleQuery[] = [
        { text: "ann" },
        { text: "ada london" },
        { stage: "contacted" },
        { stage: "scheduled", sort: "last_touch" },
        { source: "friend", sort: "location", direction: "desc" },
        { location: "BOSTON", sort: "updated" },
        { organizationId: zeta, sort: "organization" },
        { targetIds: [museums.id], sort: "stage" },
        { text: "engines", sort: "source" },
        { text: "nobody at all" },
      ];
      for (const filter of filters) {
        const whole = await listPeople(context, filter);
        const read = await readAllPages(context, filter, 2);
        expect({ filter, ids: [...read.ids].sort() }).toEqual({
          filter,
          ids: whole.map((person) => person.id).sort(),
        });
        expect(new Set(read.ids).size).toBe(read.ids.length);
        expect(read.totals.every((total) => total === whole.length)).toBe(true);
      }
      expect((await listPeoplePage(context, { text: "ann" })).total).toBe(3);
      expect((await listPeoplePage(context, { location: "boston" })).total).toBe(3);
      expect((await listPeoplePage(context, { targetIds: [museums.id] })).total).toBe(3);
      expect((await listPeoplePage(context, { text: "nobody at all" })).people).toEqual([]);
    });

    it("keeps its place when someone is added before the cursor", async () => {
      const { context, advance } = current.clock;
      await seed(context, advance);
      const first = await listPeoplePage(context, { limit: 5 });
      const aaron = await createPerson(context, { name: "Aaron Aardvark" });
      const rest = await readAllPages(context, {}, 5);
      const second = await listPeoplePage(context, { limit: 100, cursor: first.nextCursor ?? "" });
      expect(second.total).toBe(drafts.length + 1);
      expect([...first.people, ...second.people].map((person) => person.id)).toEqual(
        rest.ids.filter((id) => id !== aaron.id),
      );
    });

    it("refuses a cursor it did not give, or one for another order, with a sentence", async () => {
      const { context, advance } = current.clock;
      await seed(context, advance);
      const first = await listPeoplePage(context, { limit: 2 });
      const refusal = (query: unknown) =>
        listPeoplePage(context, query).then(
          () => "answered",
          (error: unknown) =>
            error instanceof ServiceError ? { code: error.code, fields: error.fields } : error,
        );
      const notOurs = {
        code: "validation_failed",
        fields: { cursor: "This cursor is not one the people list gave" },
      };
      expect(await refusal({ cursor: "not a cursor!" })).toEqual(notOurs);
      expect(await refusal({ cursor: "bm90IGpzb24" })).toEqual(notOurs);
      expect(
        await refusal({
          sort: "stage",
          cursor: encodePeopleCursor({
            sort: "stage",
            direction: "asc",
            value: "met",
            name: "x",
            id: "y",
          }),
        }),
      ).toEqual(notOurs);
      expect(await refusal({ sort: "updated", cursor: first.nextCursor })).toEqual({
        code: "validation_failed",
        fields: {
          cursor: "This cursor belongs to another sort order; start again from the first page",
        },
      });
      expect(await refusal({ limit: 0 })).toEqual({
        code: "validation_failed",
        fields: { limit: "A page holds at least 1 person" },
      });
      expect(await refusal({ limit: "201" })).toEqual({
        code: "validation_failed",
        fields: { limit: "A page holds at most 200 people" },
      });
      expect(await refusal({ limit: "many" })).toEqual({
        code: "validation_failed",
        fields: { limit: "Give the page size as a whole number" },
      });
    });

    it("names everyone for pickers, in the list's name order", async () => {
      const { context, advance } = current.clock;
      await seed(context, advance);
      const names = await listPeopleNames(context);
      const byName = await readAllPages(context, {}, 200);
      expect(names.complete).toBe(true);
      expect(names.people.map((person) => person.id)).toEqual(byName.ids);
      expect(names.people[0]).toEqual({
        id: byName.rows[0]?.id,
        name: byName.rows[0]?.name,
        organizationName: byName.rows[0]?.organizationName,
      });
      expect((await listPeopleNames(context, { text: "zola" })).people).toHaveLength(2);
    });
  });
});
