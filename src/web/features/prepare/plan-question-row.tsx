import { type KeyboardEvent, useState } from "react";
import type { PlanQuestion } from "../../../domain/prepare/preparation.js";
import type { QuestionBudgetLine } from "../../../domain/prepare/time-budget.js";
import { Button } from "../../components/button.js";
import { QuestionCheck } from "./question-check.js";
import { GroupLabel, TagBadges } from "./tag-badges.js";

export interface RowMoves {
  /** Moves the question by `by` places (−1 up, +1 down). */
  move: (id: string, by: -1 | 1) => void;
  onDragStart: (id: string) => void;
  onDragOver: (id: string) => void;
  onDrop: () => void;
}

/** One planned question: its place, fit or spare, and what can be done with it. */
export function PlanQuestionRow({
  question,
  index,
  count,
  line,
  moves,
  dragging,
  onSave,
  onToggleSpare,
  onRemove,
  busy,
}: {
  question: PlanQuestion;
  index: number;
  count: number;
  line: QuestionBudgetLine | undefined;
  moves: RowMoves;
  dragging: boolean;
  onSave: (text: string) => Promise<void>;
  onToggleSpare: () => void;
  onRemove: () => void;
  busy: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(question.text);
  const fits = line?.fit === "fits";

  // Alt+↑/↓ anywhere in the row moves the question (the buttons say so too).
  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey || editing) return;
    if (event.key === "ArrowUp" && index > 0) {
      event.preventDefault();
      moves.move(question.id, -1);
    } else if (event.key === "ArrowDown" && index < count - 1) {
      event.preventDefault();
      moves.move(question.id, 1);
    }
  }

  return (
    <li
      data-question-id={question.id}
      draggable={!editing}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", question.id);
        moves.onDragStart(question.id);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        moves.onDragOver(question.id);
      }}
      onDrop={(event) => {
        event.preventDefault();
        moves.onDrop();
      }}
      onDragEnd={() => moves.onDrop()}
      onKeyDown={onKeyDown}
      className={`flex min-w-0 gap-2 rounded-lg border px-2 py-2 sm:gap-3 sm:px-3 ${dragging ? "border-teal-500 bg-teal-50" : "border-slate-200 bg-white"} ${fits ? "" : "opacity-90"}`}
    >
      <span
        aria-hidden="true"
        title="Drag to reorder"
        className="hidden cursor-grab select-none pt-8 text-slate-400 sm:block"
      >
        ⋮⋮
      </span>
      {/* The place in the plan between the buttons that change it. */}
      <div className="flex w-9 shrink-0 flex-col items-center">
        <Button
          variant="ghost"
          className="min-h-9 w-9 px-0"
          data-move="up"
          disabled={index === 0 || busy || editing}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={() => moves.move(question.id, -1)}
        >
          ↑<span className="sr-only">Move up: {question.text}</span>
        </Button>
        <span className="font-semibold text-slate-500">{index + 1}.</span>
        <Button
          variant="ghost"
          className="min-h-9 w-9 px-0"
          data-move="down"
          disabled={index === count - 1 || busy || editing}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={() => moves.move(question.id, 1)}
        >
          ↓<span className="sr-only">Move down: {question.text}</span>
        </Button>
      </div>
      <div className="min-w-0 flex-1">
        {editing ? (
          <div>
            <label htmlFor={`edit-${question.id}`} className="sr-only">
              Question
            </label>
            <textarea
              id={`edit-${question.id}`}
              rows={2}
              maxLength={500}
              value={text}
              onChange={(event) => setText(event.target.value)}
              className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-[15px] focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
            />
            <QuestionCheck text={text} onUseRewrite={setText} />
            <div className="mt-2 flex flex-wrap gap-2">
              <Button
                variant="primary"
                disabled={busy || text.trim() === ""}
                onClick={async () => {
                  await onSave(text);
                  setEditing(false);
                }}
              >
                Save
              </Button>
              <Button
                onClick={() => {
                  setText(question.text);
                  setEditing(false);
                }}
              >
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <p className="break-words pt-1 text-slate-900" data-question-text>
            {question.text}
          </p>
        )}
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <span
            data-fit={line?.fit ?? "spare"}
            className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${fits ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-slate-100 text-slate-700 ring-slate-300"}`}
          >
            {fits ? "Fits" : line?.spareReason === "marked" ? "Spare" : "Spare (no time)"}
          </span>
          <GroupLabel group={question.group} />
          <TagBadges tags={question.tags} />
        </div>
        {editing ? null : (
          <div className="-ml-2 mt-1 flex flex-wrap">
            <Button
              variant="ghost"
              className="min-h-11 px-2"
              disabled={busy}
              onClick={onToggleSpare}
            >
              {question.spare ? "Not a spare" : "Mark spare"}
            </Button>
            <Button
              variant="ghost"
              className="min-h-11 px-2"
              onClick={() => {
                setText(question.text);
                setEditing(true);
              }}
            >
              Edit
            </Button>
            <Button
              variant="ghost"
              className="min-h-11 px-2 text-red-700"
              disabled={busy}
              onClick={onRemove}
            >
              Remove
            </Button>
          </div>
        )}
      </div>
    </li>
  );
}
