import { type FiveC, fiveCs } from "../follow-up/reflection.js";
import { type TakeawayTag, takeawayTags } from "../follow-up/takeaway.js";
import type { TargetKind } from "../profile.js";
import { type ExcitementPoint, excitementSeries } from "./check-in.js";
import type { InsightsData, InsightsPerson } from "./insights-data.js";
import { memoizedThemeKey, themes } from "./themes.js";

/**
 * How fields, kinds of organization, roles and organizations compare (METHOD §7): side by
 * side, the people and conversations held in each, the takeaways most people said under
 * each tag, how the explorer came across (the five Cs' averages) and, for an interest,
 * whether it still excites them. Pure.
 */

export const compareDimensions = ["field", "organization_kind", "role", "organization"] as const;
export type CompareDimension = (typeof compareDimensions)[number];
export const compareDimensionLabels: Record<CompareDimension, string> = {
  field: "Fields",
  organization_kind: "Kinds of organization",
  role: "Roles",
  organization: "Organizations",
};

export interface CompareTheme {
  label: string;
  people: number;
}

export interface CompareColumn {
  /** A target id, or the organization's name. */
  key: string;
  label: string;
  people: number;
  conversationsHeld: number;
  /** Per tag, the themes most people said (at most `themesPerTag`); tags with none are absent. */
  topThemes: Partial<Record<TakeawayTag, CompareTheme[]>>;
  /** The five Cs averaged over the conversations reflected on (null: none rated). */
  reflection: { conversations: number; averages: Record<FiveC, number | null> };
  /** The explorer's "still excited?" ratings of this interest, oldest first (organizations: []). */
  excitement: ExcitementPoint[];
}

export interface CompareView {
  dimension: CompareDimension;
  columns: CompareColumn[];
  /** Columns left off after the first `limit`. */
  more: number;
}

export const themesPerTag = 3;

function membersOf(
  dimension: CompareDimension,
  data: InsightsData,
): { key: string; label: string; members: InsightsPerson[] }[] {
  if (dimension === "organization") {
    const groups = new Map<string, InsightsPerson[]>();
    for (const person of data.people) {
      if (!person.organizationName) continue;
      const group = groups.get(person.organizationName);
      if (group) group.push(person);
      else groups.set(person.organizationName, [person]);
    }
    return [...groups].map(([name, members]) => ({ key: name, label: name, members }));
  }
  const kind: TargetKind = dimension;
  return data.targets
    .filter((target) => target.kind === kind)
    .map((target) => ({
      key: target.id,
      label: target.label,
      members: data.people.filter((person) => person.targetIds.includes(target.id)),
    }));
}

function averages(ratings: readonly Record<FiveC, number | null>[]): Record<FiveC, number | null> {
  return Object.fromEntries(
    fiveCs.map((c) => {
      const values = ratings.flatMap((rating) => (rating[c] === null ? [] : [rating[c]]));
      return [
        c,
        values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length,
      ];
    }),
  ) as Record<FiveC, number | null>;
}

/**
 * Columns of one dimension, most conversations held first (then most people, then label);
 * interests are shown even with nobody tagged yet, organizations only once someone works there.
 */
export function compare(dimension: CompareDimension, data: InsightsData, limit = 12): CompareView {
  const held = new Map<string, number>();
  const conversationOwner = new Map<string, string>();
  for (const entry of data.entries) {
    if (entry.kind === "conversation_held")
      held.set(entry.personId, (held.get(entry.personId) ?? 0) + 1);
    if (entry.kind === "meeting_scheduled") conversationOwner.set(entry.id, entry.personId);
  }
  const groups = membersOf(dimension, data)
    .map((group) => ({
      ...group,
      conversationsHeld: group.members.reduce((sum, member) => sum + (held.get(member.id) ?? 0), 0),
    }))
    .sort(
      (first, second) =>
        second.conversationsHeld - first.conversationsHeld ||
        second.members.length - first.members.length ||
        first.label.localeCompare(second.label),
    );
  // Themes are worked out only for the columns shown, each takeaway's key once.
  const keyOf = memoizedThemeKey();
  const columns = groups.slice(0, limit).map(({ key, label, members, conversationsHeld }) => {
    const ids = new Set(members.map((member) => member.id));
    const said = themes(
      data.takeaways.filter((takeaway) => ids.has(takeaway.personId)),
      undefined,
      keyOf,
    );
    const topThemes: Partial<Record<TakeawayTag, CompareTheme[]>> = {};
    for (const tag of takeawayTags) {
      const top = said
        .filter((theme) => theme.tag === tag)
        .slice(0, themesPerTag)
        .map((theme) => ({ label: theme.label, people: theme.people }));
      if (top.length > 0) topThemes[tag] = top;
    }
    const reflected = data.reflections.filter((reflection) =>
      ids.has(conversationOwner.get(reflection.activityId) ?? ""),
    );
    return {
      key,
      label,
      people: members.length,
      conversationsHeld,
      topThemes,
      reflection: {
        conversations: reflected.length,
        averages: averages(reflected.map((reflection) => reflection.ratings)),
      },
      excitement: dimension === "organization" ? [] : excitementSeries(data.checkIns, key),
    };
  });
  return { dimension, columns, more: Math.max(0, groups.length - limit) };
}
