import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logActivity } from "../src/services/activities.service.js";
import { createServiceContext } from "../src/services/context.js";
import {
  markConversationHeld,
  scheduleConversation,
} from "../src/services/conversations.service.js";
import { createPerson, deletePerson } from "../src/services/people.service.js";
import { addTarget } from "../src/services/profile.service.js";
import { addTakeaway } from "../src/services/takeaways.service.js";
import { openStore } from "../src/store/store.js";
import { cliStoreTargets, rapport } from "./run-cli.js";

// The built CLI, as a user runs it (`npm test` builds first), on a data folder's SQLite file
// and on a PostgreSQL server named by DATABASE_URL.
const _root = new URL("..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "rapport-cli-insights-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const targets = cliStoreTargets(folder);

/**
 * A known log, through the services, on a clock the seeding moves: five live people and one
 * deleted, two conversations held, two introductions by Maya, three first answers.
 */
async function seedKnownLog(storeUrl: string): Promise<{ interestId: string }> {
  const store = await openStore(storeUrl);
  let now = new Date("2026-11-01T09:00:00.000Z");
  const context = createServiceContext(store, {
    now: () => now,
    dataFolder: join(folder, "private"),
  });
  const at = (instant: string) => {
    now = new Date(instant);
  };
  const log = (personId: string, kind: string, instant: string, extra = {}) => {
    at(instant);
    return logActivity(context, personId, { kind, ...extra });
  };
  const held = async (personId: string, booked: string, starts: string) => {
    at(booked);
    const conversation = await scheduleConversation(context, personId, {
      scheduledFor: starts,
      channel: "video",
      durationMinutes: 30,
    });
    at(new Date(Date.parse(starts) + 60 * 60_000).toISOString());
    await markConversationHeld(context, conversation.activityId);
    return conversation.activityId;
  };
  try {
    const health = await addTarget(context, { kind: "field", label: "Health data" });
    const maya = await createPerson(context, {
      name: "Maya Chen",
      source: "friend",
      location: "Baltimore, MD",
      targetIds: [health.id],
    });
    const lee = await createPerson(context, {
      name: "Lee Park",
      source: "alumni",
      referredById: maya.id,
      targetIds: [health.id],
    });
    const sam = await createPerson(context, { name: "Sam Okafor", source: "cold" });
    const ana = await createPerson(context, {
      name: "Ana Silva",
      source: "referral",
      referredById: maya.id,
    });
    await createPerson(context, { name: "Omar Haddad" });
    const gone = await createPerson(context, { name: "Deleted Person", source: "cold" });

    // Maya: an e-mail answered in 2 days, a conversation, a thank-you, an update (in touch).
    await log(maya.id, "email_sent", "2026-11-01T10:00:00.000Z");
    await log(maya.id, "reply_received", "2026-11-03T10:00:00.000Z");
    const withMaya = await held(maya.id, "2026-11-03T12:00:00.000Z", "2026-11-10T15:00:00.000Z");
    await log(maya.id, "thank_you_sent", "2026-11-10T20:00:00.000Z");
    await log(maya.id, "update_sent", "2026-11-20T10:00:00.000Z");
    // Lee: a letter, a call answered 4 days later, a conversation and a thank-you.
    await log(lee.id, "letter_sent", "2026-11-02T10:00:00.000Z");
    await log(lee.id, "call", "2026-11-06T10:00:00.000Z", { outcome: "answered" });
    const withLee = await held(lee.id, "2026-11-06T10:30:00.000Z", "2026-11-12T15:00:00.000Z");
    await log(lee.id, "thank_you_sent", "2026-11-12T18:00:00.000Z");
    // Sam declined after a day; Ana has not answered; Omar is only identified.
    await log(sam.id, "email_sent", "2026-11-04T10:00:00.000Z");
    await log(sam.id, "declined", "2026-11-05T10:00:00.000Z", { outcome: "no" });
    await log(ana.id, "email_sent", "2026-11-05T10:00:00.000Z");
    await log(gone.id, "email_sent", "2026-11-05T10:00:00.000Z");
    await deletePerson(context, gone.id);

    await addTakeaway(context, withMaya, { tag: "skill", text: "Learn SQL" });
    await addTakeaway(context, withLee, { tag: "skill", text: "SQL skills" });
    await addTakeaway(context, withLee, { tag: "advice", text: "Shadow a data team for a day" });
    return { interestId: health.id };
  } finally {
    await store.close();
  }
}

const zeroFunnel = {
  identified: 0,
  contacted: 0,
  replied: 0,
  scheduled: 0,
  met: 0,
  thanked: 0,
  keeping_in_touch: 0,
};

describe.each(targets.filter((target) => target.available))(
  "rapport insights on $name",
  (target) => {
    let seeded: { env: Record<string, string>; args: string[]; interestId: string };
    beforeAll(async () => {
      const store = await target.open(`seeded-${target.name}`);
      // The store's folder is made private by the CLI the first time; make it first here.
      await rapport(["insights", ...store.args], store.env);
      seeded = { ...store, ...(await seedKnownLog(store.url)) };
    }, 60_000);

    it("prints the funnel and the referrals as JSON", async () => {
      const run = await rapport(["insights", "--json", ...seeded.args], seeded.env);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.funnel).toEqual({
        identified: 5,
        contacted: 4,
        replied: 3,
        scheduled: 2,
        met: 2,
        thanked: 2,
        keeping_in_touch: 1,
      });
      expect(json.referrals).toBe(2);
      expect(json.referralsPerPersonMet).toBe(1);
      expect(json.rates).toEqual({
        identified: null,
        contacted: 0.8,
        replied: 0.75,
        scheduled: 2 / 3,
        met: 1,
        thanked: 1,
        keeping_in_touch: 0.5,
      });
      expect(json.daysToFirstAnswer).toEqual({
        count: 3,
        median: 2,
        lowerQuartile: 1.5,
        upperQuartile: 3,
        min: 1,
        max: 4,
      });
      expect(json.introducers).toEqual([
        { personId: expect.any(String), name: "Maya Chen", introduced: 2 },
      ]);
      expect(
        json.breakdowns.introduced.groups.map(
          (group: { value: string; people: number; funnel: { replied: number } }) => [
            group.value,
            group.people,
            group.funnel.replied,
          ],
        ),
      ).toEqual([
        ["cold", 3, 2],
        ["introduced", 2, 1],
      ]);
      expect(json.themes.top[0]).toEqual({ tag: "skill", label: "Learn SQL", people: 2 });
    });

    it("prints the same figures as aligned text in the explorer's words", async () => {
      const run = await rapport(["insights", ...seeded.args], seeded.env);
      expect(run.code).toBe(0);
      const lines = run.stdout.split("\n");
      expect(lines.slice(0, 12)).toEqual([
        "Effort and yield: everyone, all time",
        "5 people counted.",
        "",
        "How far people got",
        "  Identified         5",
        "  Contacted          4   80% of those identified",
        "  Replied            3   75% of those contacted",
        "  Scheduled          2   67% of those who replied",
        "  Met                2   100% of those scheduled",
        "  Thanked            2   100% of those met",
        "  Keeping in touch   1   50% of those thanked",
        "",
      ]);
      expect(lines).toContain("  Median 2 days · middle half 1.5–3 days · 3 people answered");
      expect(lines).toContain(
        "  2 people were introduced by someone in your log; 1 per person you met.",
      );
      expect(lines).toContain("  Most introductions: Maya Chen 2");
      expect(lines).toContain("  2 of 2   Skill    Learn SQL");
    });

    it("narrows to an interest, by its id or its name, and a period", async () => {
      const byId = await rapport(
        ["insights", "--json", "--interest", seeded.interestId, ...seeded.args],
        seeded.env,
      );
      const byName = await rapport(
        [
          "insights",
          "--interest",
          "health DATA",
          "--from",
          "2026-11-01",
          "--to",
          "2026-11-30",
          ...seeded.args,
        ],
        seeded.env,
      );
      expect(JSON.parse(byId.stdout).funnel).toEqual({
        identified: 2,
        contacted: 2,
        replied: 2,
        scheduled: 2,
        met: 2,
        thanked: 2,
        keeping_in_touch: 1,
      });
      expect(byName.stdout.split("\n")[0]).toBe(
        // Intl's range: the shared month and year once, thin spaces around the dash.
        "Effort and yield: Health data · 1\u2009–\u200930 Nov 2026",
      );
    });

    it("says an interest is unknown, and which there are", async () => {
      const run = await rapport(["insights", "--interest", "Law", ...seeded.args], seeded.env);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `rapport: There is no interest "Law". Your interests: Health data (${seeded.interestId}).\n`,
      );
      expect(run.stdout).toBe("");
    });

    it("prints zeros for an empty store, with a friendly line", async () => {
      const empty = await target.open(`empty-${target.name}`);
      const json = await rapport(["insights", "--json", ...empty.args], empty.env);
      expect(json.code).toBe(0);
      const parsed = JSON.parse(json.stdout);
      expect(parsed.funnel).toEqual(zeroFunnel);
      expect(parsed.referrals).toBe(0);
      const text = await rapport(["insights", ...empty.args], empty.env);
      expect(text.stdout.split("\n").slice(0, 12)).toEqual([
        "Effort and yield: everyone, all time",
        "Nothing to count yet: add the people you would like to talk to, and log your letters, calls and conversations as they happen.",
        "",
        "How far people got",
        "  Identified         0",
        "  Contacted          0",
        "  Replied            0",
        "  Scheduled          0",
        "  Met                0",
        "  Thanked            0",
        "  Keeping in touch   0",
        "",
      ]);
    });
  },
);

// A usage error (exit 2): the command line itself is wrong, so nothing was read.
describe("rapport insights refuses a bad filter in a sentence", () => {
  const data = ["--data", join(folder, "refused")];

  it("names a --from that is not a day", async () => {
    const run = await rapport(["insights", "--from", "2026-02-30", ...data], {});
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'rapport: --from "2026-02-30" is not a day. Give the day as YYYY-MM-DD, like 2026-11-01.\n' +
        "Run 'rapport insights --help' for its options.\n",
    });
  });

  it("refuses a period that ends before it starts", async () => {
    const run = await rapport(
      ["insights", "--from", "2026-12-01", "--to", "2026-11-01", ...data],
      {},
    );
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "rapport: --from 2026-12-01 comes after --to 2026-11-01. The period's first day must come before its last.\n" +
        "Run 'rapport insights --help' for its options.\n",
    });
  });
});
