import { counted, pluralForm } from "../wording/plural.js";
import type { PlanQuestion, QuestionGroup } from "./preparation.js";
import { questionGroups } from "./preparation.js";
import type { PrepareSettings } from "./prepare-settings.js";

/**
 * The plan's time budget (METHOD §4: questions are prioritized, with a few spares). The
 * agreed length minus the opening and the wind-down is what the questions share; each
 * answer takes `minutesPerAnswer`. Questions the explorer marked spare stay spares; the
 * others fit in priority order while minutes remain, and the rest become spares.
 */

export type BudgetFit = "fits" | "spare";

export interface QuestionBudgetLine {
  id: string;
  fit: BudgetFit;
  /** Why it is a spare: marked by the explorer, or no time left for it. */
  spareReason: "marked" | "no_time" | null;
}

export interface QuestionBudget {
  /** Minutes left for questions: never below 0. */
  minutesForQuestions: number;
  /** Minutes the questions that fit take. */
  minutesUsed: number;
  /** How many answers the minutes hold. */
  capacity: number;
  /** How many of the plan's questions fit. */
  fitCount: number;
  /** How many questions the plan holds (spares included). */
  total: number;
  minutesPerAnswer: number;
  durationMinutes: number;
  /** In plan order (the order given). */
  lines: QuestionBudgetLine[];
  /** METHOD §4's groups with no question in the plan at all. */
  emptyGroups: QuestionGroup[];
}

export function questionBudget(
  plan: readonly Pick<PlanQuestion, "id" | "spare" | "group">[],
  durationMinutes: number,
  settings: Pick<PrepareSettings, "minutesPerAnswer" | "openingMinutes" | "windDownMinutes">,
): QuestionBudget {
  const minutesForQuestions = Math.max(
    0,
    durationMinutes - settings.openingMinutes - settings.windDownMinutes,
  );
  const capacity = Math.floor(minutesForQuestions / settings.minutesPerAnswer);
  let fitCount = 0;
  const lines = plan.map((question): QuestionBudgetLine => {
    if (question.spare) return { id: question.id, fit: "spare", spareReason: "marked" };
    if (fitCount < capacity) {
      fitCount += 1;
      return { id: question.id, fit: "fits", spareReason: null };
    }
    return { id: question.id, fit: "spare", spareReason: "no_time" };
  });
  const present = new Set(plan.map((question) => question.group));
  return {
    minutesForQuestions,
    minutesUsed: fitCount * settings.minutesPerAnswer,
    capacity,
    fitCount,
    total: plan.length,
    minutesPerAnswer: settings.minutesPerAnswer,
    durationMinutes,
    lines,
    emptyGroups: questionGroups.filter((group) => !present.has(group)),
  };
}

/** "4 of 6 fit in 20 minutes at 3 minutes an answer". */
export function budgetSentence(budget: QuestionBudget): string {
  const minutes = (count: number) => counted(count, { one: "minute", other: "minutes" });
  const answer = `at ${minutes(budget.minutesPerAnswer)} an answer`;
  // "1 of 1 fits", but "1 of 2 fit": the verb agrees with the one only when all fit.
  const verb =
    budget.fitCount === budget.total
      ? pluralForm(budget.total, { one: "fits", other: "fit" })
      : "fit";
  return `${budget.fitCount} of ${budget.total} ${verb} in ${minutes(budget.durationMinutes)} ${answer}`;
}
