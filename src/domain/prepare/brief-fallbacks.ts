import type { ConversationMode } from "../activity.js";
import type { PrepareSettings } from "./prepare-settings.js";

/**
 * STAND-INS, to be replaced at merge: the time budget (time-budget.ts) and the checklists
 * (checklists.ts) belong to helper "plan" and were not on this branch when the brief was
 * built. The brief takes only `fits` per question and `{key, label, done}` items, so the
 * service swaps these two calls for the real ones and this file goes.
 */

/**
 * Which planned questions fit: those not marked spare, in order, while the minutes left
 * after the opening and the wind-down hold one more answer.
 */
export function questionsThatFitFallback(
  plan: readonly { spare: boolean }[],
  durationMinutes: number,
  settings: Pick<PrepareSettings, "minutesPerAnswer" | "openingMinutes" | "windDownMinutes">,
): boolean[] {
  const room = durationMinutes - settings.openingMinutes - settings.windDownMinutes;
  let capacity = Math.max(0, Math.floor(room / settings.minutesPerAnswer));
  return plan.map((question) => {
    if (question.spare || capacity === 0) return false;
    capacity -= 1;
    return true;
  });
}

const fallbackItems: Record<"in_person" | "remote", { key: string; label: string }[]> = {
  in_person: [
    { key: "arrive_early", label: "Arrive 5–10 minutes early" },
    { key: "route", label: "Plan the route" },
    { key: "resume_copies", label: "Résumé copies" },
    { key: "notebook", label: "Notebook and pen" },
  ],
  remote: [
    { key: "quiet_place", label: "A quiet place" },
    { key: "notes_at_hand", label: "Notes at hand" },
  ],
};

/** A short checklist from the mode, with the ticked keys. */
export function checklistFallback(
  mode: ConversationMode | null,
  checklistDone: readonly string[],
): { key: string; label: string; done: boolean }[] {
  const items = fallbackItems[mode === "in_person" || mode === null ? "in_person" : "remote"];
  return items.map((item) => ({ ...item, done: checklistDone.includes(item.key) }));
}
