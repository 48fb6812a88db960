import { actionGroupLabels } from "../domain/cadence.js";
import { dueWording } from "../domain/due-wording.js";
import { thankYouCountdown } from "../domain/thank-you-countdown.js";
import type { TodayAction, TodayView } from "../domain/today.js";
import { wordingLocale } from "../domain/wording/locale.js";
import { counted, people } from "./counted.js";

function line(action: TodayAction, now: Date, timeZone: string): string {
  const marker = action.state === "overdue" ? "!" : "•";
  const organization = action.organizationName ? ` (${action.organizationName})` : "";
  const phone =
    action.group === "call" && action.phone
      ? ` · ${action.phone}${action.phoneExtension ? ` ext. ${action.phoneExtension}` : ""}`
      : "";
  // The thank-you's countdown: the best two hours, then the latest time.
  const countdown = action.idealBy
    ? ` · ${thankYouCountdown({ idealBy: action.idealBy, overdueAt: action.overdueAt }, now).text}`
    : "";
  return `  ${marker} ${action.personName}${organization}: ${action.message} · ${dueWording(action, now, timeZone)}${phone}${countdown}`;
}

/**
 * What is due or overdue, by group in Today's order, the most pressing first in each (as
 * sent: the top of each group), with how many the group holds; no empty group.
 */
function dueGroups(view: TodayView) {
  return view.groups.map(({ group, total, overdue }) => ({
    group,
    total,
    overdue,
    actions: view.actions.filter((action) => action.group === group && action.state !== "upcoming"),
  }));
}

function actionJson(action: TodayAction) {
  return {
    key: action.key,
    personId: action.personId,
    personName: action.personName,
    organizationName: action.organizationName,
    reason: action.reason,
    message: action.message,
    state: action.state,
    dueAt: action.dueAt,
    overdueAt: action.overdueAt,
    /** For a thank-you: the end of the best window. */
    idealBy: action.idealBy ?? null,
    conversationAt: action.conversationAt,
    phone: action.phone,
    phoneExtension: action.phoneExtension,
    email: action.email,
  };
}

/**
 * `rapport today --json`: what the lines show as one stable object, every key always
 * there: the week's counts, what is due by group (the lines' order, `label` their heading),
 * this week's conversations and what comes up later. Instants are ISO strings in UTC;
 * `timeZone` is the zone the lines' days and times are said in.
 */
export function todayJson(view: TodayView) {
  return {
    now: view.now,
    timeZone: view.timeZone,
    week: {
      touches: view.week.touches,
      conversations: view.week.conversations,
      thankYous: view.week.thankYous,
      peopleAdded: view.week.peopleAdded,
    },
    due: dueGroups(view).map(({ group, total, overdue, actions }) => ({
      group,
      label: actionGroupLabels[group],
      total,
      overdue,
      actions: actions.map(actionJson),
    })),
    conversations: view.upcoming.map((conversation) => ({
      activityId: conversation.activityId,
      personId: conversation.personId,
      personName: conversation.personName,
      organizationName: conversation.organizationName,
      startsAt: conversation.startsAt,
    })),
    conversationsTotal: view.upcomingTotal,
    comingUp: view.actions.filter((action) => action.state === "upcoming").map(actionJson),
    comingUpTotal: view.comingUpTotal,
  };
}

/** The agenda as lines of plain text for a terminal, in the explorer's zone and `locale`. */
export function formatToday(
  view: TodayView,
  locale = wordingLocale,
  options: { all?: boolean } = {},
): string[] {
  // The line under a list cut short: how many more there are, and where to see them.
  const more = (hidden: number): string[] =>
    hidden > 0
      ? [`  … and ${hidden} more${options.all ? "" : " (rapport today --all lists them)"}`]
      : [];
  const { timeZone } = view;
  const now = new Date(view.now);
  const dateFormat = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone,
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
  const { touches, conversations, thankYous, peopleAdded } = view.week;
  const lines = [
    `Today, ${dateFormat.format(now)}`,
    `In the last 7 days: ${counted(touches, { one: "touch", other: "touches" })}, ${counted(conversations, { one: "conversation", other: "conversations" })}, ${counted(thankYous, { one: "thank-you", other: "thank-yous" })}, ${counted(peopleAdded, people)} added.`,
    "",
  ];
  const groups = dueGroups(view);
  if (groups.length === 0) lines.push("Nothing due today.");
  for (const { group, total, actions } of groups) {
    lines.push(
      `${actionGroupLabels[group]} (${total})`,
      ...actions.map((action) => line(action, now, timeZone)),
      ...more(total - actions.length),
    );
  }
  if (view.upcoming.length > 0) {
    lines.push("", "Conversations this week");
    for (const conversation of view.upcoming) {
      const organization = conversation.organizationName
        ? ` (${conversation.organizationName})`
        : "";
      lines.push(
        `  ${timeFormat.format(new Date(conversation.startsAt))}  ${conversation.personName}${organization}`,
      );
    }
    lines.push(...more(view.upcomingTotal - view.upcoming.length));
  }
  const coming = view.actions.filter((action) => action.state === "upcoming");
  if (coming.length > 0) {
    lines.push(
      "",
      "Coming up",
      ...coming.map((action) => line(action, now, timeZone)),
      ...more(view.comingUpTotal - coming.length),
    );
  }
  return lines;
}
