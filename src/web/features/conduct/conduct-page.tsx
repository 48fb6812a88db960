import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import {
  type AskNext,
  askNext,
  clockText,
  goodbyePrompt,
  offerToSendRemaining,
  type TimerTone,
  timerToneLabels,
  windDownPrompts,
} from "../../../domain/conduct/ask-next.js";
import type { ConductView } from "../../../domain/conduct/conduct-view.js";
import { pluralForm } from "../../../domain/wording/plural.js";
import { Button } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { preparePath } from "../../lib/conversations-format.js";
import { type OutboxEntry, outbox, outboxStatusText } from "../../lib/outbox.js";
import { useDocumentTitle } from "../../lib/use-document-title.js";
import type { ConductChange } from "./conduct-changes.js";
import { CapturedPeople, CapturePersonDialog, NotesPad } from "./conduct-notes.js";
import { ConductQuestions } from "./conduct-questions.js";
import { useConduct, useConductState } from "./queries.js";

/** /conversations/:id/conduct: the conversation, run from a phone held in one hand (METHOD §5). */
export function ConductPage() {
  const { id = "" } = useParams();
  const server = useConduct(id);
  const state = useConductState(id, server.data);
  if (server.isPending) return <Loading label="Loading the conversation…" />;
  if (!state.view) {
    return (
      <LoadFailed
        error={server.error}
        retry={() => server.refetch()}
        notFound={{
          title: "Conversation not found",
          message: "This conversation was not found. It may have been cancelled or deleted.",
          back: { to: "/conversations", label: "Back to conversations" },
        }}
      />
    );
  }
  return (
    <Conduct
      view={state.view}
      write={(change) => void state.write(change)}
      waiting={state.waiting}
      failed={state.failed}
    />
  );
}

/** The time now, every second. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const toneClasses: Record<TimerTone, string> = {
  plenty: "bg-teal-50 text-teal-900 ring-teal-600",
  short: "bg-amber-50 text-amber-900 ring-amber-500",
  over: "bg-red-50 text-red-900 ring-red-600",
};

function Conduct({
  view,
  write,
  waiting,
  failed,
}: {
  view: ConductView;
  write: (change: ConductChange) => void;
  waiting: number;
  failed: readonly OutboxEntry[];
}) {
  const { conversation, session } = view;
  useDocumentTitle(`Conversation with ${conversation.personName}`);
  const navigate = useNavigate();
  const now = useNow();
  const [capturing, setCapturing] = useState(false);
  const [ending, setEnding] = useState(false);
  const plan = askNext({
    startsAt: session?.startedAt ?? conversation.startsAt,
    durationMinutes: conversation.durationMinutes,
    now,
    questions: view.questions,
    settings: view.settings,
  });
  const windingDown = plan.phase === "wind_down" || plan.phase === "over";
  const followUp = `/conversations/${encodeURIComponent(conversation.activityId)}/follow-up`;
  const end = () => {
    write({ kind: "end", endedAt: new Date().toISOString() });
    setEnding(false);
    navigate(followUp);
  };
  return (
    <div className="mx-auto grid w-full max-w-2xl min-w-0 gap-4">
      <header className="grid gap-2">
        <Link
          to={preparePath(conversation.activityId)}
          className="text-sm text-teal-800 underline-offset-2 hover:underline"
        >
          ← Preparation
        </Link>
        <h1 tabIndex={-1} className="text-2xl font-bold text-slate-900">
          {conversation.personName}
          {conversation.organizationName ? (
            <span className="font-normal text-slate-600"> · {conversation.organizationName}</span>
          ) : null}
        </h1>
        <p className="rounded-xl bg-white px-3 py-2 text-[15px] ring-1 ring-slate-200">
          <span className="font-semibold">Objective: </span>
          {view.objective ?? "None written (add one on the preparation page)."}
        </p>
      </header>

      <Timer plan={plan} durationMinutes={conversation.durationMinutes} />

      <p
        role="status"
        aria-live="polite"
        data-testid="outbox-status"
        className={`text-sm font-semibold ${waiting > 0 ? "text-amber-800" : "text-slate-600"}`}
      >
        {outboxStatusText(waiting, failed.length)}
      </p>
      {failed.length > 0 ? <RefusedChanges failed={failed} /> : null}

      {view.pitch ? (
        <details className="rounded-xl bg-white ring-1 ring-slate-200">
          <summary className="min-h-12 cursor-pointer px-3 py-3 font-semibold text-slate-900">
            My pitch ({view.pitch.spokenSeconds} seconds)
          </summary>
          <p className="px-3 pb-3 text-[16px] leading-relaxed">{view.pitch.text}</p>
        </details>
      ) : null}

      {session ? null : (
        <Button
          variant="primary"
          className="min-h-14 text-base"
          onClick={() => write({ kind: "start", startedAt: new Date().toISOString() })}
        >
          Start the conversation
        </Button>
      )}

      <label className="flex min-h-14 items-center gap-3 rounded-xl bg-white px-3 ring-1 ring-slate-200">
        <input
          type="checkbox"
          checked={session?.notesPermission ?? false}
          onChange={(event) => write({ kind: "permission", granted: event.target.checked })}
          className="size-6 accent-teal-700"
        />
        <span className="text-[16px]">
          <span className="font-semibold">Ask permission to take notes.</span> They agreed.
        </span>
      </label>

      {windingDown ? <WindDown plan={plan} onCapture={() => setCapturing(true)} /> : null}

      <section aria-labelledby="conduct-questions" className="grid gap-2">
        <h2 id="conduct-questions" className="text-lg font-semibold text-slate-900">
          Questions
        </h2>
        <ConductQuestions questions={view.questions} plan={plan} write={write} />
      </section>

      <NotesPad notes={view.notes} write={write} />
      <CapturedPeople people={view.capturedPeople} />

      <div className="sticky bottom-0 z-30 -mx-3 border-t border-slate-200 bg-white/95 px-3 pt-2 pb-3 backdrop-blur sm:mx-0 sm:rounded-t-xl">
        <p className="mb-2 text-center text-sm font-semibold text-slate-700" aria-hidden="true">
          {timerToneLabels[plan.tone]} · {clockText(plan.elapsedSeconds)} elapsed ·{" "}
          {clockText(plan.leftSeconds)} left
        </p>
        <div className="grid grid-cols-2 gap-3">
          <Button className="min-h-14 text-base" onClick={() => setCapturing(true)}>
            + person
          </Button>
          <Button variant="primary" className="min-h-14 text-base" onClick={() => setEnding(true)}>
            End
          </Button>
        </div>
      </div>

      <CapturePersonDialog
        open={capturing}
        onOpenChange={setCapturing}
        contactName={conversation.personName}
        write={write}
      />
      <ConfirmDialog
        open={ending}
        onOpenChange={setEnding}
        title="End the conversation?"
        description={`It is logged as held at its scheduled time, lasting ${Math.max(1, Math.round(plan.elapsedSeconds / 60))} minutes, and the follow-up opens.`}
        confirmLabel="End the conversation"
        onConfirm={end}
      />
    </div>
  );
}

function Timer({ plan, durationMinutes }: { plan: AskNext; durationMinutes: number }) {
  const phaseText: Record<AskNext["phase"], string> = {
    before: "Not started yet",
    opening: "Opening: greetings and your pitch",
    questions: `Wind-down in ${clockText(plan.secondsToWindDown)}`,
    wind_down: "Wind down now",
    over: `Over the agreed ${durationMinutes} minutes by ${clockText(plan.overSeconds)}`,
  };
  return (
    <section
      aria-label="Timer"
      data-testid="conduct-timer"
      data-tone={plan.tone}
      className={`grid grid-cols-2 gap-2 rounded-2xl p-4 ring-2 ${toneClasses[plan.tone]}`}
    >
      <div>
        <p className="text-xs font-semibold uppercase">Elapsed</p>
        <p className="font-mono text-4xl font-bold tabular-nums sm:text-5xl" data-testid="elapsed">
          {clockText(plan.elapsedSeconds)}
        </p>
      </div>
      <div className="text-right">
        <p className="text-xs font-semibold uppercase">Left of {durationMinutes} min</p>
        <p className="font-mono text-4xl font-bold tabular-nums sm:text-5xl" data-testid="left">
          {clockText(plan.leftSeconds)}
        </p>
      </div>
      <p className="col-span-2 text-[15px] font-semibold" data-testid="timer-phase">
        {timerToneLabels[plan.tone]} · {phaseText[plan.phase]}
      </p>
    </section>
  );
}

function WindDown({ plan, onCapture }: { plan: AskNext; onCapture: () => void }) {
  const offer = offerToSendRemaining(plan.remainingCount);
  return (
    <section
      aria-labelledby="conduct-wind-down"
      data-testid="wind-down"
      className="grid gap-3 rounded-2xl bg-amber-50 p-4 ring-2 ring-amber-500"
    >
      <h2 id="conduct-wind-down" className="text-lg font-bold text-amber-950">
        Wind down
      </h2>
      <ol className="grid list-decimal gap-2 pl-6 text-[17px] font-semibold text-slate-900">
        {windDownPrompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ol>
      <Button className="min-h-12 justify-self-start" onClick={onCapture}>
        + person they name
      </Button>
      {offer ? <p className="text-[15px] text-slate-900">{offer}</p> : null}
      <p className="text-[15px] text-slate-900">{goodbyePrompt}</p>
    </section>
  );
}

/** Changes the server refused (kept, never retried on their own): retry or discard each. */
function RefusedChanges({ failed }: { failed: readonly OutboxEntry[] }) {
  return (
    <div
      role="alert"
      className="grid gap-2 rounded-lg bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-300"
    >
      <p className="font-semibold">
        {pluralForm(failed.length, {
          one: "A change was not saved",
          other: `${failed.length} changes were not saved`,
        })}
      </p>
      <ul className="grid gap-2">
        {failed.map((entry) => (
          <li key={entry.id} className="flex flex-wrap items-center gap-2">
            <span className="min-w-0 flex-1">{entry.error ?? "The server refused it."}</span>
            <Button className="min-h-11" onClick={() => void outbox.retry(entry.id)}>
              Retry
            </Button>
            <Button
              variant="danger"
              className="min-h-11"
              onClick={() => void outbox.discard(entry.id)}
            >
              Discard
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
