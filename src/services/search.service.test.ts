import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator } from "kysely";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { testContext } from "../../test/builders.js";
import { storeTargets } from "../../test/stores.js";
import { personSearchDocument } from "../domain/search.js";
import { connect, parseStoreUrl } from "../store/connect.js";
import { migrations } from "../store/migrations/index.js";
import { searchIndex } from "../store/search/search-index.js";
import { openStore, type Store } from "../store/store.js";
import {
  deleteActivity,
  logActivity,
  restoreActivity,
  updateActivity,
} from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import { deleteNetworkAsk, recordNetworkAsk } from "./network-asks.service.js";
import {
  deleteOrganization,
  restoreOrganization,
  updateOrganization,
} from "./organizations.service.js";
import {
  createPerson,
  deletePerson,
  getPerson,
  restorePerson,
  updatePerson,
} from "./people.service.js";
import { searchEverything } from "./search.service.js";
import { rebuildSearchIndex } from "./search-indexing.js";
import { addTrip, deleteTrip, restoreTrip, updateTrip } from "./trips.service.js";

/** What a result list says, compactly: kind and title, best first. */
async function found(context: ServiceContext, query: string, limit?: number) {
  const results = await searchEverything(context, query, limit);
  return results.map((result) => `${result.type}: ${result.title}`);
}

const awkwardQueries = [
  '"',
  '"unbalanced',
  "AND",
  "OR NOT",
  "NEAR(a b)",
  "-",
  "--maya",
  "*",
  "maya*",
  "title:maya",
  "{title}: maya",
  "(maya",
  "a & b | !c",
  "'; drop table people; --",
  "🎉",
  "☕ coffee",
  "\\",
  "%_",
  "\u0000",
  "x".repeat(5000),
];

describe.each(storeTargets)("search on $name", (target) => {
  describe.skipIf(!target.available)("through the store", () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let owner = 0;
    let context: ServiceContext;

    beforeEach(async () => {
      if (!store) ({ store, cleanup } = await target.open());
      context = testContext(store).context;
      context.ownerId = `owner-${++owner}`;
    });
    afterAll(async () => cleanup?.());

    it("ranks a match in one title above a match in another's body", async () => {
      await createPerson(context, { name: "Alex Kim", notes: "Met through Jordan at a party" });
      await createPerson(context, { name: "Jordan Rivers", title: "Architect" });
      expect(await found(context, "jordan")).toEqual(["person: Jordan Rivers", "person: Alex Kim"]);
    });

    it("matches the start of words, across fields, every term required", async () => {
      await createPerson(context, {
        name: "Maya Chen",
        title: "Speech-language pathologist",
        organizationName: "Bright Start Clinic",
        location: "Baltimore",
      });
      await createPerson(context, { name: "Sam Speech", location: "Denver" });
      expect(await found(context, "spee")).toEqual(["person: Sam Speech", "person: Maya Chen"]);
      expect(await found(context, "spee balt")).toEqual(["person: Maya Chen"]);
      expect(await found(context, "bright")).toEqual([
        "organization: Bright Start Clinic",
        "person: Maya Chen",
      ]);
      expect(await found(context, "peech")).toEqual([]);
      expect(await found(context, "speech-language")).toEqual(["person: Maya Chen"]);
    });

    it("folds accents and case both ways", async () => {
      await createPerson(context, { name: "José Álvarez", notes: "Café owner in Zürich" });
      await createPerson(context, { name: "Jose Alvarez", notes: "Cafe owner in Zurich" });
      const both = ["person: Jose Alvarez", "person: José Álvarez"];
      for (const query of ["jose", "JOSÉ", "álvarez zurich", "Cafe", "zür"]) {
        expect((await found(context, query)).sort()).toEqual(both);
      }
    });

    it("returns snippets highlighted from the original text and links to the page", async () => {
      const person = await createPerson(context, {
        name: "Priya Natarajan",
        notes: "Runs the pediatric speech clinic; said the hardest part is paperwork.",
      });
      const [result] = await searchEverything(context, "paper");
      expect(result).toEqual({
        type: "person",
        id: person.id,
        personId: person.id,
        title: "Priya Natarajan",
        snippet: [
          {
            text: "Runs the pediatric speech clinic; said the hardest part is ",
            highlighted: false,
          },
          { text: "paperwork", highlighted: true },
          { text: ".", highlighted: false },
        ],
        href: `/people/${person.id}`,
      });
    });

    it("finds log entries and asks by their text and by the person's name", async () => {
      const person = await createPerson(context, { name: "Dana Whitfield" });
      const entry = await logActivity(context, person.id, {
        kind: "note",
        occurredAt: "2026-11-20T10:00:00Z",
        detail: "Suggested I read about orthodontics residencies",
      });
      const ask = await recordNetworkAsk(context, person.id, {
        askedAt: "2026-11-21T10:00:00Z",
        question: "Do you know an orthodontist who trained abroad?",
      });
      expect(await searchEverything(context, "orthodont")).toMatchObject([
        { type: "network_ask", id: ask.id, title: "Dana Whitfield", href: `/people/${person.id}` },
        { type: "activity", id: entry.id, title: "Dana Whitfield · Note" },
      ]);
      expect(await found(context, "whitfield")).toEqual([
        "person: Dana Whitfield",
        "network_ask: Dana Whitfield",
        "activity: Dana Whitfield · Note",
      ]);
    });

    it("reflects updates, renames and organization changes", async () => {
      const person = await createPerson(context, {
        name: "Chris Old",
        organizationName: "Acme Law",
      });
      await logActivity(context, person.id, {
        kind: "call",
        outcome: "voicemail",
        occurredAt: "2026-11-20T10:00:00Z",
        detail: "Left a voicemail about mediation",
      });
      await updatePerson(context, person.id, { name: "Chris New", organizationName: "Acme Law" });
      expect(await found(context, "old")).toEqual([]);
      expect(await found(context, "mediation")).toEqual(["activity: Chris New · Call"]);

      const organization = (await searchEverything(context, "acme", 50)).find(
        (result) => result.type === "organization",
      );
      if (!organization) throw new Error("organization not indexed");
      await updateOrganization(context, organization.id, { name: "Zenith Partners" });
      expect(await found(context, "acme")).toEqual([]);
      expect(await found(context, "zenith")).toEqual([
        "organization: Zenith Partners",
        "person: Chris New",
      ]);
      await deleteOrganization(context, organization.id);
      expect(await found(context, "zenith")).toEqual([]);
      await restoreOrganization(context, organization.id);
      expect(await found(context, "zenith")).toEqual([
        "organization: Zenith Partners",
        "person: Chris New",
      ]);
    });

    it("never returns deleted things, and returns them again once restored", async () => {
      const person = await createPerson(context, { name: "Robin Vale", notes: "volunteer" });
      const entry = await logActivity(context, person.id, {
        kind: "note",
        occurredAt: "2026-11-20T10:00:00Z",
        detail: "volunteer fair",
      });
      const ask = await recordNetworkAsk(context, person.id, {
        askedAt: "2026-11-21T10:00:00Z",
        question: "Any volunteer coordinators?",
      });
      expect(await found(context, "volunteer")).toHaveLength(3);

      await deleteActivity(context, entry.id);
      await deleteNetworkAsk(context, ask.id);
      expect(await found(context, "volunteer")).toEqual(["person: Robin Vale"]);
      await restoreActivity(context, entry.id);
      await deletePerson(context, person.id);
      expect(await found(context, "volunteer")).toEqual([]);
      expect(await found(context, "robin")).toEqual([]);
      await restorePerson(context, person.id);
      expect(await found(context, "volunteer")).toEqual([
        "person: Robin Vale",
        "activity: Robin Vale · Note",
      ]);

      await updateActivity(context, entry.id, {
        kind: "note",
        occurredAt: "2026-11-20T10:00:00Z",
        detail: "career fair",
      });
      expect(await found(context, "volunteer")).toEqual(["person: Robin Vale"]);
    });

    it("keeps owners apart", async () => {
      await createPerson(context, { name: "Kelly Private" });
      const other = testContext(store).context;
      other.ownerId = `${context.ownerId}-other`;
      await createPerson(other, { name: "Kelly Elsewhere" });
      expect(await found(context, "kelly")).toEqual(["person: Kelly Private"]);
      expect(await found(other, "kelly")).toEqual(["person: Kelly Elsewhere"]);
    });

    it("accepts any raw input without error", async () => {
      await createPerson(context, { name: "Maya Quote", notes: 'She said "AND" and -NOT-' });
      for (const query of awkwardQueries) {
        await expect(searchEverything(context, query)).resolves.toBeInstanceOf(Array);
      }
      expect(await found(context, '"maya')).toEqual(["person: Maya Quote"]);
      expect(await found(context, "maya AND quote")).toEqual(["person: Maya Quote"]);
      expect(await found(context, "--maya")).toEqual(["person: Maya Quote"]);
      expect(await found(context, "   ")).toEqual([]);
      expect(await found(context, "🎉")).toEqual([]);
    });

    it("keeps to the limit, 20 unless asked", async () => {
      for (let index = 0; index < 25; index += 1) {
        await createPerson(context, { name: `Taylor ${String(index).padStart(2, "0")}` });
      }
      expect(await found(context, "taylor")).toHaveLength(20);
      expect(await found(context, "taylor", 3)).toHaveLength(3);
      expect(await found(context, "taylor", 500)).toHaveLength(25);
    });

    it("puts the person first when their name matches, above their asks and log entries", async () => {
      const maya = await createPerson(context, { name: "Maya Chen", title: "UX researcher" });
      await logActivity(context, maya.id, {
        kind: "call",
        outcome: "voicemail",
        occurredAt: "2026-11-20T10:00:00Z",
      });
      await recordNetworkAsk(context, maya.id, {
        askedAt: "2026-11-22T09:30:00Z", // after the person was last edited: the ask is newer
        question: "Do you know a speech therapist who works with children?",
      });
      expect(await found(context, "maya chen")).toEqual([
        "person: Maya Chen",
        "network_ask: Maya Chen",
        "activity: Maya Chen · Call",
      ]);
      expect((await found(context, "maya"))[0]).toBe("person: Maya Chen");
    });

    it("finds a phone number however it is written, with or without the country code", async () => {
      await createPerson(context, {
        name: "Maya Chen",
        phone: "(410) 555-0100",
        phoneExtension: "12",
      });
      await createPerson(context, { name: "Oliver Hart", phone: "+44 20 7946 0958" });
      await createPerson(context, { name: "Dana Reyes", phone: "410 555 0199" });
      for (const query of [
        "(410) 555-0100",
        "410-555-0100",
        "410.555.0100",
        "4105550100",
        "+1 410 555 0100",
        "+14105550100",
        "555-0100",
        "5550100",
      ]) {
        expect({ query, found: await found(context, query) }).toEqual({
          query,
          found: ["person: Maya Chen"],
        });
      }
      for (const query of [
        "020 7946 0958",
        "+44 20 7946 0958",
        "0044 20 7946 0958",
        "2079460958",
      ]) {
        expect({ query, found: await found(context, query) }).toEqual({
          query,
          found: ["person: Oliver Hart"],
        });
      }
      // Two numbers start 410 555; the order between equals is not the point here.
      expect((await found(context, "410 555")).sort()).toEqual([
        "person: Dana Reyes",
        "person: Maya Chen",
      ]);
      const [maya] = await searchEverything(context, "4105550100");
      expect(maya?.snippet.map((segment) => segment.text).join("")).toBe("(410) 555-0100 ext. 12");
    });

    it("finds trips by place, days and note, and follows their edits and deletes", async () => {
      const trip = await addTrip(context, {
        place: "Baltimore, MD",
        startsOn: "2026-10-10",
        endsOn: "2026-10-15",
        note: "Hopkins open house on Tuesday",
      });
      expect(await found(context, "open house")).toEqual(["trip: Baltimore, MD"]);
      expect(await found(context, "baltimore")).toEqual(["trip: Baltimore, MD"]);
      const [result] = await searchEverything(context, "october 2026");
      expect(result).toMatchObject({ type: "trip", id: trip.id, personId: null, href: "/trips" });
      expect(result?.snippet.map((segment) => segment.text).join("")).toBe(
        "10 October 2026 – 15 October 2026 · Hopkins open house on Tuesday",
      );
      await updateTrip(context, trip.id, {
        place: "Annapolis",
        startsOn: "2026-10-10",
        endsOn: "2026-10-10",
        note: "",
      });
      expect(await found(context, "hopkins")).toEqual([]);
      expect(await found(context, "annapolis")).toEqual(["trip: Annapolis"]);
      await deleteTrip(context, trip.id);
      expect(await found(context, "annapolis")).toEqual([]);
      await restoreTrip(context, trip.id);
      expect(await found(context, "annapolis")).toEqual(["trip: Annapolis"]);
    });

    it("rebuilds the whole index from the records", async () => {
      const person = await createPerson(context, { name: "Morgan Lee", notes: "beekeeping" });
      await logActivity(context, person.id, {
        kind: "note",
        occurredAt: "2026-11-20T10:00:00Z",
        detail: "beekeeping club",
      });
      const before = await found(context, "bee");
      await store.transaction(async (repositories) => {
        await repositories.search.removeAll(context.ownerId);
      });
      expect(await found(context, "bee")).toEqual([]);
      await store.transaction((repositories) => rebuildSearchIndex(repositories, context.ownerId));
      expect(await found(context, "bee")).toEqual(before);
      expect(before).toHaveLength(2);
    });
  });
});

/** Creates the same small world in a store, with the same ids and times. */
async function seedWorld(store: Store) {
  let sequence = 0;
  const clock = testContext(store);
  const context = clock.context;
  context.newId = () => `id-${String(++sequence).padStart(4, "0")}`;
  const words = [
    "speech therapy children clinic",
    "architecture firm downtown",
    "public health research grant",
    "speech pathology graduate program",
    "children's hospital volunteer",
    "mediation law practice",
    "research lab internship",
    "café in Zürich, José's favourite",
  ];
  for (let index = 0; index < 24; index += 1) {
    const person = await createPerson(context, {
      name: `${["Maya", "José", "Sam", "Priya", "Dana", "Chris"][index % 6]} ${["Chen", "Álvarez", "Speech", "Reyes"][index % 4]} ${index}`,
      organizationName: ["Bright Start Clinic", "Research Partners", "Acme Law"][index % 3],
      notes: words[index % words.length],
      phone:
        ["(410) 555-01", "+44 20 7946 09", "030 1234 56"][index % 3] +
        String(index).padStart(2, "0"),
    });
    if (index % 4 === 0) {
      await recordNetworkAsk(context, person.id, {
        askedAt: new Date(Date.UTC(2026, 10, 5, index)).toISOString(),
        question: `Who knows ${words[index % words.length]}?`,
      });
      await addTrip(context, {
        place: ["Baltimore", "Zürich", "Berlin"][index % 3] ?? "",
        startsOn: "2026-10-10",
        endsOn: `2026-10-${String(11 + index).padStart(2, "0")}`,
        note: words[(index + 3) % words.length],
      });
    }
    for (let entry = 0; entry < 3; entry += 1) {
      clock.advance(60_000);
      await logActivity(context, person.id, {
        kind: entry === 0 ? "email_sent" : "note",
        occurredAt: new Date(Date.UTC(2026, 10, 1 + entry, index)).toISOString(),
        detail: `${words[(index + entry + 1) % words.length]} follow-up ${entry}`,
      });
    }
  }
  return context;
}

describe.skipIf(!storeTargets.every((target) => target.available))(
  "search returns the same results on SQLite and PostgreSQL",
  () => {
    it("for the same data and queries", async () => {
      const opened = await Promise.all(storeTargets.map((target) => target.open()));
      try {
        const contexts = [];
        for (const { store } of opened) contexts.push(await seedWorld(store));
        const queries = [
          "speech",
          "children",
          "spee chil",
          "research",
          "jose",
          "zürich café",
          "maya",
          "chen",
          "clinic",
          "follow",
          "follow-up 2",
          "acme law",
          "note",
          "email",
          "r",
          "1",
          '"speech therapy"',
          "NOT children",
          "410 555 0112",
          "+1 410 555 01",
          "+44 20 7946 0901",
          "0301234",
          "zürich",
          "october",
          "baltimore research",
        ];
        for (const query of queries) {
          const [sqlite, postgres] = await Promise.all(
            contexts.map((context) => searchEverything(context, query, 50)),
          );
          expect({ query, results: postgres }).toEqual({ query, results: sqlite });
        }
      } finally {
        for (const { cleanup } of opened) await cleanup();
      }
    });
  },
);

/** A database that already has records when the search migration first runs. */
async function emptyDatabase(dialect: "sqlite" | "postgres") {
  if (dialect === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "rapport-search-"));
    return {
      url: join(folder, "rapport.db"),
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? "";
  const name = `rapport_search_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`).finally(() => admin.end());
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper
        .query(`drop database if exists ${name} with (force)`)
        .finally(() => dropper.end());
    },
  };
}

describe.each(storeTargets)("the search migration on $name", (target) => {
  it.skipIf(!target.available)("indexes the records that already exist", async () => {
    const database = await emptyDatabase(target.name);
    try {
      let store = await openStore(database.url);
      const context = testContext(store).context;
      const person = await createPerson(context, {
        name: "Ada Early",
        organizationName: "Loom Co",
      });
      await logActivity(context, person.id, {
        kind: "note",
        occurredAt: "2026-11-20T10:00:00Z",
        detail: "punched cards",
      });
      const gone = await createPerson(context, { name: "Ada Gone" });
      await deletePerson(context, gone.id);
      await store.close();

      // Back to the schema before search, then forward again: the migration backfills.
      const db = connect(parseStoreUrl(database.url));
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        migrationTableName: "rapport_migrations",
        migrationLockTableName: "rapport_migrations_lock",
      });
      const down = await migrator.migrateTo("2026-11-22T0100-log-network-profile");
      expect(down.error).toBeUndefined();
      await db.destroy();

      store = await openStore(database.url);
      context.store = store;
      expect(await found(context, "ada")).toEqual([
        "person: Ada Early",
        "activity: Ada Early · Note",
      ]);
      expect(await found(context, "loom")).toEqual(["organization: Loom Co", "person: Ada Early"]);
      expect(await found(context, "punch")).toEqual(["activity: Ada Early · Note"]);
      await store.close();
    } finally {
      await database.drop();
    }
  });
});

describe.each(storeTargets)("the trips and phones search migration on $name", (target) => {
  it.skipIf(!target.available)(
    "indexes the trips and phone numbers that already exist",
    async () => {
      const database = await emptyDatabase(target.name);
      try {
        let store = await openStore(database.url);
        const context = testContext(store).context;
        const cal = await createPerson(context, { name: "Cal Early", phone: "+1 (410) 555-0100" });
        await addTrip(context, {
          place: "Baltimore",
          startsOn: "2026-10-10",
          endsOn: "2026-10-12",
          note: "Loom museum",
        });
        // As the index was before: no trips, and people without their phone's words.
        const { phone: _phone, ...withoutPhone } = await getPerson(context, cal.id);
        await store.transaction((repositories) =>
          repositories.search.upsert(context.ownerId, [personSearchDocument(withoutPhone)]),
        );
        await store.close();
        const db = connect(parseStoreUrl(database.url));
        const migrator = new Migrator({
          db,
          provider: { getMigrations: async () => migrations },
          migrationTableName: "rapport_migrations",
          migrationLockTableName: "rapport_migrations_lock",
        });
        expect(
          (await migrator.migrateTo("2026-11-23T0600-due-actions-cache")).error,
        ).toBeUndefined();
        // Before the migration: neither the trip nor the number is found.
        const before = searchIndex(db, target.name);
        expect(await before.search(context.ownerId, ["museum"], 10)).toEqual([]);
        expect(await before.search(context.ownerId, ["4105550100"], 10)).toEqual([]);
        await db.destroy();

        // Opening the store applies it.
        store = await openStore(database.url);
        context.store = store;
        expect(await found(context, "museum")).toEqual(["trip: Baltimore"]);
        expect(await found(context, "410-555-0100")).toEqual(["person: Cal Early"]);
        await store.close();
      } finally {
        await database.drop();
      }
    },
  );
});
