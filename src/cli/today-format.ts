import { actionGroupLabels, actionGroups } from "../domain/cadence.js";
import { dueWording } from "../domain/due-wording.js";
import { thankYouCountdown } from "../domain/thank-you-countdown.js";
import type { TodayAction, TodayView } from "../domain/today.js";
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

/** The agenda as lines of plain text for a terminal, in the explorer's zone and `locale`. */
export function formatToday(view: TodayView, locale = "en-GB"): string[] {
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
    `In the last 7 days: ${counted(touches, { one: "touch", other: "touches" })}, ${counted(conversations, "conversation")}, ${counted(thankYous, "thank-you")}, ${counted(peopleAdded, people)} added.`,
    "",
  ];
  const due = view.actions.filter((action) => action.state !== "upcoming");
  if (due.length === 0) lines.push("Nothing due today.");
  for (const group of actionGroups) {
    const actions = due
      .filter((action) => action.group === group)
      .sort(
        (first, second) => Number(second.state === "overdue") - Number(first.state === "overdue"),
      );
    if (actions.length === 0) continue;
    lines.push(
      `${actionGroupLabels[group]} (${actions.length})`,
      ...actions.map((action) => line(action, now, timeZone)),
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
  }
  const coming = view.actions.filter((action) => action.state === "upcoming");
  if (coming.length > 0) {
    lines.push("", "Coming up", ...coming.map((action) => line(action, now, timeZone)));
  }
  return lines;
}
