import { TZDate } from "@date-fns/tz";
import { startOfWeek } from "date-fns";
import type { Activity, Channel } from "../activity.js";
import { chronological } from "../stage.js";
import { placeKey, placeName } from "../trip.js";
import { type FunnelEntry, type FunnelRow, funnel, isAnswer } from "./funnel.js";

/**
 * Which efforts pay (METHOD §7): the funnel and the time to a first answer, broken down by
 * organization, source, channel, location and introduced vs cold; the referrals each
 * person met produced; activity per week. Pure: people, their logs and the zone go in.
 */

export type EffortEntry = FunnelEntry & Pick<Activity, "channel">;

export interface EffortPerson {
  id: string;
  organizationName: string | null;
  source: string | null;
  location: string | null;
  referredById: string | null;
}

const outreachChannel: Partial<Record<Activity["kind"], Channel>> = {
  letter_sent: "letter",
  email_sent: "email",
  network_message_sent: "networking_site",
  call: "phone",
};

/** The channel of the first written or spoken attempt to reach them, or null. */
export function firstOutreachChannel(log: readonly EffortEntry[]): Channel | null {
  for (const entry of chronological(log)) {
    const channel = outreachChannel[entry.kind];
    if (channel) return entry.channel ?? channel;
  }
  return null;
}

const day = 24 * 60 * 60 * 1000;

/** Days from the first outreach to the first answer after it; null when either is missing. */
export function daysToFirstAnswer(log: readonly EffortEntry[]): number | null {
  let firstOutreach: number | null = null;
  for (const entry of chronological(log)) {
    const at = Date.parse(entry.occurredAt);
    if (firstOutreach === null) {
      if (outreachChannel[entry.kind]) firstOutreach = at;
      // An answered first call is its own answer: zero days.
      if (firstOutreach !== null && isAnswer(entry)) return 0;
      continue;
    }
    if (isAnswer(entry) || entry.kind === "meeting_scheduled") return (at - firstOutreach) / day;
  }
  return null;
}

export interface Spread {
  count: number;
  median: number | null;
  /** The 25th and 75th percentiles (linear between the nearest values). */
  lowerQuartile: number | null;
  upperQuartile: number | null;
  min: number | null;
  max: number | null;
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? 0;
  const high = sorted[above] ?? 0;
  return low + (high - low) * (position - below);
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((first, second) => first - second);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    lowerQuartile: quantile(sorted, 0.25),
    upperQuartile: quantile(sorted, 0.75),
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
  };
}

export const effortDimensions = [
  "organization",
  "source",
  "channel",
  "location",
  "introduced",
] as const;
export type EffortDimension = (typeof effortDimensions)[number];

export interface EffortGroup {
  /** The group's value ("Acme", "email", "introduced"); null is "not recorded". */
  value: string | null;
  people: number;
  funnel: FunnelRow[];
  daysToFirstAnswer: Spread;
}

function groupValue(
  dimension: EffortDimension,
  person: EffortPerson,
  log: readonly EffortEntry[],
): string | null {
  switch (dimension) {
    case "organization":
      return person.organizationName;
    case "source":
      return person.source;
    case "channel":
      return firstOutreachChannel(log);
    case "location":
      // By the place's leading name, as the filter matches it: "Leeds, UK" is Leeds.
      return person.location ? placeKey(person.location) || null : null;
    case "introduced":
      return person.referredById ? "introduced" : "cold";
  }
}

/** How a place group is shown: the leading name written most often (the first by text on a tie). */
function placeLabel(members: readonly EffortPerson[]): string {
  const counts = new Map<string, number>();
  for (const member of members) {
    const name = placeName(member.location ?? "");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return (
    [...counts].sort(
      ([first, firstCount], [second, secondCount]) =>
        secondCount - firstCount || first.localeCompare(second),
    )[0]?.[0] ?? ""
  );
}

/** The funnel and answer times per value of one dimension, biggest group first. */
export function breakdown(
  dimension: EffortDimension,
  people: readonly EffortPerson[],
  logs: ReadonlyMap<string, readonly EffortEntry[]>,
): EffortGroup[] {
  const groups = new Map<string | null, EffortPerson[]>();
  for (const person of people) {
    const value = groupValue(dimension, person, logs.get(person.id) ?? []);
    const members = groups.get(value);
    if (members) members.push(person);
    else groups.set(value, [person]);
  }
  return [...groups]
    .map(([value, members]) => {
      const memberLogs = members.map((member) => logs.get(member.id) ?? []);
      return {
        value: dimension === "location" && value !== null ? placeLabel(members) : value,
        people: members.length,
        funnel: funnel(memberLogs),
        daysToFirstAnswer: spreadOf(
          memberLogs.flatMap((log) => {
            const days = daysToFirstAnswer(log);
            return days === null ? [] : [days];
          }),
        ),
      };
    })
    .sort(
      (first, second) =>
        second.people - first.people ||
        (first.value ?? "\uffff").localeCompare(second.value ?? "\uffff"),
    );
}

export interface ReferralYield {
  /** People introduced by someone in the log (the snowball). */
  referrals: number;
  /** Per introducer: how many they introduced, most first. */
  byIntroducer: { personId: string; introduced: number }[];
  /** Referrals per person met (introduced by someone met) over the people met. */
  perPersonMet: number | null;
}

/** The snowball yield: who introduced whom, counted over live people only. */
export function referralYield(
  people: readonly EffortPerson[],
  metIds: ReadonlySet<string>,
): ReferralYield {
  const live = new Set(people.map((person) => person.id));
  const counts = new Map<string, number>();
  for (const person of people) {
    if (!person.referredById || !live.has(person.referredById)) continue;
    counts.set(person.referredById, (counts.get(person.referredById) ?? 0) + 1);
  }
  const referrals = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const fromMet = [...counts].reduce(
    (sum, [personId, count]) => sum + (metIds.has(personId) ? count : 0),
    0,
  );
  return {
    referrals,
    byIntroducer: [...counts]
      .map(([personId, introduced]) => ({ personId, introduced }))
      .sort(
        (first, second) =>
          second.introduced - first.introduced || first.personId.localeCompare(second.personId),
      ),
    perPersonMet: metIds.size === 0 ? null : fromMet / metIds.size,
  };
}

/** Log entries per week (weeks start on Monday in the explorer's zone), oldest first, gaps as 0. */
export function activityPerWeek(
  entries: readonly Pick<Activity, "occurredAt">[],
  timeZone: string,
): { weekOf: string; entries: number }[] {
  const counts = new Map<number, number>();
  for (const entry of entries) {
    const start = startOfWeek(new TZDate(Date.parse(entry.occurredAt), timeZone), {
      weekStartsOn: 1,
    }).getTime();
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const starts = [...counts.keys()].sort((first, second) => first - second);
  const weeks: { weekOf: string; entries: number }[] = [];
  const last = starts.at(-1) ?? 0;
  // Step by calendar week in the zone (a week may be 167 or 169 hours around a clock change).
  for (let week = new TZDate(starts[0] ?? 0, timeZone); week.getTime() <= last; ) {
    const key = week.getTime();
    const weekOf = `${week.getFullYear()}-${String(week.getMonth() + 1).padStart(2, "0")}-${String(week.getDate()).padStart(2, "0")}`;
    weeks.push({ weekOf, entries: counts.get(key) ?? 0 });
    week = startOfWeek(new TZDate(key + 8 * day, timeZone), { weekStartsOn: 1 });
  }
  return weeks;
}
