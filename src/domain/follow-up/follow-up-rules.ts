import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { addHours } from "date-fns/addHours";
import { startOfDay } from "date-fns/startOfDay";
import type { Activity } from "../activity.js";
import type { CadencePerson, ReminderRule } from "../cadence.js";
import type { CadenceSettings } from "../cadence-settings.js";
import { deriveConversations } from "../conversation.js";
import type { Takeaway } from "./takeaway.js";

/** What the reminders need of a person's takeaways. */
export type TakeawayFact = Pick<
  Takeaway,
  "id" | "activityId" | "tag" | "actionDueOn" | "actionDoneAt" | "createdAt"
>;

/** "Write up your notes" is overdue at this hour of the morning after the conversation. */
export const writeUpOverdueHour = 8;
/** An update about a done action is overdue this many days after it was done. */
export const sendUpdateOverdueDays = 7;

/** Kinds that count as telling them what came of their advice. */
const updateKinds = new Set<Activity["kind"]>([
  "update_sent",
  "letter_sent",
  "email_sent",
  "network_message_sent",
]);

const iso = (date: Date) => new Date(date.getTime()).toISOString();

/** Midnight at the start of a calendar day (YYYY-MM-DD) in a time zone. */
function startOfZonedDay(day: string, timeZone: string): TZDate {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new TZDate(year, month - 1, date, 0, 0, timeZone);
}

/**
 * The follow-up reminders of one person (METHOD §6): write up the notes the same evening,
 * an action on its day, and an update once an action from their advice is done. Pure:
 * the person's log in chronological order, their takeaways and the settings go in.
 *
 * - `write_up_notes`: the person's latest held conversation without a takeaway yet, due
 *   at `writeUpNotesHour` of its day in the explorer's zone (or an hour after it ends,
 *   when it ends later than that), overdue at 08:00 the next morning.
 * - `takeaway_action`: each open action, due at the start of its day, overdue the day after.
 * - `send_update`: each done action, from when it was done, until an update or any written
 *   touch to them from then on; overdue a week later.
 * Every one follows from the conversation's "meeting_scheduled" entry; takeaways of a
 * conversation no longer in the log (deleted) remind nothing.
 */
export function followUpRules(
  person: CadencePerson,
  log: readonly Activity[],
  takeaways: readonly TakeawayFact[],
  settings: CadenceSettings,
): ReminderRule[] {
  const { timeZone } = settings;
  // Whether a conversation was held does not depend on `now`; any instant will do.
  const conversations = deriveConversations(log, new Date(0), settings.conversationMinutes);
  const live = new Set(conversations.map((conversation) => conversation.activityId));
  const mine = takeaways.filter((takeaway) => live.has(takeaway.activityId));
  const base = { personId: person.id, conversationAt: null };
  const rules: ReminderRule[] = [];

  const latestHeld = conversations.filter((conversation) => conversation.status === "held").at(-1);
  if (latestHeld && !mine.some((takeaway) => takeaway.activityId === latestHeld.activityId)) {
    const start = new TZDate(new Date(latestHeld.startsAt).getTime(), timeZone);
    const evening = addHours(startOfDay(start), settings.writeUpNotesHour);
    const end = new Date(latestHeld.endsAt);
    const dueAt = end > evening ? addHours(end, 1) : evening;
    const overdueAt = addHours(startOfDay(addDays(start, 1)), writeUpOverdueHour);
    rules.push({
      ...base,
      reason: "write_up_notes",
      triggeredBy: latestHeld.activityId,
      dueAt: iso(dueAt),
      overdueAt: iso(dueAt > overdueAt ? addDays(overdueAt, 1) : overdueAt),
    });
  }

  for (const takeaway of mine) {
    if (takeaway.tag !== "action" || !takeaway.actionDueOn) continue;
    if (takeaway.actionDoneAt === null) {
      const day = startOfZonedDay(takeaway.actionDueOn, timeZone);
      rules.push({
        ...base,
        key: `takeaway_action:${person.id}:${takeaway.id}`,
        reason: "takeaway_action",
        triggeredBy: takeaway.activityId,
        dueAt: iso(day),
        overdueAt: iso(addDays(day, 1)),
      });
      continue;
    }
    const doneAt = takeaway.actionDoneAt;
    const updated = log.some((entry) => updateKinds.has(entry.kind) && entry.occurredAt >= doneAt);
    if (updated) continue;
    rules.push({
      ...base,
      key: `send_update:${person.id}:${takeaway.id}`,
      reason: "send_update",
      triggeredBy: takeaway.activityId,
      dueAt: doneAt,
      overdueAt: iso(addDays(new Date(doneAt), sendUpdateOverdueDays)),
    });
  }
  return rules;
}
