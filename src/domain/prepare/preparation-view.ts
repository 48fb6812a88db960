import type { ConversationWithPerson } from "../conversation.js";
import type { LastReflection } from "../follow-up/reflection-history.js";
import {
  type ChecklistItem,
  type ChecklistProgress,
  checklistFor,
  checklistWithDone,
} from "./checklists.js";
import { type ObjectiveHint, objectiveHints } from "./objective-hints.js";
import type { PlanQuestion, Preparation } from "./preparation.js";
import type { PrepareSettings } from "./prepare-settings.js";
import { type QuestionBudget, questionBudget } from "./time-budget.js";

/** The conversation as the preparation page's header shows it. */
export interface PreparationConversation extends ConversationWithPerson {
  organizationId: string | null;
  /** Their phone, for the logistics (a phone call needs it at hand). */
  phone: string | null;
  phoneExtension: string | null;
}

export type ChecklistLine = ChecklistItem & { done: boolean };

/** What GET /api/conversations/:id/preparation answers: the whole page in one read. */
export interface PreparationView {
  conversation: PreparationConversation;
  /** Saved, or an empty one (nothing saved yet: `updatedAt` null). */
  preparation: Preparation;
  objectiveHints: ObjectiveHint[];
  /** Live questions, first = highest priority. */
  plan: PlanQuestion[];
  budget: QuestionBudget;
  checklist: ChecklistLine[];
  progress: ChecklistProgress;
  settings: PrepareSettings;
  /** The explorer's time zone, for "when" on the page. */
  timeZone: string;
  /** What the explorer said they would change, after their latest conversation before this one. */
  lastReflection: LastReflection | null;
}

export function emptyPreparation(activityId: string): Preparation {
  return { activityId, objective: null, aboutThem: null, checklistDone: [], updatedAt: null };
}

/** The checklist of a conversation with what is done, from the saved ticks and the plan. */
export function preparedChecklist(
  conversation: Pick<ConversationWithPerson, "mode" | "place" | "durationMinutes">,
  preparation: Pick<Preparation, "objective" | "checklistDone">,
  budget: Pick<QuestionBudget, "fitCount">,
): { checklist: ChecklistLine[]; progress: ChecklistProgress } {
  const checklist = checklistWithDone(
    checklistFor(conversation.mode, conversation.place),
    preparation.checklistDone,
    {
      objectiveWritten: (preparation.objective?.trim() ?? "") !== "",
      questionsFit: budget.fitCount > 0,
    },
  );
  return {
    checklist,
    progress: { ready: checklist.filter((line) => line.done).length, total: checklist.length },
  };
}

/** The whole view from what the store holds. */
export function preparationView(input: {
  conversation: PreparationConversation;
  preparation: Preparation | null;
  plan: PlanQuestion[];
  settings: PrepareSettings;
  timeZone: string;
  lastReflection?: LastReflection | null;
}): PreparationView {
  const { conversation, plan, settings } = input;
  const preparation = input.preparation ?? emptyPreparation(conversation.activityId);
  const budget = questionBudget(plan, conversation.durationMinutes, settings);
  return {
    conversation,
    preparation,
    objectiveHints: objectiveHints(preparation.objective),
    plan,
    budget,
    ...preparedChecklist(conversation, preparation, budget),
    settings,
    timeZone: input.timeZone,
    lastReflection: input.lastReflection ?? null,
  };
}
