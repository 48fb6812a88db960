import {
  type ActivityKind,
  activityKinds,
  callOutcomeLabels,
  callOutcomes,
  cancellationOutcomeLabels,
  cancellationOutcomes,
  declineOutcomeLabels,
  declineOutcomes,
} from "../../../domain/activity.js";

/** What the details box is for, per kind: a nudge toward what is worth writing down. */
const detailHints: Record<ActivityKind, string> = {
  letter_sent: "Optional: what you proposed, e.g. the week you will be in town.",
  email_sent: "Optional: the subject, or what you asked for.",
  network_message_sent: "Optional: where you wrote and what you said.",
  call: "Optional: what was said, or when to call back.",
  reply_received: "Optional: what they answered.",
  declined: "Optional: their words, so you can stay gracious.",
  snafu: "What went wrong, e.g. the email likely went unopened.",
  meeting_scheduled: "Optional: where, or by phone or video.",
  conversation_held: "Optional: the advice worth remembering.",
  conversation_cancelled: "Optional: what they said, and whether to find a new time.",
  thank_you_sent: "Optional: the point you thanked them for.",
  update_sent: "Optional: how you used their advice.",
  note: "Anything worth remembering about them.",
};

export function detailHint(kind: string): string {
  const known = activityKinds.find((option) => option === kind);
  return known ? detailHints[known] : "";
}

type OutcomeKind = "call" | "declined" | "conversation_cancelled";

export function hasOutcome(kind: string): kind is OutcomeKind {
  return kind === "call" || kind === "declined" || kind === "conversation_cancelled";
}

const outcomeChoices: Record<OutcomeKind, { legend: string; options: [string, string][] }> = {
  call: {
    legend: "How did the call go?",
    options: callOutcomes.map((outcome) => [outcome, callOutcomeLabels[outcome]]),
  },
  declined: {
    legend: "What did they say?",
    options: declineOutcomes.map((outcome) => [outcome, declineOutcomeLabels[outcome]]),
  },
  conversation_cancelled: {
    legend: "Who cancelled?",
    options: cancellationOutcomes.map((outcome) => [outcome, cancellationOutcomeLabels[outcome]]),
  },
};

interface OutcomeChoiceProps {
  kind: OutcomeKind;
  /** The first radio's id, so a validation error can focus it. */
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** Outcomes as a row of pill-shaped radios: arrow keys move between them, as radios do. */
export function OutcomeChoice({ kind, id, value, error, onChange }: OutcomeChoiceProps) {
  const { legend, options } = outcomeChoices[kind];
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="sm:col-span-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {options.map(([option, label], index) => (
          <label key={option} className="relative">
            <input
              type="radio"
              id={index === 0 ? id : undefined}
              name={id}
              value={option}
              checked={value === option}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option)}
              className="peer sr-only"
            />
            {/* Chosen, it darkens on hover: never the white hover under its white text. */}
            <span
              className={`block cursor-pointer rounded-full px-3.5 py-1.5 text-sm font-medium ring-1 transition-colors ring-inset peer-checked:bg-teal-700 peer-checked:text-white peer-checked:ring-teal-700 peer-checked:hover:bg-teal-800 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-600 ${
                error ? "ring-red-400" : "ring-slate-300 hover:bg-slate-50"
              } bg-white text-slate-700`}
            >
              {label}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 flex gap-1.5 text-sm font-medium text-red-700">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** "Ctrl+Enter" or, on a Mac, "⌘ Enter". */
export function submitShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘ Enter" : "Ctrl+Enter";
}
