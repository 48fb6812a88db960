import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import {
  type CheckInSubject,
  type CheckInView,
  checkInQuestion,
  excitementLabels,
} from "../../../domain/insights/check-in.js";
import { Button } from "../../components/button.js";
import { TextArea } from "../../components/field.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { ApiError } from "../../lib/api.js";
import { formatDate } from "../../lib/format.js";
import { afterCheckIn, queryKeys } from "../../lib/invalidation.js";
import { checkInsApi } from "./check-in-api.js";

/**
 * "Still excited?" (METHOD §7): each interest and the direction overall rated 1–5, with an
 * optional note. Today shows it as a card while a check-in is due; Insights → Compare shows
 * it always, with when the last one was and when the next is due. Its own chunk, shared by
 * both pages (see index.ts).
 */
export function CheckInForm({ variant }: { variant: "today" | "insights" }) {
  const view = useQuery({ queryKey: queryKeys.checkIns, queryFn: checkInsApi.get });
  if (view.isPending) return <Loading label="Loading your interests…" />;
  if (view.isError) return <LoadFailed error={view.error} retry={() => view.refetch()} />;
  return <Ratings view={view.data} variant={variant} />;
}

const scores = [1, 2, 3, 4, 5] as const;

function Ratings({ view, variant }: { view: CheckInView; variant: "today" | "insights" }) {
  const id = useId();
  const queryClient = useQueryClient();
  const { showToast } = useToast();
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [note, setNote] = useState("");
  const save = useMutation({ mutationFn: checkInsApi.save });
  const [missing, setMissing] = useState(false);
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  const keyOf = (subject: CheckInSubject) => subject.targetId ?? "overall";
  const interests = view.interests.filter((subject) => subject.targetId !== null);

  async function undo(checkedAt: string) {
    try {
      await checkInsApi.remove(checkedAt);
      await afterCheckIn(queryClient);
      showToast({ message: "Check-in taken back.", duration: 5000 });
    } catch (error) {
      showToast({ message: `Could not take it back: ${errorMessage(error)}`, tone: "error" });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const given = view.interests.flatMap((subject) => {
      const rating = ratings[keyOf(subject)];
      return rating ? [{ targetId: subject.targetId, rating }] : [];
    });
    setMissing(given.length === 0);
    if (given.length === 0) return;
    try {
      const saved = await save.mutateAsync({ ratings: given, note });
      setRatings({});
      setNote("");
      save.reset();
      await afterCheckIn(queryClient);
      showToast({
        message: "Check-in saved.",
        action: { label: "Undo", onAction: () => void undo(saved.checkedAt) },
      });
    } catch {
      // The messages show at the fields, or below the button.
    }
  }

  const title =
    variant === "today"
      ? checkInQuestion(interests.map((subject) => subject.label))
      : "How excited are you now?";
  const formError =
    (missing ? "Rate at least one interest, or your direction overall." : null) ??
    fields.ratings ??
    Object.entries(fields).find(([field]) => field.endsWith(".targetId"))?.[1] ??
    (save.error && !(save.error instanceof ApiError && save.error.code === "validation_failed")
      ? errorMessage(save.error)
      : null);
  return (
    <form
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
      className="flex min-w-0 flex-col gap-3"
    >
      <div>
        <h2 id={`${id}-title`} className="font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-sm text-slate-600">
          {variant === "insights" ? <NextCheckIn view={view} /> : null}
          {`From 1 (${excitementLabels[1]?.toLowerCase()}) to 5 (${excitementLabels[5]?.toLowerCase()}). Leave out any you are not sure of.`}
        </p>
      </div>
      {view.interests.map((subject) => {
        const key = keyOf(subject);
        const chosen = ratings[key];
        return (
          <fieldset key={key} className="min-w-0" aria-describedby={`${id}-${key}-said`}>
            <legend className="font-medium text-slate-800">{subject.label}</legend>
            <div className="mt-1 flex flex-wrap items-center gap-1.5">
              {scores.map((score) => (
                <label
                  key={score}
                  title={excitementLabels[score]}
                  className="flex size-11 cursor-pointer items-center justify-center rounded-lg bg-white font-semibold text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-100 has-checked:bg-violet-700 has-checked:text-white has-checked:ring-violet-700 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-violet-700 has-checked:hover:bg-violet-800"
                >
                  <input
                    type="radio"
                    name={`${id}-${key}`}
                    value={score}
                    checked={chosen === score}
                    onChange={() => {
                      setMissing(false);
                      setRatings((current) => ({ ...current, [key]: score }));
                    }}
                    className="sr-only"
                    aria-label={`${score}: ${excitementLabels[score]}`}
                  />
                  <span aria-hidden="true">{score}</span>
                </label>
              ))}
              <span id={`${id}-${key}-said`} className="ml-1 text-sm text-slate-600">
                {chosen
                  ? excitementLabels[chosen]
                  : subject.latest
                    ? `Last time: ${subject.latest.rating} (${excitementLabels[subject.latest.rating]})`
                    : ""}
              </span>
            </div>
          </fieldset>
        );
      })}
      <TextArea
        id={`${id}-note`}
        label="Note (optional)"
        hint="What changed your mind, or what keeps you going."
        rows={2}
        value={note}
        error={fields.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save check-in"}
        </Button>
        {formError ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            ⚠ {formError}
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** "Last check-in Nov 22, 2026; next due Dec 20, 2026." for Compare's panel. */
function NextCheckIn({ view }: { view: CheckInView }) {
  const last = view.lastCheckedAt
    ? `Last check-in ${formatDate(view.lastCheckedAt)}`
    : "No check-in yet";
  const next =
    view.everyWeeks === 0
      ? "check-ins are off (Settings → Reminders)"
      : view.dueAt
        ? `next check-in due ${formatDate(view.dueAt)}`
        : "the first is due after your first conversation";
  return (
    <span className="mb-1 block font-medium text-slate-700" data-testid="check-in-dates">
      {last}; {next}.
    </span>
  );
}
