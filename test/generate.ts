import { deleteActivity, logActivity } from "../src/services/activities.service.js";
import type { ServiceContext } from "../src/services/context.js";
import { recordNetworkAsk } from "../src/services/network-asks.service.js";
import { createOrganization, deleteOrganization } from "../src/services/organizations.service.js";
import { createPerson, deletePerson } from "../src/services/people.service.js";
import { addTarget, finishWelcome, saveProfile } from "../src/services/profile.service.js";

/** A small deterministic pseudo-random source, so generated data is the same every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    pick<Item>(items: readonly Item[]): Item {
      return items[Math.floor(next() * items.length)] as Item;
    },
  };
}

const firstNames = [
  "Ada",
  "Bea",
  "Chloé",
  "Dmitri",
  "Ewa",
  "Farid",
  "Grace",
  "Hiro",
  "Inès",
  "José",
  "Kai",
  "Lena",
];
const lastNames = [
  "Okafor",
  "Lindqvist",
  "Ng",
  "O'Brien",
  "García",
  "Müller",
  "Haddad",
  "Kowalski",
  "Zhou",
  "Smith",
];
const organizations = [
  "Bright Start Clinic",
  "River Defenders",
  "Atlas Law",
  "Northwind Health",
  "Civic Data Lab",
];

/** Fills a store through the services with people, organizations, a log, asks and tags. */
export async function generateData(context: ServiceContext, people: number, seed = 7) {
  const random = seededRandom(seed);
  await saveProfile(context, {
    name: "Alex Explorer",
    schoolOrRole: "MSc, Leeds",
    searchStatus: "graduating",
  });
  await finishWelcome(context);
  const law = await addTarget(context, { kind: "field", label: "Environmental law" });
  const city = await addTarget(context, {
    kind: "location",
    label: "Portland",
    flexibility: "open_to_relocate",
  });
  const organizationIds: string[] = [];
  for (const name of organizations) {
    const organization = await createOrganization(context, {
      name,
      website: `${name.toLowerCase().replace(/\s+/g, "")}.example`,
      locations: "Portland; Seattle",
      targetIds: random.next() < 0.5 ? [law.id] : [],
    });
    organizationIds.push(organization.id);
  }
  const personIds: string[] = [];
  for (let index = 0; index < people; index += 1) {
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)} ${index}`;
    const person = await createPerson(context, {
      name,
      organizationName: random.next() < 0.8 ? random.pick(organizations) : "",
      email: random.next() < 0.6 ? `person${index}@example.com` : "",
      phone: random.next() < 0.4 ? "+1 503 555 0100" : "",
      phoneExtension: random.next() < 0.2 ? "12" : "",
      location: random.pick(["Portland", "Seattle", ""]),
      source: random.pick(["friend", "alumni", "referral", ""]),
      notes:
        random.next() < 0.5 ? `Notes about ${name}: “quotes”, emoji 🙂, newline\nsecond line` : "",
      referredById: personIds.length > 0 && random.next() < 0.3 ? random.pick(personIds) : "",
      mentionPermission: random.pick(["yes", "no", "not_asked"]),
      targetIds: random.next() < 0.3 ? [city.id] : [],
    });
    personIds.push(person.id);
    const entries = Math.floor(random.next() * 4);
    for (let entry = 0; entry < entries; entry += 1) {
      const day = String(1 + Math.floor(random.next() * 27)).padStart(2, "0");
      const kind = random.pick(["email_sent", "call", "conversation_held", "note"] as const);
      const activity = await logActivity(context, person.id, {
        kind,
        occurredAt: `2026-03-${day}T10:00:00Z`,
        outcome: kind === "call" ? "voicemail" : "",
        detail: kind === "note" ? "A note" : "",
      });
      if (random.next() < 0.1) await deleteActivity(context, activity.id);
    }
  }
  const asked = personIds[0];
  if (asked) {
    await recordNetworkAsk(context, asked, {
      askedAt: "2026-03-02T18:00:00Z",
      question: "Do you know a speech therapist who works with children?",
      suggestedNames: ["Suggested One", "Suggested Two"],
    });
  }
  if (personIds[1]) await deletePerson(context, personIds[1]);
  if (organizationIds[4]) await deleteOrganization(context, organizationIds[4]);
  return { personIds, organizationIds };
}
