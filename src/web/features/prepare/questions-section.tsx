import { useEffect, useRef, useState } from "react";
import type { PlanQuestion } from "../../../domain/prepare/preparation.js";
import { questionGroupLabels } from "../../../domain/prepare/preparation.js";
import type { PrepareSettings } from "../../../domain/prepare/prepare-settings.js";
import { budgetSentence, questionBudget } from "../../../domain/prepare/time-budget.js";
import { useToast } from "../../components/toast.js";
import { errorMessage } from "../../lib/error-message.js";
import { PlanQuestionRow } from "./plan-question-row.js";
import { PrepareSection } from "./prepare-section.js";
import {
  useDeletePlanQuestion,
  useReorderPlan,
  useRestorePlanQuestion,
  useUpdatePlanQuestion,
} from "./queries.js";
import { QuestionPicker } from "./question-picker.js";

/** The plan in priority order with its time budget, and the ways to add to it. */
export function QuestionsSection({
  activityId,
  plan,
  durationMinutes,
  settings,
}: {
  activityId: string;
  plan: PlanQuestion[];
  durationMinutes: number;
  settings: PrepareSettings;
}) {
  const reorder = useReorderPlan(activityId);
  const update = useUpdatePlanQuestion(activityId);
  const remove = useDeletePlanQuestion(activityId);
  const restore = useRestorePlanQuestion(activityId);
  const { showToast } = useToast();
  const [announcement, setAnnouncement] = useState("");
  const [dragged, setDragged] = useState<string | null>(null);
  const [dragOrder, setDragOrder] = useState<string[] | null>(null);
  /** The question just moved by keyboard or button: its controls get the focus once it is there. */
  const focusAfterMove = useRef<{ id: string; control: string; index: number } | null>(null);

  // While dragging, the rows show the order the drop would make.
  const order = dragOrder ?? plan.map((question) => question.id);
  const byId = new Map(plan.map((question) => [question.id, question]));
  const shown = order.flatMap((id) => byId.get(id) ?? []);
  // Worked out here from the plan as shown, so a move updates fit/spare at once.
  const budget = questionBudget(shown, durationMinutes, settings);
  const lines = new Map(budget.lines.map((line) => [line.id, line]));

  useEffect(() => {
    const target = focusAfterMove.current;
    // Wait for the render that shows it in its new place (a button disabled at the top or
    // bottom loses the focus, so the one still enabled takes it).
    if (!target || shown[target.index]?.id !== target.id) return;
    focusAfterMove.current = null;
    const row = document.querySelector(`[data-question-id="${CSS.escape(target.id)}"]`);
    const control =
      row?.querySelector<HTMLElement>(`[data-move="${target.control}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>("[data-move]:not(:disabled)");
    control?.focus();
  });

  function save(ids: string[]) {
    reorder.mutate(ids, {
      onError: (error) =>
        showToast({ message: `The order was not saved: ${errorMessage(error)}`, tone: "error" }),
    });
  }

  function move(id: string, by: -1 | 1) {
    const ids = plan.map((question) => question.id);
    const from = ids.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    focusAfterMove.current = { id, control: by < 0 ? "up" : "down", index: to };
    setAnnouncement(`Moved “${byId.get(id)?.text ?? ""}” to ${to + 1} of ${ids.length}.`);
    save(ids);
  }

  const moves = {
    move,
    onDragStart: (id: string) => {
      setDragged(id);
      setDragOrder(plan.map((question) => question.id));
    },
    onDragOver: (overId: string) => {
      if (!dragged || overId === dragged || !dragOrder) return;
      const ids = dragOrder.filter((id) => id !== dragged);
      ids.splice(dragOrder.indexOf(overId), 0, dragged);
      setDragOrder(ids);
    },
    onDrop: () => {
      if (dragOrder && dragged) {
        const before = plan.map((question) => question.id).join(" ");
        if (dragOrder.join(" ") !== before) save(dragOrder);
      }
      setDragged(null);
      setDragOrder(null);
    },
  };

  async function removeQuestion(question: PlanQuestion) {
    try {
      await remove.mutateAsync(question.id);
      showToast({
        message: "Removed the question.",
        action: {
          label: "Undo",
          onAction: () =>
            restore.mutate(question.id, {
              onError: (error) =>
                showToast({ message: `Could not undo: ${errorMessage(error)}`, tone: "error" }),
            }),
        },
      });
    } catch (error) {
      showToast({ message: `Could not remove it: ${errorMessage(error)}`, tone: "error" });
    }
  }

  return (
    <PrepareSection
      id="questions"
      title="Questions"
      description="In priority order: the first ones are asked first. Drag them, or use the arrows (Alt+↑ and Alt+↓ in a row)."
      aside={
        <p data-budget className="text-sm font-semibold text-slate-700">
          {budgetSentence(budget)}
        </p>
      }
    >
      <p className="mb-3 text-sm text-slate-600">
        {budget.minutesForQuestions} of {durationMinutes} minutes are for questions (
        {settings.openingMinutes} to open, {settings.windDownMinutes} to wind down).
      </p>
      {budget.emptyGroups.length > 0 ? (
        <ul className="mb-3 space-y-1">
          {budget.emptyGroups.map((group) => (
            <li
              key={group}
              data-empty-group={group}
              className="flex gap-1.5 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950"
            >
              <span aria-hidden="true">⚠</span>
              No question yet about {questionGroupLabels[group].toLowerCase()}.
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-slate-600">
          No questions yet. Add some from the bank below, or write your own.
        </p>
      ) : (
        <ol aria-label="Question plan" className="space-y-2">
          {shown.map((question, index) => (
            <PlanQuestionRow
              key={question.id}
              question={question}
              index={index}
              count={shown.length}
              line={lines.get(question.id)}
              moves={moves}
              dragging={dragged === question.id}
              busy={update.isPending || remove.isPending}
              onSave={async (text) => {
                await update.mutateAsync({ id: question.id, patch: { text } });
              }}
              onToggleSpare={() =>
                update.mutate({ id: question.id, patch: { spare: !question.spare } })
              }
              onRemove={() => void removeQuestion(question)}
            />
          ))}
        </ol>
      )}
      <QuestionPicker activityId={activityId} plan={plan} />
    </PrepareSection>
  );
}
