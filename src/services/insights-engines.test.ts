import { describe, expect, it } from "vitest";
import { testContext } from "../../test/builders.js";
import { seededRandom } from "../../test/generate.js";
import { storeTargets } from "../../test/stores.js";
import { compareDimensions } from "../domain/insights/compare.js";
import type { Store } from "../store/store.js";
import { deleteActivity, logActivity } from "./activities.service.js";
import type { ServiceContext } from "./context.js";
import {
  getCompare,
  getEffort,
  getInsightsOptions,
  getNetwork,
  getThemes,
} from "./insights.service.js";
import { createPerson, deletePerson } from "./people.service.js";
import { addTarget, listTargets, saveProfile } from "./profile.service.js";
import { saveReflection } from "./reflections.service.js";
import { addTakeaway } from "./takeaways.service.js";
import { saveCadenceSettings } from "./today.service.js";

/**
 * The same generated data on SQLite and on PostgreSQL gives the same Insights, section by
 * section. Records carry client ids made from the seed, so both stores hold the same ids;
 * targets (which take no client id) are compared by label.
 */

const day = 24 * 60 * 60 * 1000;
const people = 40;

function clientId(serial: number): string {
  return `00000000-0000-4000-8000-${serial.toString(16).padStart(12, "0")}`;
}

const sayings = [
  ["skill", "learn SQL"],
  ["skill", "SQL skills"],
  ["skill", "Get better at SQL"],
  ["skill", "design"],
  ["skill", "design portfolio"],
  ["advice", "Network more"],
  ["advice", "networking"],
  ["trend", "Remote work"],
  ["resource", "Read the field's newsletter"],
] as const;

async function generate(context: ServiceContext, seed: number) {
  const random = seededRandom(seed);
  let serial = 0;
  const nextId = () => clientId(++serial);
  await saveProfile(context, { name: "Alex Explorer" });
  await saveCadenceSettings(context, { timeZone: "America/New_York" });
  const interests = [
    await addTarget(context, { kind: "field", label: "Environmental law" }),
    await addTarget(context, { kind: "field", label: "Public health" }),
    await addTarget(context, { kind: "role", label: "Policy analyst" }),
    await addTarget(context, { kind: "organization_kind", label: "Nonprofit" }),
  ];
  const portland = await addTarget(context, {
    kind: "location",
    label: "Portland",
    flexibility: "open_to_relocate",
  });
  const ids: string[] = [];
  for (let index = 0; index < people; index += 1) {
    const targetIds = interests.filter(() => random.next() < 0.4).map((target) => target.id);
    if (random.next() < 0.2) targetIds.push(portland.id);
    const person = await createPerson(context, {
      id: nextId(),
      name: `Person ${String(index).padStart(2, "0")}`,
      organizationName: random.pick(["Acme", "Globex", "Initech", ""]),
      source: random.pick(["friend", "alumni", "referral", ""]),
      location: random.pick(["Portland", "Portland, OR", "Seattle", ""]),
      referredById: ids.length > 0 && random.next() < 0.35 ? random.pick(ids) : "",
      targetIds,
    });
    ids.push(person.id);
    // Somewhere in October and November 2026, across New York's clock change (1 November).
    let at = Date.UTC(2026, 9, 1, 13) + Math.floor(random.next() * 45) * day;
    const log = async (draft: Record<string, unknown>) =>
      logActivity(context, person.id, {
        id: nextId(),
        occurredAt: new Date(at).toISOString(),
        ...draft,
      });
    const furthest = Math.floor(random.next() * 7);
    if (furthest === 0) continue;
    const channel = random.pick(["email", "letter", "networking_site", "phone"] as const);
    const kind = {
      email: "email_sent",
      letter: "letter_sent",
      networking_site: "network_message_sent",
      phone: "call",
    }[channel];
    await log({
      kind,
      channel,
      outcome: kind === "call" ? random.pick(["answered", "voicemail"]) : "",
    });
    if (furthest === 1) continue;
    at += Math.floor(random.next() * 9) * day + 3_600_000;
    if (furthest === 2) {
      await log({ kind: "declined", outcome: random.pick(["no", "maybe_later"]) });
      continue;
    }
    await log({ kind: "reply_received" });
    const booking = await log({
      kind: "meeting_scheduled",
      scheduledFor: new Date(at + 3 * day).toISOString(),
      channel: "phone",
      durationMinutes: 30,
    });
    if (furthest === 3) continue;
    at += 3 * day;
    await log({ kind: "conversation_held", channel: "phone", durationMinutes: 30 });
    for (let count = Math.floor(random.next() * 3); count > 0; count -= 1) {
      const [tag, text] = random.pick(sayings);
      await addTakeaway(context, booking.id, { id: nextId(), tag, text });
    }
    if (random.next() < 0.7) {
      await saveReflection(context, booking.id, {
        ratings: {
          confidence: 1 + Math.floor(random.next() * 5),
          competence: random.next() < 0.3 ? null : 1 + Math.floor(random.next() * 5),
          chemistry: 1 + Math.floor(random.next() * 5),
        },
      });
    }
    if (furthest === 4) continue;
    at += day;
    await log({ kind: "thank_you_sent" });
    if (furthest === 5) continue;
    at += 20 * day;
    const update = await log({ kind: "update_sent" });
    if (random.next() < 0.3) await deleteActivity(context, update.id);
  }
  await deletePerson(context, ids[3] ?? "");
  await deletePerson(context, ids[17] ?? "");
}

/** Every section's answer for a few filters, target ids replaced by their labels. */
async function everySection(context: ServiceContext) {
  const targets = await listTargets(context);
  const law = targets.find((target) => target.label === "Environmental law")?.id;
  const queries = [
    {},
    { location: "Portland" },
    { interest: law },
    { from: "2026-10-15", to: "2026-11-01" },
    { from: "2026-11-02", location: "portland, or" },
  ];
  const answers: Record<string, unknown> = {
    options: await getInsightsOptions(context),
  };
  for (const [index, query] of queries.entries()) {
    answers[`effort ${index}`] = await getEffort(context, query);
    answers[`themes ${index}`] = await getThemes(context, query);
    answers[`themes skill ${index}`] = await getThemes(context, { ...query, tag: "skill" });
    answers[`network ${index}`] = await getNetwork(context, query);
    for (const dimension of compareDimensions)
      answers[`compare ${dimension} ${index}`] = await getCompare(context, { ...query, dimension });
  }
  let text = JSON.stringify(answers);
  for (const target of targets) text = text.replaceAll(target.id, `target:${target.label}`);
  return JSON.parse(text) as Record<string, unknown>;
}

async function answersOn(store: Store) {
  const { context } = testContext(store, "2026-12-01T09:00:00.000Z");
  context.ownerId = "owner-engines";
  await generate(context, 12);
  return everySection(context);
}

describe("insights on both engines", () => {
  const [sqlite, postgres] = storeTargets;
  it.skipIf(!postgres?.available)(
    "gives the same answer on SQLite and PostgreSQL for the same generated data",
    async () => {
      const answers = [];
      for (const target of [sqlite, postgres]) {
        const opened = await target?.open();
        if (!opened) throw new Error("no store");
        try {
          answers.push(await answersOn(opened.store));
        } finally {
          await opened.cleanup();
        }
      }
      const [onSqlite, onPostgres] = answers;
      expect(onSqlite).toMatchObject({
        options: { counts: { people: people - 2 } },
        "effort 0": { people: people - 2 },
      });
      expect(onPostgres).toEqual(onSqlite);
    },
    120_000,
  );
});
