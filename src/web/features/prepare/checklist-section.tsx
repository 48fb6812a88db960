import { useEffect, useState } from "react";
import { progressSentence } from "../../../domain/prepare/checklists.js";
import type { ChecklistLine } from "../../../domain/prepare/preparation-view.js";
import { errorMessage } from "../../lib/error-message.js";
import { PrepareSection } from "./prepare-section.js";
import { useSavePreparation } from "./queries.js";

const autoHints = {
  objective: "ticks itself once the objective is written",
  questions: "ticks itself once a question fits the time",
} as const;

/** "Come prepared" for this conversation's mode and place; ticks are saved at once. */
export function ChecklistSection({
  activityId,
  checklist,
  progress,
}: {
  activityId: string;
  checklist: ChecklistLine[];
  progress: { ready: number; total: number };
}) {
  const save = useSavePreparation(activityId);
  const savedTicks = checklist.filter((line) => !line.auto && line.done).map((line) => line.key);
  // Ticks show at once; several quick ticks each send the whole list as it is by then.
  const [ticked, setTicked] = useState(savedTicks);
  const savedKey = savedTicks.join(" ");
  useEffect(() => {
    if (!save.isPending) setTicked(savedKey ? savedKey.split(" ") : []);
  }, [savedKey, save.isPending]);

  function toggle(key: string, done: boolean) {
    const next = done ? [...ticked, key] : ticked.filter((each) => each !== key);
    setTicked(next);
    save.mutate({ checklistDone: next });
  }
  const isDone = (line: ChecklistLine) => (line.auto ? line.done : ticked.includes(line.key));
  const ready = checklist.filter(isDone).length;

  return (
    <PrepareSection
      id="checklist"
      title="Checklist"
      aside={
        <p data-progress className="text-sm font-semibold text-teal-800">
          {progressSentence({ ready, total: progress.total })}
        </p>
      }
    >
      {save.isError ? (
        <p role="alert" className="mb-2 text-sm text-red-700">
          Not saved: {errorMessage(save.error)}
        </p>
      ) : null}
      <ul className="grid gap-1 sm:grid-cols-2">
        {checklist.map((line) => (
          <li key={line.key}>
            <label
              className={`flex min-h-11 items-center gap-3 rounded-lg px-2 py-1.5 ${line.auto ? "text-slate-600" : "cursor-pointer hover:bg-slate-50"}`}
            >
              <input
                type="checkbox"
                className="size-5 shrink-0 accent-teal-700"
                checked={isDone(line)}
                disabled={Boolean(line.auto)}
                data-check={line.key}
                onChange={(event) => toggle(line.key, event.target.checked)}
              />
              <span>
                {line.label}
                {line.auto ? (
                  <span className="block text-xs text-slate-500">{autoHints[line.auto]}</span>
                ) : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </PrepareSection>
  );
}
