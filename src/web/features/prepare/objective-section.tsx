import { useState } from "react";
import { objectiveExamples, objectiveHints } from "../../../domain/prepare/objective-hints.js";
import { Button } from "../../components/button.js";
import { errorMessage } from "../../lib/error-message.js";
import { PrepareSection } from "./prepare-section.js";
import { useSavePreparation } from "./queries.js";

/**
 * The conversation's objective (METHOD §1): a textarea with examples and live hints. Hints
 * are gentle: the objective saves whatever it says. Saved when the field is left or with
 * the button; the line beside it says whether what is shown is saved.
 */
export function ObjectiveSection({
  activityId,
  saved,
}: {
  activityId: string;
  saved: string | null;
}) {
  const [text, setText] = useState(saved ?? "");
  const save = useSavePreparation(activityId);
  const savedText = saved ?? "";
  const dirty = text.trim() !== savedText.trim();
  const hints = objectiveHints(text).filter(
    (hint) => !(hint.code === "objective_empty" && text === ""),
  );

  function commit() {
    if (!dirty || save.isPending) return;
    save.mutate({ objective: text });
  }

  const status = save.isPending
    ? "Saving…"
    : save.isError
      ? `Not saved: ${errorMessage(save.error)}`
      : dirty
        ? "Not saved yet"
        : savedText
          ? "Saved"
          : "";

  return (
    <PrepareSection
      id="objective"
      title="Objective"
      description="What will you come away with? Name something to learn or decide, and by when."
    >
      <label htmlFor="prepare-objective" className="sr-only">
        Objective
      </label>
      <textarea
        id="prepare-objective"
        rows={3}
        value={text}
        maxLength={1000}
        placeholder={`e.g. ${objectiveExamples[0]}`}
        aria-describedby="prepare-objective-hints prepare-objective-status"
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-[15px] text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-teal-600 focus:outline-2 focus:outline-teal-600"
      />
      <ul id="prepare-objective-hints" aria-live="polite" className="mt-2 space-y-1">
        {hints.map((hint) => (
          <li key={hint.code} data-hint={hint.code} className="flex gap-1.5 text-sm text-amber-900">
            <span aria-hidden="true">💡</span>
            {hint.message}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={commit} disabled={!dirty || save.isPending}>
          Save objective
        </Button>
        <p
          id="prepare-objective-status"
          role="status"
          className={`text-sm ${save.isError ? "text-red-700" : dirty ? "text-amber-800" : "text-teal-800"}`}
        >
          {status}
        </p>
      </div>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-medium text-teal-800">Examples</summary>
        <ul className="mt-2 space-y-2">
          {objectiveExamples.map((example) => (
            <li key={example} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
              <span className="text-slate-700">{example}</span>
              <button
                type="button"
                className="shrink-0 self-start font-medium text-teal-700 underline-offset-2 hover:underline"
                onClick={() => setText(example)}
              >
                Start from this
              </button>
            </li>
          ))}
        </ul>
      </details>
    </PrepareSection>
  );
}
