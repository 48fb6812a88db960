import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import type { Activity } from "../activity.js";
import type { Reflection } from "../follow-up/reflection.js";
import type { Takeaway } from "../follow-up/takeaway.js";
import type { Target } from "../profile.js";
import type { Stage } from "../stage.js";
import { isCalendarDate, placeKey } from "../trip.js";
import type { CheckIn } from "./check-in.js";

/**
 * What every Insights figure is computed from: the rows the store supplies (live people,
 * their log, takeaways, reflections, check-ins, the explorer's interests), and the filter
 * the explorer chose. Pure: the store only reads; these functions narrow.
 */

export interface InsightsPerson {
  id: string;
  name: string;
  organizationName: string | null;
  source: string | null;
  location: string | null;
  referredById: string | null;
  /** The explorer's interests and locations this person is tagged with. */
  targetIds: string[];
  stage: Stage;
  createdAt: string;
}

export type InsightsEntry = Pick<
  Activity,
  "id" | "personId" | "kind" | "outcome" | "channel" | "occurredAt" | "createdAt" | "scheduledFor"
>;

/** When a conversation (its "meeting_scheduled" entry) takes place: its start, else when booked. */
export function conversationTime(
  entry: Pick<InsightsEntry, "occurredAt" | "scheduledFor">,
): string {
  return entry.scheduledFor ?? entry.occurredAt;
}

export type InsightsTakeaway = Pick<Takeaway, "id" | "activityId" | "personId" | "tag" | "text">;

export type InsightsReflection = Pick<Reflection, "activityId" | "ratings">;

export interface InsightsData {
  people: InsightsPerson[];
  /** Every live entry of the live people. */
  entries: InsightsEntry[];
  takeaways: InsightsTakeaway[];
  reflections: InsightsReflection[];
  checkIns: CheckIn[];
  targets: Target[];
}

export const emptyInsightsData: InsightsData = {
  people: [],
  entries: [],
  takeaways: [],
  reflections: [],
  checkIns: [],
  targets: [],
};

/** What the explorer narrows Insights to; every part is optional. */
export interface InsightsFilter {
  /** A target id: an interest (field, kind of organization, role). */
  interest: string | null;
  /** A place as written ("Baltimore, MD"); matched by its leading name. */
  location: string | null;
  /** Calendar days in the explorer's zone, both ends included. */
  from: string | null;
  to: string | null;
}

export const noInsightsFilter: InsightsFilter = {
  interest: null,
  location: null,
  from: null,
  to: null,
};

const calendarDay = z
  .string()
  .max(10)
  .nullish()
  .transform((day) => day || null)
  .refine((day) => day === null || isCalendarDate(day), {
    error: "Give the day as YYYY-MM-DD",
  });

/** The filter's fields, as a query string carries them ("" is "any"). */
export const insightsFilterFields = {
  interest: z
    .string()
    .max(100)
    .nullish()
    .transform((id) => id || null),
  location: z
    .string()
    .max(200)
    .nullish()
    .transform((place) => place?.trim() || null),
  from: calendarDay,
  to: calendarDay,
};

/** A period's first day must not come after its last. */
export function periodInOrder(filter: { from: string | null; to: string | null }): boolean {
  return !filter.from || !filter.to || filter.from <= filter.to;
}
export const periodOrderError = {
  error: "The period's first day must come before its last",
  path: ["to"],
};

export const insightsFilterSchema = z
  .object(insightsFilterFields)
  .refine(periodInOrder, periodOrderError);
export type InsightsFilterDraft = z.input<typeof insightsFilterSchema>;

function dayStart(day: string, timeZone: string): number {
  const [year, month, date] = day.split("-").map(Number);
  return new TZDate(year ?? 1970, (month ?? 1) - 1, date ?? 1, timeZone).getTime();
}

/** The filter's period as instants [start, end) in the zone; open ends are infinite. */
export function periodBounds(
  filter: Pick<InsightsFilter, "from" | "to">,
  timeZone: string,
): { start: number; end: number } {
  const start = filter.from ? dayStart(filter.from, timeZone) : Number.NEGATIVE_INFINITY;
  let end = Number.POSITIVE_INFINITY;
  if (filter.to) {
    const next = new TZDate(dayStart(filter.to, timeZone), timeZone);
    next.setDate(next.getDate() + 1);
    end = next.getTime();
  }
  return { start, end };
}

/** Does the person serve the interest, and are they in the place? */
function personMatches(
  person: InsightsPerson,
  filter: InsightsFilter,
  locationTargets: ReadonlyMap<string, string>,
): boolean {
  if (filter.interest && !person.targetIds.includes(filter.interest)) return false;
  if (filter.location) {
    const wanted = placeKey(filter.location);
    const here = person.location ? placeKey(person.location) === wanted : false;
    const tagged = person.targetIds.some((id) => locationTargets.get(id) === wanted);
    if (!here && !tagged) return false;
  }
  return true;
}

/**
 * The data narrowed to the filter. People: those who serve the interest and are in the
 * place; with a period, only those added in it or with an entry in it, and of their log only
 * the entries in it and the bookings of conversations that take place in it. Takeaways and
 * reflections follow their conversation's start; check-ins their own time (and the interest,
 * when one is chosen).
 */
export function applyInsightsFilter(
  data: InsightsData,
  filter: InsightsFilter,
  timeZone: string,
): InsightsData {
  const locationTargets = new Map(
    data.targets
      .filter((target) => target.kind === "location")
      .map((target) => [target.id, placeKey(target.label)]),
  );
  const { start, end } = periodBounds(filter, timeZone);
  const within = (instant: string) => {
    const at = Date.parse(instant);
    return at >= start && at < end;
  };
  const bounded = filter.from !== null || filter.to !== null;
  const matching = new Set(
    data.people
      .filter((person) => personMatches(person, filter, locationTargets))
      .map((person) => person.id),
  );
  // A conversation belongs to the period it takes place in, whenever it was booked.
  const conversations = new Set(
    data.entries
      .filter(
        (entry) =>
          entry.kind === "meeting_scheduled" &&
          matching.has(entry.personId) &&
          within(conversationTime(entry)),
      )
      .map((entry) => entry.id),
  );
  // Its booking comes along, so what follows it (takeaways, reflections) keeps its owner
  // and its time, and the person counts as scheduled in the period.
  const entries = data.entries.filter(
    (entry) =>
      matching.has(entry.personId) && (within(entry.occurredAt) || conversations.has(entry.id)),
  );
  const active = new Set(entries.map((entry) => entry.personId));
  const people = data.people.filter(
    (person) =>
      matching.has(person.id) && (!bounded || active.has(person.id) || within(person.createdAt)),
  );
  return {
    people,
    entries,
    takeaways: data.takeaways.filter((takeaway) => conversations.has(takeaway.activityId)),
    reflections: data.reflections.filter((reflection) => conversations.has(reflection.activityId)),
    checkIns: data.checkIns.filter(
      (checkIn) =>
        within(checkIn.checkedAt) && (!filter.interest || checkIn.targetId === filter.interest),
    ),
    targets: data.targets,
  };
}

/** Each person's entries, in the order given (people with none are absent). */
export function logsByPerson<Entry extends { personId: string }>(
  entries: readonly Entry[],
): Map<string, Entry[]> {
  const logs = new Map<string, Entry[]>();
  for (const entry of entries) {
    const log = logs.get(entry.personId);
    if (log) log.push(entry);
    else logs.set(entry.personId, [entry]);
  }
  return logs;
}
