// A plausible explorer's log for bench/insights.mjs, from the seeded generator: people found
// over ten months, first letters, e-mails, messages and calls; replies, declines, voicemails and
// follow-ups; conversations booked, held, cancelled; thank-yous, updates and later touches;
// introductions by people met; takeaways from a bank of phrasings (several say the same thing
// in other words, as the themes group them). Pure: rows as the tables take them.
import { nameKey } from "../../dist/domain/name-key.js";
import { seededRandom } from "./random.mjs";

const ownerId = "local";
const hour = 3_600_000;
const day = 24 * hour;

const firstNames = (
  "Maya José Sam Priya Dana Chris Robin Alex Jordan Taylor Morgan Kelly Ada Zoë Søren Łukasz " +
  "Amélie Björn Chiara Kenji Aisha Mateo Ingrid Omar Lucía Nadia Tomás Emeka Hana Ravi Elif Mei"
).split(" ");
const lastNames = (
  "Chen Álvarez Reyes Whitfield Okafor Nakamura Müller García Kowalski Haddad Lindqvist Rossi " +
  "Patel Dubois O'Brien Novak Santos Ivanova Fischer Moreau Kim Silva Jensen Costa Tanaka Nguyen"
).split(" ");
const organizationWords = (
  "Bright Start|Harbor|Zenith|Northwind|Bluebird|Summit|Riverside|Orchard|Granite|Pioneer|Atlas|" +
  "Cedar|Lumen|Beacon|Meridian|Keystone|Willow|Crescent|Juniper|Halcyon"
).split("|");
const organizationKinds =
  "Clinic|Labs|Health|Design|Foods|Bank|Media|Robotics|School|Council".split("|");
const places = [
  "Baltimore, MD",
  "Portland, OR",
  "Austin, TX",
  "Chicago, IL",
  "Boston, MA",
  "Denver, CO",
];
const sources = [
  "friend",
  "family",
  "professor",
  "colleague",
  "former_employer",
  "alumni",
  "advisor",
  "networking_site",
  "organization_website",
  "cold",
];
const interests = [
  { kind: "field", label: "Health data" },
  { kind: "field", label: "Urban planning" },
  { kind: "field", label: "Public health" },
  { kind: "role", label: "Data analyst" },
  { kind: "role", label: "Product manager" },
  { kind: "organization_kind", label: "Nonprofit" },
  { kind: "location", label: "Baltimore, MD" },
  { kind: "location", label: "Portland, OR" },
];
/** Takeaway phrasings by tag; several in a list are one theme in other words. */
const takeawayBank = {
  skill: ["Learn SQL", "SQL skills", "Get better at SQL", "Excel", "Public speaking", "Python"],
  advice: [
    "Shadow a team for a day",
    "Talk to more nurses first",
    "Start with a small project",
    "Ask for informational interviews early",
  ],
  qualification: ["A master's degree helps", "Master's degree", "The CPHIMS certificate"],
  path: ["Moved over from nursing", "Started as an intern", "Came in through a bootcamp"],
  trend: ["Remote work is growing", "AI tools everywhere", "More jobs in public health"],
  resource: ["Read Weapons of Math Destruction", "The local meetup", "Join the alumni group"],
  program: ["The Johns Hopkins certificate", "A summer fellowship"],
  salary: ["Starting salaries around 65k", "Benefits matter more than pay"],
  person: ["Talk to Dana at Harbor", "Meet the data team lead"],
  action: ["Send my résumé", "Sign up for the meetup", "Finish the SQL course"],
};
const takeawayTags = Object.keys(takeawayBank);
const noteTexts = [
  "Prefers e-mail; call only before 10 a.m.",
  "Met at the alumni café; very generous with time.",
  "Knows someone at the city council.",
  "Asked me to send my résumé next week.",
];

/**
 * `peopleCount` people and exactly `entryCount` live log entries, everything before `now`.
 * Returns the rows of organizations, targets, people, person_targets, activities, takeaways.
 */
export function insightsLog({ peopleCount, entryCount, now, seed = 12 }) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (share) => random() < share;
  const nowMs = now.getTime();
  const iso = (ms) => new Date(Math.min(ms, nowMs - 60_000)).toISOString();

  const organizations = [];
  for (const word of organizationWords) {
    for (const kind of organizationKinds) {
      const name = `${word} ${kind}`;
      organizations.push({
        id: `o${organizations.length}`,
        owner_id: ownerId,
        name,
        name_key: nameKey(name),
        created_at: iso(nowMs - 320 * day),
        updated_at: iso(nowMs - 320 * day),
      });
    }
  }
  const targets = interests.map((interest, index) => ({
    id: `t${index}`,
    owner_id: ownerId,
    kind: interest.kind,
    label: interest.label,
    flexibility: interest.kind === "location" ? "home_base" : null,
    position: index,
    created_at: iso(nowMs - 320 * day),
  }));

  const people = [];
  const personTargets = [];
  const activities = [];
  const takeaways = [];
  /** Per person: the time of their last entry, and whether they were thanked (for later touches). */
  const last = [];
  const thanked = [];
  /** People met, with when, who may introduce someone later. */
  const met = [];
  let sequence = 0;
  const log = (personIndex, kind, at, extra = {}) => {
    sequence += 1;
    const occurredAt = iso(at);
    activities.push({
      id: `a${sequence}`,
      owner_id: ownerId,
      person_id: `p${personIndex}`,
      kind,
      occurred_at: occurredAt,
      channel: null,
      outcome: null,
      with_name: null,
      scheduled_for: null,
      duration_minutes: null,
      place: null,
      detail: null,
      created_at: occurredAt,
      updated_at: occurredAt,
      ...extra,
    });
    last[personIndex] = Math.max(last[personIndex] ?? 0, Date.parse(occurredAt));
    return `a${sequence}`;
  };
  const outreachKind = () => {
    const roll = random();
    return roll < 0.25
      ? "letter_sent"
      : roll < 0.7
        ? "email_sent"
        : roll < 0.85
          ? "network_message_sent"
          : "call";
  };

  for (let index = 0; index < peopleCount; index += 1) {
    // Found over the last ten months; some introduced by someone already met.
    let createdAt = nowMs - (10 + random() * 300) * day;
    let referredBy = null;
    if (met.length > 20 && chance(0.15)) {
      const introducer = pick(met);
      referredBy = introducer.id;
      createdAt = Math.min(introducer.at + (1 + random() * 10) * day, nowMs - day);
    }
    people.push({
      id: `p${index}`,
      owner_id: ownerId,
      name: `${pick(firstNames)} ${pick(lastNames)}`,
      organization_id: chance(0.8) ? pick(organizations).id : null,
      location: chance(0.7) ? pick(places) : null,
      source: referredBy ? "referral" : chance(0.85) ? pick(sources) : null,
      referred_by_id: referredBy,
      created_at: iso(createdAt),
      updated_at: iso(createdAt),
    });
    if (chance(0.6)) {
      const chosen = new Set([Math.floor(random() * 6), Math.floor(random() * 8)]);
      for (const target of chosen) {
        personTargets.push({ owner_id: ownerId, person_id: `p${index}`, target_id: `t${target}` });
      }
    }
    last[index] = createdAt;
    if (chance(0.15)) continue; // only identified so far

    // First touch, then up to two follow-ups until someone answers.
    let at = createdAt + (0.5 + random() * 20) * day;
    let answered = null;
    for (let attempt = 0; attempt < 3 && answered === null && at < nowMs; attempt += 1) {
      const kind = attempt === 0 ? outreachKind() : chance(0.5) ? "call" : "email_sent";
      if (kind === "call") {
        if (chance(0.3)) {
          log(index, "call", at, { channel: "phone", outcome: "answered" });
          answered = "yes";
          break;
        }
        const outcome = pick(["no_answer", "voicemail", "message_left"]);
        log(index, "call", at, {
          channel: "phone",
          outcome,
          with_name: outcome === "message_left" ? "Their assistant" : null,
        });
      } else {
        log(index, kind, at);
        if (kind === "email_sent" && chance(0.03)) {
          log(index, "snafu", at + hour, { detail: "The e-mail bounced" });
        }
      }
      if (chance(0.22)) {
        const answerAt = at + (0.2 + random() * random() * 14) * day;
        if (answerAt >= nowMs) break;
        if (chance(0.2)) {
          log(index, "declined", answerAt, {
            outcome: pick(["no", "maybe_later", "try_someone_else"]),
          });
          answered = "no";
        } else {
          log(index, "reply_received", answerAt);
          answered = "yes";
        }
        at = answerAt;
        break;
      }
      at += (4 + random() * 6) * day;
    }
    if (answered !== "yes" || !chance(0.75)) continue;

    // A conversation booked a day after the answer, some cancelled and booked again.
    let booked = at + (0.3 + random()) * day;
    let startsAt = booked + (3 + random() * 11) * day;
    if (startsAt >= nowMs) continue;
    const booking = () =>
      log(index, "meeting_scheduled", booked, {
        scheduled_for: iso(startsAt),
        duration_minutes: pick([20, 30, 45]),
        channel: pick(["video", "phone", "in_person"]),
        place: null,
      });
    let conversationId = booking();
    if (chance(0.1)) {
      log(index, "conversation_cancelled", startsAt, { outcome: "cancelled_by_them" });
      booked = startsAt + day;
      startsAt = booked + (2 + random() * 7) * day;
      if (startsAt >= nowMs) continue;
      conversationId = booking();
    }
    if (chance(0.08)) continue; // not marked yet ("did it happen?")
    log(index, "conversation_held", startsAt, { channel: "video" });
    met.push({ id: `p${index}`, at: startsAt });
    for (let note = Math.floor(random() * 3); note > 0; note -= 1) {
      log(index, "note", startsAt + note * 10 * 60_000, { detail: pick(noteTexts) });
    }
    for (let count = Math.floor(random() * 4); count > 0; count -= 1) {
      const tag = pick(takeawayTags);
      const takenAt = iso(startsAt + 2 * hour);
      takeaways.push({
        id: `k${takeaways.length}`,
        owner_id: ownerId,
        activity_id: conversationId,
        person_id: `p${index}`,
        tag,
        text: pick(takeawayBank[tag]),
        action_due_on: tag === "action" ? takenAt.slice(0, 10) : null,
        action_done_at: null,
        created_at: takenAt,
        updated_at: takenAt,
      });
    }
    if (!chance(0.85)) continue;
    log(index, "thank_you_sent", startsAt + (3 + random() * 18) * hour, { channel: "email" });
    thanked[index] = true;
  }

  // The rest of the log: updates and later touches with the people thanked, notes on anyone.
  const thankedPeople = [...thanked.keys()].filter((index) => thanked[index]);
  while (activities.length < entryCount) {
    if (thankedPeople.length > 0 && chance(0.6)) {
      const index = pick(thankedPeople);
      const at = last[index] + (7 + random() * 40) * day;
      if (at >= nowMs) {
        log(index, "note", last[index] + hour, { detail: pick(noteTexts) });
        continue;
      }
      const kind = pick(["update_sent", "update_sent", "email_sent", "reply_received", "call"]);
      log(index, kind, at, kind === "call" ? { channel: "phone", outcome: "answered" } : {});
    } else {
      const index = Math.floor(random() * peopleCount);
      log(index, "note", last[index] + hour, { detail: pick(noteTexts) });
    }
  }
  activities.length = entryCount;
  const kept = new Set(activities.map((activity) => activity.id));
  return {
    organizations,
    targets,
    people,
    personTargets,
    activities,
    takeaways: takeaways.filter((takeaway) => kept.has(takeaway.activity_id)),
  };
}
