import { type CompareView, compare } from "../domain/insights/compare.js";
import {
  applyInsightsFilter,
  type InsightsData,
  type InsightsFilter,
  periodBounds,
} from "../domain/insights/insights-data.js";
import { type InsightsQuery, insightsQuerySchema } from "../domain/insights/insights-query.js";
import {
  type EffortView,
  effortView,
  type InsightsOptions,
  type NetworkView,
  networkView,
  type ThemesView,
  themesView,
} from "../domain/insights/insights-view.js";
import { placeKey, placeName } from "../domain/trip.js";
import { validate } from "../domain/validation.js";
import type { ServiceContext } from "./context.js";
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

async function filteredData(
  context: ServiceContext,
  query: unknown,
): Promise<{ data: InsightsData; timeZone: string; filter: InsightsFilter }> {
  const { interest, location, from, to } = insightsQueryFrom(query);
  const filter: InsightsFilter = { interest, location, from, to };
  return context.transaction(async (tx) => {
    const [people, entries, takeaways, reflections, checkIns, targets, settings] =
      await Promise.all([
        tx.store.insights.people(tx.ownerId),
        tx.store.insights.entries(tx.ownerId),
        tx.store.takeaways.listAll(tx.ownerId),
        tx.store.reflections.listAll(tx.ownerId),
        tx.store.checkIns.listAll(tx.ownerId),
        tx.store.profile.listTargets(tx.ownerId),
        getCadenceSettings(tx),
      ]);
    const data = { people, entries, takeaways, reflections, checkIns, targets };
    return {
      data: applyInsightsFilter(data, filter, settings.timeZone),
      timeZone: settings.timeZone,
      filter,
    };
  });
}

export async function getEffort(
  context: ServiceContext,
  query: unknown,
): Promise<EffortView & { filter: InsightsFilter }> {
  const { data, timeZone, filter } = await filteredData(context, query);
  return { ...effortView(data, timeZone, periodBounds(filter, timeZone)), filter };
}

export async function getThemes(
  context: ServiceContext,
  query: unknown,
): Promise<ThemesView & { filter: InsightsFilter }> {
  const { tag } = insightsQueryFrom(query);
  const { data, filter } = await filteredData(context, query);
  return { ...themesView(data, tag), filter };
}

export async function getCompare(
  context: ServiceContext,
  query: unknown,
): Promise<CompareView & { filter: InsightsFilter }> {
  const { dimension } = insightsQueryFrom(query);
  const { data, filter } = await filteredData(context, query);
  return { ...compare(dimension, data), filter };
}

export async function getNetwork(
  context: ServiceContext,
  query: unknown,
): Promise<NetworkView & { filter: InsightsFilter }> {
  const { data, filter } = await filteredData(context, query);
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
