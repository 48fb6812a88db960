import type { Activity } from "../activity.js";
import type { CadencePerson, ReminderRule } from "../cadence.js";
import type { CadenceSettings } from "../cadence-settings.js";
import type { Takeaway } from "./takeaway.js";

/** What the reminders need of a person's takeaways. */
export type TakeawayFact = Pick<
  Takeaway,
  "id" | "activityId" | "tag" | "actionDueOn" | "actionDoneAt" | "createdAt"
>;

/**
 * The follow-up reminders of one person (METHOD §6): write up the notes the same evening,
 * an action on its day, and an update once an action from their advice is done. Pure:
 * the person's log in chronological order, their takeaways and the settings go in.
 */
export function followUpRules(
  _person: CadencePerson,
  _log: readonly Activity[],
  _takeaways: readonly TakeawayFact[],
  _settings: CadenceSettings,
): ReminderRule[] {
  return [];
}
