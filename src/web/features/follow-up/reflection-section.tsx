import { useId, useState } from "react";
import {
  type FiveC,
  fiveCLabels,
  fiveCs,
  type Reflection,
} from "../../../domain/follow-up/reflection.js";
import { Button } from "../../components/button.js";
import { TextArea } from "../../components/field.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { ApiError } from "../../lib/api.js";
import { useReflection, useSaveReflection } from "./queries.js";

const questions: Record<FiveC, string> = {
  confidence: "Did I come across as sure of myself?",
  competence: "Did I show what I can do?",
  communication: "Was I clear, and did I listen?",
  character: "Did I come across as honest and reliable?",
  chemistry: "Did we get on?",
};

type Ratings = Record<FiveC, number | null>;
const unrated: Ratings = {
  confidence: null,
  competence: null,
  communication: null,
  character: null,
  chemistry: null,
};

/** How did I come across? The five Cs, a note, and what I would change next time (METHOD §6). */
export function ReflectionSection({ activityId }: { activityId: string }) {
  const saved = useReflection(activityId);
  if (saved.isPending) return <Loading label="Loading the reflection…" />;
  if (saved.isError) return <LoadFailed error={saved.error} retry={() => saved.refetch()} />;
  return <ReflectionForm activityId={activityId} saved={saved.data.reflection} />;
}

function ReflectionForm({ activityId, saved }: { activityId: string; saved: Reflection | null }) {
  const id = useId();
  const [ratings, setRatings] = useState<Ratings>(saved?.ratings ?? unrated);
  const [note, setNote] = useState(saved?.note ?? "");
  const [changeNext, setChangeNext] = useState(saved?.changeNext ?? "");
  const [dirty, setDirty] = useState(false);
  const save = useSaveReflection(activityId);
  const fields = save.error instanceof ApiError ? save.error.fields : {};

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    try {
      await save.mutateAsync({ ratings, note, changeNext });
      setDirty(false);
    } catch {
      // The messages show at the fields, or below the button.
    }
  }

  const status = save.isPending
    ? "Saving…"
    : dirty
      ? "Not saved yet"
      : saved || save.isSuccess
        ? "Saved"
        : "";

  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-label="Reflection"
      className="flex flex-col gap-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {fiveCs.map((c) => (
          <fieldset
            key={c}
            className="rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200"
            aria-describedby={`${id}-${c}-question${fields[`ratings.${c}`] ? ` ${id}-${c}-error` : ""}`}
          >
            <legend className="float-left w-full font-semibold text-slate-900">
              {fiveCLabels[c]}
            </legend>
            <p id={`${id}-${c}-question`} className="clear-both text-sm text-slate-600">
              {questions[c]}
            </p>
            <div className="mt-2 flex gap-1.5">
              {[1, 2, 3, 4, 5].map((score) => (
                <label
                  key={score}
                  className="flex size-11 cursor-pointer items-center justify-center rounded-lg bg-white font-semibold text-slate-700 ring-1 ring-slate-300 ring-inset has-checked:bg-violet-700 has-checked:text-white has-checked:ring-violet-700 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-violet-700 hover:bg-slate-100 has-checked:hover:bg-violet-800"
                >
                  <input
                    type="radio"
                    name={`${id}-${c}`}
                    value={score}
                    checked={ratings[c] === score}
                    onChange={() => {
                      setRatings((current) => ({ ...current, [c]: score }));
                      setDirty(true);
                    }}
                    className="sr-only"
                    aria-label={`${fiveCLabels[c]}: ${score} of 5`}
                  />
                  <span aria-hidden="true">{score}</span>
                </label>
              ))}
            </div>
            {fields[`ratings.${c}`] ? (
              <p id={`${id}-${c}-error`} className="mt-1.5 text-sm font-medium text-red-700">
                ⚠ {fields[`ratings.${c}`]}
              </p>
            ) : null}
          </fieldset>
        ))}
      </div>
      <p className="-mt-2 text-sm text-slate-500">1 = not at all, 5 = very much.</p>
      <TextArea
        id={`${id}-note`}
        label="Note"
        hint="What went well, what surprised you."
        value={note}
        rows={3}
        onChange={(event) => {
          setNote(event.target.value);
          setDirty(true);
        }}
        error={fields.note}
      />
      <TextArea
        id={`${id}-change`}
        label="What I would change next time"
        hint="Shown on your next conversation's preparation page."
        value={changeNext}
        rows={2}
        onChange={(event) => {
          setChangeNext(event.target.value);
          setDirty(true);
        }}
        error={fields.changeNext}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save reflection
        </Button>
        <p
          role="status"
          className={`text-sm ${status === "Saved" ? "text-teal-800" : "text-slate-500"}`}
        >
          {status === "Saved" ? "✓ Saved" : status}
        </p>
      </div>
      {save.error && !(save.error instanceof ApiError && Object.keys(fields).length > 0) ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          Could not save: {errorMessage(save.error)}
        </p>
      ) : null}
    </form>
  );
}
