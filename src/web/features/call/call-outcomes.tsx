import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { Activity } from "../../../domain/activity.js";
import type { CallOutcomeChoice } from "../../../domain/call-outcome.js";
import type { Person } from "../../../domain/person.js";
import { Button } from "../../components/button.js";
import { TextInput } from "../../components/field.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { afterCallTakenBack } from "../../lib/invalidation.js";
import { entryTitle } from "../log/index.js";
import { callApi } from "./api.js";
import { AgreedToTalkDialog } from "./call-agreed-dialog.js";
import { useLogCallOutcome } from "./queries.js";

/**
 * What can come of the call; each is one log entry (so Undo takes back exactly one), made
 * by the server from the domain's mapping (domain/call-outcome.ts). "Agreed" is logged by
 * the scheduling dialog (call-agreed-dialog.tsx), with or without a time.
 */
type Outcome = CallOutcomeChoice;

type Step = "choose" | "answered" | "message_left" | "try_someone_else";

interface Choice {
  label: string;
  detail: string;
  /** Either logs at once or asks one more thing first. */
  pick: Outcome | Step;
}

const firstChoices: Choice[] = [
  { label: "Answered", detail: "Tell Rapport what they said", pick: "answered" },
  { label: "No answer", detail: "Try again in a few days", pick: "no_answer" },
  { label: "Voicemail left", detail: "Try again in a few days", pick: "voicemail" },
  { label: "Message left with…", detail: "Someone took a message", pick: "message_left" },
];

const answeredChoices: Choice[] = [
  { label: "They agreed to talk", detail: "Then note when, how and where", pick: "agreed" },
  { label: "Not now, maybe later", detail: "Ask again in a few weeks", pick: "maybe_later" },
  {
    label: "No, but try someone else",
    detail: "Note whom they suggested",
    pick: "try_someone_else",
  },
  { label: "Just talked", detail: "The conversation happened on this call", pick: "just_talked" },
];

const isOutcome = (pick: Outcome | Step): pick is Outcome =>
  pick !== "choose" &&
  pick !== "answered" &&
  pick !== "message_left" &&
  pick !== "try_someone_else";

/** Typing in a field must not pick an outcome. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/**
 * The outcome buttons (METHOD §3: agreed, not now, try someone else, no answer, voicemail,
 * message left). Each logs one entry, offers Undo, and goes back to Today; keys 1–4 pick.
 */
export function CallOutcomes({ person }: { person: Person }) {
  const [step, setStep] = useState<Step>("choose");
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [logError, setLogError] = useState<string | null>(null);
  const logOutcome = useLogCallOutcome(person.id);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const choices = step === "answered" ? answeredChoices : firstChoices;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  // After "they agreed": when, how long, how and where, while it is fresh (METHOD §3).
  const [scheduling, setScheduling] = useState(false);

  // A new question replaces the buttons: move focus to it so keyboard and screen-reader
  // users are not left on a button that is gone.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    if (step === "choose" || step === "answered") headingRef.current?.focus();
  }, [step]);

  function offerUndo(activity: Activity) {
    const title = entryTitle(activity);
    async function undo() {
      try {
        // One request: the server takes back the entry and any person it brought in.
        await callApi.undoOutcome(activity.id);
        await afterCallTakenBack(queryClient);
        showToast({ message: `Took back “${title}”.`, duration: 5000 });
      } catch (error) {
        showToast({ message: `Could not undo: ${errorMessage(error)}`, tone: "error" });
      }
    }
    showToast({
      message: `Logged “${title}” for ${person.name}.`,
      action: { label: "Undo", onAction: () => void undo() },
    });
  }

  async function log(outcome: Outcome) {
    if (logOutcome.isPending) return;
    setLogError(null);
    if (outcome === "agreed") {
      setScheduling(true);
      return;
    }
    const typed = name.trim();
    try {
      // No time: the server stamps the entry with its own now.
      const { activity } = await logOutcome.mutateAsync({
        outcome,
        ...(typed ? { name: typed } : {}),
      });
      offerUndo(activity);
      navigate("/today");
    } catch (error) {
      setLogError(`Could not log the call: ${errorMessage(error)}`);
    }
  }

  function pick(choice: Choice) {
    if (isOutcome(choice.pick)) void log(choice.pick);
    else setStep(choice.pick);
  }

  useEffect(() => {
    if (scheduling || (step !== "choose" && step !== "answered")) return;
    const list = step === "answered" ? answeredChoices : firstChoices;
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const choice = list[Number(event.key) - 1];
      if (!choice || !/^[1-4]$/.test(event.key)) return;
      event.preventDefault();
      if (isOutcome(choice.pick)) void log(choice.pick);
      else setStep(choice.pick);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  function submitName(event: FormEvent) {
    event.preventDefault();
    if (step === "message_left" && !name.trim()) {
      setNameError("Enter who took the message");
      return;
    }
    void log(step === "message_left" ? "message_left" : "try_someone_else");
  }

  const heading =
    step === "choose" ? "How did it go?" : step === "answered" ? "What did they say?" : null;
  const scheduleDialog = (
    <AgreedToTalkDialog
      open={scheduling}
      person={person}
      // Back at "What did they say?"; the dialog returns focus to where it was.
      onAbandon={() => setScheduling(false)}
      onScheduled={(message) => {
        setScheduling(false);
        showToast({ message });
        navigate("/today");
      }}
      onLoggedWithoutTime={(call) => {
        setScheduling(false);
        offerUndo(call);
        // Their page has "Schedule a conversation" for when the time comes.
        navigate(`/people/${person.id}`);
      }}
    />
  );
  return (
    <section
      aria-labelledby="call-outcome-heading"
      className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <h2
        id="call-outcome-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 focus:outline-none"
      >
        {heading ?? (step === "message_left" ? "Who took the message?" : "Whom did they suggest?")}
      </h2>
      {heading ? (
        <>
          <p className="mt-1 text-sm text-slate-600">
            Pick one, or press its number. Rapport logs it and takes you back to Today.
          </p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {choices.map((choice, index) => (
              <li key={choice.label}>
                <button
                  type="button"
                  onClick={() => pick(choice)}
                  disabled={logOutcome.isPending}
                  aria-keyshortcuts={String(index + 1)}
                  className="flex w-full items-start gap-3 rounded-xl px-3 py-3 text-left ring-1 ring-slate-300 ring-inset hover:bg-teal-50 hover:ring-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:opacity-60"
                >
                  <span
                    aria-hidden="true"
                    className="flex size-6 shrink-0 items-center justify-center rounded-md bg-slate-100 font-mono text-sm font-semibold text-slate-700 ring-1 ring-slate-300"
                  >
                    {index + 1}
                  </span>
                  <span>
                    <span className="block font-semibold text-slate-900">{choice.label}</span>
                    <span className="block text-sm text-slate-600">{choice.detail}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <form onSubmit={submitName} noValidate className="mt-3 flex flex-col gap-3">
          <TextInput
            id="call-outcome-name"
            label={step === "message_left" ? "Their name" : "Their name (optional)"}
            hint={
              step === "message_left"
                ? "A receptionist or colleague, so you can ask for them next time."
                : `Rapport adds them to your people, introduced by ${person.name}.`
            }
            value={name}
            error={nameError ?? undefined}
            autoFocus
            onChange={(event) => {
              setName(event.target.value);
              setNameError(null);
            }}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="primary" disabled={logOutcome.isPending}>
              {logOutcome.isPending ? "Logging…" : "Log the call"}
            </Button>
            <Button
              variant="ghost"
              onClick={() => setStep(step === "try_someone_else" ? "answered" : "choose")}
            >
              Back
            </Button>
          </div>
        </form>
      )}
      {step === "answered" ? (
        <Button variant="ghost" className="mt-3 px-3" onClick={() => setStep("choose")}>
          Back
        </Button>
      ) : null}
      {logError ? (
        <p role="alert" className="mt-3 text-sm font-medium text-red-700">
          {logError}
        </p>
      ) : null}
      {scheduleDialog}
    </section>
  );
}
