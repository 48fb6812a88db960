import { TZDate } from "@date-fns/tz";
import { startOfWeek } from "date-fns/startOfWeek";
import type { Activity, Channel } from "../activity.js";
import { chronological } from "../stage.js";
import { placeKey, placeName } from "../trip.js";
import {
  type FunnelEntry,
  type FunnelRow,
  funnelOfFurthest,
  furthestStepInOrder,
  isAnswer,
} from "./funnel.js";

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
  return firstOutreachChannelInOrder(chronological(log));
}

function firstOutreachChannelInOrder(ordered: readonly EffortEntry[]): Channel | null {
  for (const entry of ordered) {
    const channel = outreachChannel[entry.kind];
    if (channel) return entry.channel ?? channel;
  }
  return null;
}

const day = 24 * 60 * 60 * 1000;

/** Days from the first outreach to the first answer after it; null when either is missing. */
export function daysToFirstAnswer(log: readonly EffortEntry[]): number | null {
  return daysToFirstAnswerInOrder(chronological(log));
}

function daysToFirstAnswerInOrder(ordered: readonly EffortEntry[]): number | null {
  let firstOutreach: number | null = null;
  for (const entry of ordered) {
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

/**
 * What Effort needs of one person's log, worked out from the log put in order once (the
 * ordering is most of the cost: a hundred thousand entries are sorted once, not a dozen times).
 */
export interface LogFacts {
  /** An index into funnelSteps (furthestStep). */
  furthest: number;
  daysToFirstAnswer: number | null;
  firstOutreachChannel: Channel | null;
}

export function logFacts(log: readonly EffortEntry[]): LogFacts {
  const ordered = chronological(log);
  return {
    furthest: furthestStepInOrder(ordered),
    daysToFirstAnswer: daysToFirstAnswerInOrder(ordered),
    firstOutreachChannel: firstOutreachChannelInOrder(ordered),
  };
}

/** The answer times of these people's facts, as a spread. */
export function answerSpread(facts: readonly LogFacts[]): Spread {
  return spreadOf(
    facts.flatMap((fact) => (fact.daysToFirstAnswer === null ? [] : [fact.daysToFirstAnswer])),
  );
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
  facts: LogFacts,
): string | null {
  switch (dimension) {
    case "organization":
      return person.organizationName;
    case "source":
      return person.source;
    case "channel":
      return facts.firstOutreachChannel;
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

const emptyLogFacts = logFacts([]);

/** The funnel and answer times per value of one dimension, biggest group first. */
export function breakdown(
  dimension: EffortDimension,
  people: readonly EffortPerson[],
  logs: ReadonlyMap<string, readonly EffortEntry[]>,
): EffortGroup[] {
  const facts = new Map(people.map((person) => [person.id, logFacts(logs.get(person.id) ?? [])]));
  return breakdownOfFacts(dimension, people, facts);
}

/** breakdown from each person's logFacts, so several dimensions share one reading of the logs. */
export function breakdownOfFacts(
  dimension: EffortDimension,
  people: readonly EffortPerson[],
  facts: ReadonlyMap<string, LogFacts>,
): EffortGroup[] {
  const groups = new Map<string | null, { people: EffortPerson[]; facts: LogFacts[] }>();
  for (const person of people) {
    const fact = facts.get(person.id) ?? emptyLogFacts;
    const value = groupValue(dimension, person, fact);
    const members = groups.get(value);
    if (members) {
      members.people.push(person);
      members.facts.push(fact);
    } else groups.set(value, { people: [person], facts: [fact] });
  }
  return [...groups]
    .map(([value, members]) => ({
      value: dimension === "location" && value !== null ? placeLabel(members.people) : value,
      people: members.people.length,
      funnel: funnelOfFurthest(members.facts.map((member) => member.furthest)),
      daysToFirstAnswer: answerSpread(members.facts),
    }))
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

/**
 * What Effort keeps of one person's log (the insights_facts projection stores it per person):
 * its LogFacts, and the minute of each entry counted as activity, for the weekly chart.
 */
export interface PersonEffort extends LogFacts {
  /** Minutes since the epoch, in time order. Weeks start on whole minutes in every zone. */
  activityMinutes: number[];
}

const minute = 60 * 1000;

const compareText = (first: string, second: string) =>
  first < second ? -1 : first > second ? 1 : 0;

/**
 * PersonEffort of one log; only entries that happen in `period` count as activity (a booking
 * made before the period comes along with its conversation, but is no activity of it).
 */
export function personEffort(
  logInAnyOrder: readonly (EffortEntry & { id?: string })[],
  period: { start: number; end: number } = {
    start: Number.NEGATIVE_INFINITY,
    end: Number.POSITIVE_INFINITY,
  },
): PersonEffort {
  // One order first, so entries that tie in every way the log is ordered by (same instant,
  // same kind, same creation) give the same facts however the store listed them.
  const log = [...logInAnyOrder].sort(
    (first, second) =>
      compareText(first.occurredAt, second.occurredAt) ||
      compareText(first.id ?? "", second.id ?? ""),
  );
  const activityMinutes: number[] = [];
  for (const entry of log) {
    const at = Date.parse(entry.occurredAt);
    if (at >= period.start && at < period.end) activityMinutes.push(Math.floor(at / minute));
  }
  return { ...logFacts(log), activityMinutes: activityMinutes.sort((a, b) => a - b) };
}

/** Log entries per week (weeks start on Monday in the explorer's zone), oldest first, gaps as 0. */
export function activityPerWeek(
  entries: readonly Pick<Activity, "occurredAt">[],
  timeZone: string,
): { weekOf: string; entries: number }[] {
  return activityPerWeekOfInstants(
    entries.map((entry) => Date.parse(entry.occurredAt)),
    timeZone,
  );
}

/** activityPerWeek of the entries' instants (milliseconds since the epoch, in any order). */
export function activityPerWeekOfInstants(
  instants: Iterable<number>,
  timeZone: string,
): { weekOf: string; entries: number }[] {
  // A zone's week start is slow to compute (about 20 µs) and 100,000 entries fall in a few
  // dozen weeks: each week's bounds are worked out once and kept in order, so an entry
  // outside the last week it looked at finds its own by binary search, with no sort of the
  // entries (each person's minutes come in time order, so most hit the last week).
  const known: { start: number; end: number; count: number }[] = [];
  let current: { start: number; end: number; count: number } | undefined;
  for (const at of instants) {
    if (!current || !(at >= current.start && at < current.end)) {
      let low = 0;
      let high = known.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((known[middle]?.end ?? 0) <= at) low = middle + 1;
        else high = middle;
      }
      current = known[low];
      if (!current || !(at >= current.start && at < current.end)) {
        const start = startOfWeek(new TZDate(at, timeZone), { weekStartsOn: 1 }).getTime();
        const end = startOfWeek(new TZDate(start + 8 * day, timeZone), {
          weekStartsOn: 1,
        }).getTime();
        current = { start, end, count: 0 };
        known.splice(low, 0, current);
      }
    }
    current.count += 1;
  }
  const counts = new Map(known.map((week) => [week.start, week.count]));
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
