import type { TakeawayTag } from "../follow-up/takeaway.js";
import type { Target } from "../profile.js";
import {
  activityPerWeekOfInstants,
  answerSpread,
  breakdownOfFacts,
  type EffortDimension,
  type EffortGroup,
  effortDimensions,
  type PersonEffort,
  personEffort,
  referralYield,
  type Spread,
} from "./effort.js";
import { type FunnelRow, funnelOfFurthest, funnelSteps } from "./funnel.js";
import {
  conversationTime,
  type InsightsData,
  type InsightsPerson,
  logsByPerson,
} from "./insights-data.js";
import {
  explorerNodeId,
  type NetworkEdge,
  type NetworkNode,
  referralNetwork,
} from "./referral-network.js";
import { themes } from "./themes.js";

/**
 * The Insights page's sections as the API sends them, each built from (already filtered)
 * InsightsData. Long lists are cut to what a page can show, with how many were left off.
 */

export interface EffortView {
  people: number;
  funnel: FunnelRow[];
  /** Days from the first letter, e-mail, message or call to the first answer. */
  daysToFirstAnswer: Spread;
  breakdowns: Record<EffortDimension, { groups: EffortGroup[]; more: number }>;
  referrals: {
    /** People introduced by someone in the log (the snowball). */
    referrals: number;
    /** Introductions per person met (by someone met), over the people met. */
    perPersonMet: number | null;
    introducers: { personId: string; name: string; introduced: number }[];
    more: number;
  };
  activityPerWeek: { weekOf: string; entries: number }[];
}

export const insightsListLimits = {
  groups: 20,
  introducers: 20,
  themes: 100,
  networkNodes: 300,
} as const;

/**
 * `period` (periodBounds of the filter) keeps the weekly activity to the period: a booking
 * made before it comes along with its conversation (applyInsightsFilter) but is no activity
 * of the period.
 */
export function effortView(
  data: InsightsData,
  timeZone: string,
  period: { start: number; end: number } = {
    start: Number.NEGATIVE_INFINITY,
    end: Number.POSITIVE_INFINITY,
  },
): EffortView {
  return effortViewOfFacts(data.people, effortFacts(data, period), timeZone);
}

/** Each person's PersonEffort from (already filtered) data: every log put in order once. */
export function effortFacts(
  data: Pick<InsightsData, "people" | "entries">,
  period?: { start: number; end: number },
): Map<string, PersonEffort> {
  const logs = logsByPerson(data.entries);
  return new Map(
    data.people.map((person) => [person.id, personEffort(logs.get(person.id) ?? [], period)]),
  );
}

const metStep = funnelSteps.indexOf("met");
const noEffort = personEffort([]);

/**
 * The Effort section from each person's PersonEffort, worked out from their log here or read
 * from the insights_facts projection (which holds the same for their whole log).
 */
export function effortViewOfFacts(
  people: readonly InsightsPerson[],
  facts: ReadonlyMap<string, PersonEffort>,
  timeZone: string,
): EffortView {
  const allFacts = people.map((person) => facts.get(person.id) ?? noEffort);
  // Met is the furthest step at least "met": thanked and keeping in touch come after it.
  const met = new Set(
    people.filter((_, index) => (allFacts[index]?.furthest ?? 0) >= metStep).map((p) => p.id),
  );
  const yieldOf = referralYield(people, met);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const breakdowns = Object.fromEntries(
    effortDimensions.map((dimension) => {
      const groups = breakdownOfFacts(dimension, people, facts);
      return [
        dimension,
        {
          groups: groups.slice(0, insightsListLimits.groups),
          more: Math.max(0, groups.length - insightsListLimits.groups),
        },
      ];
    }),
  ) as EffortView["breakdowns"];
  function* instants() {
    for (const fact of allFacts) for (const at of fact.activityMinutes) yield at * 60_000;
  }
  return {
    people: people.length,
    funnel: funnelOfFurthest(allFacts.map((fact) => fact.furthest)),
    daysToFirstAnswer: answerSpread(allFacts),
    breakdowns,
    referrals: {
      referrals: yieldOf.referrals,
      perPersonMet: yieldOf.perPersonMet,
      introducers: yieldOf.byIntroducer
        .slice(0, insightsListLimits.introducers)
        .map(({ personId, introduced }) => ({
          personId,
          name: names.get(personId) ?? "",
          introduced,
        })),
      more: Math.max(0, yieldOf.byIntroducer.length - insightsListLimits.introducers),
    },
    activityPerWeek: activityPerWeekOfInstants(instants(), timeZone),
  };
}

export interface ThemeSource {
  takeawayId: string;
  text: string;
  personId: string;
  personName: string;
  /** The conversation (its "meeting_scheduled" entry) and when it took place. */
  activityId: string;
  conversationAt: string | null;
}

export interface ThemeItem {
  tag: TakeawayTag;
  key: string;
  label: string;
  /** Distinct people who said it… */
  people: number;
  /** …of the people with any takeaway here ("4 of 6 people said…"). */
  sources: ThemeSource[];
}

export interface ThemesView {
  /** People with at least one takeaway (the "of 6"). */
  peopleWithTakeaways: number;
  takeaways: number;
  themes: ThemeItem[];
  more: number;
}

export function themesView(data: InsightsData, tag?: TakeawayTag): ThemesView {
  const names = new Map(data.people.map((person) => [person.id, person.name]));
  const live = data.takeaways.filter((takeaway) => names.has(takeaway.personId));
  const when = new Map(
    data.entries
      .filter((entry) => entry.kind === "meeting_scheduled")
      .map((entry) => [entry.id, conversationTime(entry)]),
  );
  const all = themes(live, tag);
  return {
    peopleWithTakeaways: new Set(live.map((takeaway) => takeaway.personId)).size,
    takeaways: live.length,
    themes: all.slice(0, insightsListLimits.themes).map((theme) => ({
      tag: theme.tag,
      key: theme.key,
      label: theme.label,
      people: theme.people,
      sources: theme.takeaways.map((takeaway) => ({
        takeawayId: takeaway.id,
        text: takeaway.text,
        personId: takeaway.personId,
        personName: names.get(takeaway.personId) ?? "",
        activityId: takeaway.activityId,
        conversationAt: when.get(takeaway.activityId) ?? null,
      })),
    })),
    more: Math.max(0, all.length - insightsListLimits.themes),
  };
}

export interface NetworkView {
  nodes: (NetworkNode & { organizationName: string | null })[];
  edges: NetworkEdge[];
  /** People in a referral chain (introduced, or introduced someone) and how many are drawn. */
  total: number;
  shown: number;
  /** People nobody introduced who introduced nobody: counted on the explorer, not drawn. */
  foundYourself: number;
}

/**
 * The referral network: only people in a chain are drawn (everyone else is a count on the
 * explorer), breadth first from the explorer, the biggest introducers first, at most
 * `insightsListLimits.networkNodes` people.
 */
export function networkView(data: InsightsData, explorerLabel = "Me"): NetworkView {
  const graph = referralNetwork(data.people, explorerLabel);
  const children = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const list = children.get(edge.from);
    if (list) list.push(edge.to);
    else children.set(edge.from, [edge.to]);
  }
  const nodeOf = new Map(graph.nodes.map((node) => [node.id, node]));
  const introduced = new Set(
    graph.edges.filter((edge) => edge.from !== explorerNodeId).map((edge) => edge.to),
  );
  const chain = data.people.filter(
    (person) => introduced.has(person.id) || (nodeOf.get(person.id)?.referrals ?? 0) > 0,
  );
  const order = (ids: readonly string[]) =>
    [...ids].sort(
      (first, second) =>
        (nodeOf.get(second)?.referrals ?? 0) - (nodeOf.get(first)?.referrals ?? 0) ||
        (nodeOf.get(first)?.label ?? "").localeCompare(nodeOf.get(second)?.label ?? ""),
    );
  const shown = new Set<string>();
  // The explorer's own finds start a chain only when they introduced someone.
  const queue = order(
    (children.get(explorerNodeId) ?? []).filter((id) => (nodeOf.get(id)?.referrals ?? 0) > 0),
  );
  const walk = () => {
    while (queue.length > 0 && shown.size < insightsListLimits.networkNodes) {
      const id = queue.shift() ?? "";
      if (shown.has(id)) continue;
      shown.add(id);
      queue.push(...order(children.get(id) ?? []));
    }
  };
  walk();
  // People who introduced each other in a loop are not reached from the explorer: each
  // loop is walked from its biggest introducer.
  for (const id of order(chain.map((person) => person.id))) {
    if (shown.size >= insightsListLimits.networkNodes) break;
    if (shown.has(id)) continue;
    queue.push(id);
    walk();
  }
  const organization = new Map(data.people.map((person) => [person.id, person.organizationName]));
  const nodes = graph.nodes
    .filter((node) => node.id === explorerNodeId || shown.has(node.id))
    .map((node) => ({ ...node, organizationName: organization.get(node.id) ?? null }));
  return {
    nodes,
    edges: graph.edges.filter((edge) => shown.has(edge.to)),
    total: chain.length,
    shown: shown.size,
    foundYourself: data.people.length - chain.length,
  };
}

export interface InsightsOptions {
  /** The explorer's interests (fields, kinds of organization, roles) to filter by. */
  interests: Target[];
  /** Places people are in or the explorer targets, each once by its leading name. */
  locations: string[];
  counts: { people: number; conversationsHeld: number; takeaways: number };
}
