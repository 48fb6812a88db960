import { type ActionGroup, actionGroups, type DueAction } from "./cadence.js";
import { compareInstants } from "./stage.js";

/**
 * How much of Today is sent: the most pressing due actions of each group, the first of
 * what comes up and of this week's conversations, with how many there are in all ("N more").
 * Someone with thousands of reminders sees the top of each list, not a 7 MB page.
 */
export interface TodayShown {
  /** Due actions shown in a group the explorer has not opened further. */
  perGroup: number;
  /** Groups the explorer asked to see more of, and how many of each to show. */
  groups: Partial<Record<ActionGroup, number>>;
  /** Actions falling due later this week ("Coming up"). */
  comingUp: number;
  /** Conversations booked this week. */
  conversations: number;
}

/** The most one list shows in one response, however far it is opened. */
export const todayMostShown = 500;

export const defaultTodayShown: TodayShown = {
  perGroup: 5,
  groups: {},
  comingUp: 5,
  conversations: 5,
};

/** Every list opened as far as one response goes (the terminal's --all, the calendar feed). */
export const todayAllShown: TodayShown = {
  perGroup: todayMostShown,
  groups: {},
  comingUp: todayMostShown,
  conversations: todayMostShown,
};

/** "Show more" adds this many to a list. */
export const todayMoreStep = 20;

/** How many of a group's due actions are shown. */
export function shownInGroup(shown: TodayShown, group: ActionGroup): number {
  return Math.min(shown.groups[group] ?? shown.perGroup, todayMostShown);
}

/** A group of due actions: how many there are and how many of those are overdue. */
export interface TodayGroupCount {
  group: ActionGroup;
  total: number;
  overdue: number;
}

/** The part of the agenda that is sent, and how much there is in all. */
export interface DuePage<Action extends DueAction = DueAction> {
  /** The shown due actions of each group, most pressing first, then the first coming up. */
  actions: Action[];
  /** Groups with something due, in Today's order. */
  groups: TodayGroupCount[];
  /** Actions falling due later this week, shown or not. */
  comingUpTotal: number;
}

/** Most pressing first: the overdue, then the longest waiting; the key breaks ties. */
export function byUrgency(first: DueAction, second: DueAction): number {
  return (
    Number(second.state === "overdue") - Number(first.state === "overdue") ||
    compareInstants(first.dueAt, second.dueAt) ||
    compareInstants(first.key, second.key)
  );
}

/** What comes up next first. */
export function bySoonest(first: DueAction, second: DueAction): number {
  return compareInstants(first.dueAt, second.dueAt) || compareInstants(first.key, second.key);
}

/** Where an action sits on the page: its group in Today's order, what comes up last. */
function placeOnPage(action: DueAction): number {
  return action.state === "upcoming" ? actionGroups.length : actionGroups.indexOf(action.group);
}

/** Actions in the page's order: by group in Today's order, then coming up; each list's order kept. */
export function inPageOrder<Action extends DueAction>(actions: readonly Action[]): Action[] {
  return [...actions].sort((first, second) => placeOnPage(first) - placeOnPage(second));
}

/**
 * The page of a whole agenda: the rule the store's one query follows on the cached
 * reminders (the tests hold the two to the same answers).
 */
export function pageOfDue<Action extends DueAction>(
  due: readonly Action[],
  shown: TodayShown,
): DuePage<Action> {
  const actions: Action[] = [];
  const groups: TodayGroupCount[] = [];
  for (const group of actionGroups) {
    const inGroup = due
      .filter((action) => action.group === group && action.state !== "upcoming")
      .sort(byUrgency);
    if (inGroup.length === 0) continue;
    groups.push({
      group,
      total: inGroup.length,
      overdue: inGroup.filter((action) => action.state === "overdue").length,
    });
    actions.push(...inGroup.slice(0, shownInGroup(shown, group)));
  }
  const comingUp = due.filter((action) => action.state === "upcoming").sort(bySoonest);
  actions.push(...comingUp.slice(0, Math.min(shown.comingUp, todayMostShown)));
  return { actions, groups, comingUpTotal: comingUp.length };
}
