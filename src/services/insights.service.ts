import { type CompareView, compare } from "../domain/insights/compare.js";
import type { PersonEffort } from "../domain/insights/effort.js";
import {
  applyInsightsFilter,
  type InsightsData,
  type InsightsFilter,
  periodBounds,
} from "../domain/insights/insights-data.js";
import { type InsightsQuery, insightsQuerySchema } from "../domain/insights/insights-query.js";
import {
  type EffortView,
  effortFacts,
  effortViewOfFacts,
  type InsightsOptions,
  type NetworkView,
  networkView,
  type ThemesView,
  themesView,
} from "../domain/insights/insights-view.js";
import { placeKey, placeName } from "../domain/trip.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
import { ensureInsightsFacts, insightsFactsCurrent } from "./insights-facts.js";
import { validationFailed } from "./service-error.js";
import { getCadenceSettings } from "./today.service.js";

/**
 * Learn and decide (METHOD §7): every figure is a domain function over the rows the store
 * supplies, narrowed by the explorer's filter. One read transaction per request, so the
 * figures of one answer agree with each other.
 */

/** A query string (interest, location, from, to, tag, dimension) checked, or the fields to fix. */
export function insightsQueryFrom(query: unknown): InsightsQuery {
  const valid = validate(insightsQuerySchema, query ?? {});
  if (!valid.ok) throw validationFailed(valid.fields);
  return valid.value;
}

const day = 24 * 60 * 60 * 1000;

/**
 * The period's instants widened by two days each way, as the store's range of entries to
 * read (open ends stay open): the domain narrows exactly, in the explorer's zone.
 */
function nearPeriod(filter: InsightsFilter, timeZone: string): { from?: string; to?: string } {
  const { start, end } = periodBounds(filter, timeZone);
  return {
    ...(Number.isFinite(start) ? { from: new Date(start - 2 * day).toISOString() } : {}),
    ...(Number.isFinite(end) ? { to: new Date(end + 2 * day).toISOString() } : {}),
  };
}

/** What a section reads of the log when no period is chosen. */
type LogNeed = "facts" | "conversations";

/** The kinds of entry Themes, Compare and the network look at (conversations and their bookings). */
const conversationKinds = ["meeting_scheduled", "conversation_held"] as const;

interface FilteredData {
  data: InsightsData;
  timeZone: string;
  filter: InsightsFilter;
  /** Each person's Effort facts from the projection, when they could be used. */
  facts: Map<string, PersonEffort> | null;
}

/**
 * The rows narrowed to the query's filter. Reading every entry is most of the cost at scale
 * (100,000 entries take a second on SQLite), so without a period only what the section
 * needs is read: Effort's per-person facts from the insights_facts projection, or for the
 * other sections only the conversations. A period reads the entries near it (who was active
 * in it, and how far they got within it, come from those).
 */
async function filteredData(
  context: ServiceContext,
  query: unknown,
  need: LogNeed,
): Promise<FilteredData> {
  const { interest, location, from, to } = insightsQueryFrom(query);
  const filter: InsightsFilter = { interest, location, from, to };
  const bounded = from !== null || to !== null;
  const wantsFacts = !bounded && need === "facts";
  if (wantsFacts) await ensureInsightsFacts(context);
  return context.transaction(async (tx) => {
    // Checked again inside: a bulk change between the two leaves them out of date.
    // Effort from the facts reads nothing else of the log, nor what follows conversations.
    const useFacts = wantsFacts && (await insightsFactsCurrent(tx.store, tx.ownerId));
    const settings = await getCadenceSettings(tx);
    // Effort without its facts reads the whole log (nearPeriod of no period is every entry).
    const only =
      bounded || need === "facts"
        ? { near: nearPeriod(filter, settings.timeZone) }
        : { kinds: conversationKinds };
    const [people, entries, takeaways, reflections, checkIns, targets, facts] = await Promise.all([
      tx.store.insights.people(tx.ownerId),
      useFacts ? [] : tx.store.insights.entries(tx.ownerId, only),
      useFacts ? [] : tx.store.takeaways.listAll(tx.ownerId),
      useFacts ? [] : tx.store.reflections.listAll(tx.ownerId),
      tx.store.checkIns.listAll(tx.ownerId),
      tx.store.profile.listTargets(tx.ownerId),
      useFacts ? tx.store.insightsFacts.listAll(tx.ownerId) : null,
    ]);
    const data = { people, entries, takeaways, reflections, checkIns, targets };
    return {
      data: applyInsightsFilter(data, filter, settings.timeZone),
      timeZone: settings.timeZone,
      filter,
      facts,
    };
  });
}

export async function getEffort(
  context: ServiceContext,
  query: unknown,
): Promise<EffortView & { filter: InsightsFilter }> {
  const { data, timeZone, filter, facts } = await filteredData(context, query, "facts");
  const period = periodBounds(filter, timeZone);
  return {
    ...effortViewOfFacts(data.people, facts ?? effortFacts(data, period), timeZone),
    filter,
  };
}

export async function getThemes(
  context: ServiceContext,
  query: unknown,
): Promise<ThemesView & { filter: InsightsFilter }> {
  const { tag } = insightsQueryFrom(query);
  const { data, filter } = await filteredData(context, query, "conversations");
  return { ...themesView(data, tag), filter };
}

export async function getCompare(
  context: ServiceContext,
  query: unknown,
): Promise<CompareView & { filter: InsightsFilter }> {
  const { dimension } = insightsQueryFrom(query);
  const { data, filter } = await filteredData(context, query, "conversations");
  return { ...compare(dimension, data), filter };
}

export async function getNetwork(
  context: ServiceContext,
  query: unknown,
): Promise<NetworkView & { filter: InsightsFilter }> {
  const { data, filter } = await filteredData(context, query, "conversations");
  const profile = await context.store.profile.get(context.ownerId);
  return { ...networkView(data, profile?.name?.trim() || "Me"), filter };
}

/** What the filters offer and whether there is anything to show yet. */
export async function getInsightsOptions(context: ServiceContext): Promise<InsightsOptions> {
  // Counts and distinct places only: the page asks this first, so it must not read every row.
  return context.transaction(async (tx) => {
    const [counts, locations, targets] = await Promise.all([
      tx.store.insights.counts(tx.ownerId),
      tx.store.people.listLocations(tx.ownerId),
      tx.store.profile.listTargets(tx.ownerId),
    ]);
    const places = new Map<string, string>();
    for (const place of [
      ...targets.filter((target) => target.kind === "location").map((target) => target.label),
      ...locations,
    ]) {
      const key = placeKey(place);
      if (key && !places.has(key)) places.set(key, placeName(place));
    }
    return {
      interests: targets.filter((target) => target.kind !== "location"),
      locations: [...places.values()].sort((first, second) => first.localeCompare(second)),
      counts,
    };
  });
}
