import type { FiveC } from "../src/domain/follow-up/reflection.js";
import type { TakeawayTag } from "../src/domain/follow-up/takeaway.js";
import type {
  InsightsData,
  InsightsEntry,
  InsightsPerson,
  InsightsReflection,
  InsightsTakeaway,
} from "../src/domain/insights/insights-data.js";
import type { Target } from "../src/domain/profile.js";
import { seededRandom } from "./generate.js";

/**
 * Generated logs for the Insights domain tests: each person follows a plan that says how far
 * they got, so the expected figures are known by construction. The seed only shuffles the
 * order rows arrive in and moves each person's whole log by whole days, which changes no
 * figure a test asserts (the domain orders each log itself). Takeaways keep the order they
 * were said in, as the store lists them.
 */

/** How far one person got; "declined" and "answered_call" both end at "replied". */
export type Furthest =
  | "identified"
  | "contacted"
  | "declined"
  | "answered_call"
  | "scheduled"
  | "met"
  | "thanked"
  | "keeping_in_touch";

const outreachKind = {
  letter: "letter_sent",
  email: "email_sent",
  networking_site: "network_message_sent",
  phone: "call",
} as const;

export interface LogPlan {
  furthest: Furthest;
  /** Days from the first outreach to the answer (default 2). */
  replyAfterDays?: number;
  /** The first outreach's channel (default e-mail; "answered_call" is always a call). */
  channel?: keyof typeof outreachKind;
  person?: Partial<Omit<InsightsPerson, "id">>;
  /** Said in their conversation (only for people who met). */
  takeaways?: { tag: TakeawayTag; text: string }[];
  reflection?: Partial<Record<FiveC, number | null>>;
}

const day = 24 * 60 * 60 * 1000;

function shuffle<Item>(items: Item[], random: ReturnType<typeof seededRandom>): Item[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random.next() * (index + 1));
    [items[index], items[other]] = [items[other] as Item, items[index] as Item];
  }
  return items;
}

/**
 * People `p1`, `p2`, … (named "Person 1", …), one per plan, each log starting on a day of
 * October 2026 (09:00 UTC) the seed picks. Conversations are booked the day of the answer
 * for three days later, held then, thanked a day after, and kept up two weeks after that.
 */
export function generateLogs(
  plans: readonly LogPlan[],
  seed = 1,
  targets: Target[] = [],
): InsightsData & { conversationOf: Map<string, string> } {
  const random = seededRandom(seed);
  const people: InsightsPerson[] = [];
  const entries: InsightsEntry[] = [];
  const takeaways: InsightsTakeaway[] = [];
  const reflections: InsightsReflection[] = [];
  const conversationOf = new Map<string, string>();
  plans.forEach((plan, index) => {
    const id = `p${index + 1}`;
    const start = Date.UTC(2026, 9, 1 + Math.floor(random.next() * 10), 9);
    people.push({
      id,
      name: `Person ${index + 1}`,
      organizationName: null,
      source: null,
      location: null,
      referredById: null,
      targetIds: [],
      stage: "identified",
      createdAt: new Date(start).toISOString(),
      ...plan.person,
    });
    let serial = 0;
    const log = (kind: InsightsEntry["kind"], at: number, extra: Partial<InsightsEntry> = {}) => {
      serial += 1;
      const entry: InsightsEntry = {
        id: `${id}-e${serial}`,
        personId: id,
        kind,
        outcome: null,
        channel: null,
        occurredAt: new Date(at).toISOString(),
        createdAt: new Date(at).toISOString(),
        scheduledFor: null,
        ...extra,
      };
      entries.push(entry);
      return entry;
    };
    if (plan.furthest === "identified") return;
    const answeredAt = start + (plan.replyAfterDays ?? 2) * day;
    if (plan.furthest === "answered_call") {
      log("call", start, { outcome: "answered", channel: "phone" });
      return;
    }
    const channel = plan.channel ?? "email";
    log(outreachKind[channel], start, {
      channel,
      outcome: channel === "phone" ? "voicemail" : null,
    });
    if (plan.furthest === "contacted") return;
    if (plan.furthest === "declined") {
      log("declined", answeredAt, { outcome: "no" });
      return;
    }
    log("reply_received", answeredAt);
    const booking = log("meeting_scheduled", answeredAt, {
      scheduledFor: new Date(answeredAt + 3 * day).toISOString(),
      channel: "phone",
    });
    conversationOf.set(id, booking.id);
    if (plan.furthest === "scheduled") return;
    log("conversation_held", answeredAt + 3 * day, { channel: "phone" });
    (plan.takeaways ?? []).forEach((said, number) => {
      takeaways.push({
        id: `${id}-t${number + 1}`,
        activityId: booking.id,
        personId: id,
        ...said,
      });
    });
    if (plan.reflection) {
      reflections.push({
        activityId: booking.id,
        ratings: {
          confidence: null,
          competence: null,
          communication: null,
          character: null,
          chemistry: null,
          ...plan.reflection,
        },
      });
    }
    if (plan.furthest === "met") return;
    log("thank_you_sent", answeredAt + 4 * day);
    if (plan.furthest === "thanked") return;
    log("update_sent", answeredAt + 18 * day);
  });
  return {
    people: shuffle(people, random),
    entries: shuffle(entries, random),
    // In the order said, as the store lists them (oldest first).
    takeaways,
    reflections,
    checkIns: [],
    targets,
    conversationOf,
  };
}

/** `count` plans alike. */
export function times(count: number, plan: LogPlan): LogPlan[] {
  return Array.from({ length: count }, () => plan);
}
