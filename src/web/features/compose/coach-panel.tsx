import type {
  Finding,
  FindingCode,
  FindingPlace,
  OutreachLimits,
} from "../../../domain/coach/finding.js";
import { defaultOutreachLimits, phoneScreenWords } from "../../../domain/coach/finding.js";
import type { OutreachKind } from "../../../domain/draft-purpose.js";
import { counted } from "../../../domain/wording/plural.js";
import { errorMessage } from "../../components/query-state.js";

/** A short title for each finding; the coach's message says the rest. */
export const coachFindingTitles: Record<FindingCode, string> = {
  length: "Long",
  job_ask: "Sounds like a job request",
  no_info_purpose: "Say it is for advice",
  no_question: "Ask a question",
  no_window: "Propose a window and length",
  introducer_unpermitted: "Introducer named without permission",
  introducer_missing: "Mention who sent you",
  nothing_specific: "Say something specific",
  self_centered: "More about them",
  no_greeting_signoff: "Greeting or sign-off",
  unfilled_merge: "Fill this in",
  no_specific_point: "Name what they said",
  no_action: "Say what you will do",
  no_stay_in_touch: "Offer to stay in touch",
};

const limitKeys: Record<OutreachKind, keyof OutreachLimits> = {
  email: "emailWords",
  letter: "letterWords",
  network_message: "networkMessageWords",
};

/** Words as a reader counts them: runs of letters, digits and joined punctuation. */
/** What the coach found, in a few words: the panel's status line and the phone's summary bar. */
export function findingsStatus(count: number): string {
  if (count === 0) return "Looks good: no findings";
  return counted(count, { one: "finding", other: "findings" });
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.@]*/gu)?.length ?? 0;
}

/** "118 words — fits one phone screen", with the kind's limit when it is passed. */
export function wordCountText(
  words: number,
  kind: OutreachKind,
  limits: OutreachLimits = defaultOutreachLimits,
): string {
  const count = counted(words, { one: "word", other: "words" });
  const limit = limits[limitKeys[kind]];
  if (words > limit) return `${count} — over the ${limit}-word limit`;
  if (kind === "letter") return `${count} — fits one page`;
  return words <= phoneScreenWords
    ? `${count} — fits one phone screen`
    : `${count} — longer than one phone screen`;
}

const excerptLength = 48;

/** What a place says, to tell the places apart: "“Are you hiring?”", or "line 9" for a point. */
export function placeLabel(text: string, place: FindingPlace): string {
  const words = text.slice(place.start, place.end).replace(/\s+/g, " ").trim();
  if (!words) return `Line ${text.slice(0, place.start).split("\n").length}`;
  const cut = words.length > excerptLength ? `${words.slice(0, excerptLength).trimEnd()}…` : words;
  return `“${cut}”`;
}

const cardClass =
  "w-full rounded-lg border border-amber-200 bg-amber-50/60 px-3 py-2 text-left hover:border-amber-300 hover:bg-amber-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700";

interface FindingCardProps {
  text: string;
  finding: Finding;
  onSelect: (place: FindingPlace) => void;
}

/**
 * One finding: its title and advice select the first place; when it points at several
 * places (four job words, three placeholders), each is listed and selectable on its own.
 */
function FindingCard({ text, finding, onSelect }: FindingCardProps) {
  const several = finding.places.length > 1;
  const first = finding.places[0] ?? finding;
  return (
    <div className={several ? "rounded-lg border border-amber-200 bg-amber-50/60" : undefined}>
      <button
        type="button"
        data-code={finding.code}
        onClick={() => onSelect(first)}
        className={several ? `${cardClass} border-0 bg-transparent` : cardClass}
      >
        <span className="block text-sm font-semibold text-slate-900">
          {coachFindingTitles[finding.code]}
          {several ? (
            <span className="ml-1.5 font-normal text-slate-600">
              · {finding.places.length} places
            </span>
          ) : null}
        </span>
        <span className="mt-0.5 block text-sm text-slate-700">{finding.message}</span>
        {!several && first.end > first.start ? (
          <span className="mt-1 block text-xs font-medium text-teal-800">Show in the draft</span>
        ) : null}
      </button>
      {several ? (
        <p aria-hidden="true" className="px-3 text-xs font-medium text-teal-800">
          Show in the draft:
        </p>
      ) : null}
      {several ? (
        <ul
          className="flex flex-col gap-1 px-3 pb-2"
          aria-label={`Places: ${coachFindingTitles[finding.code]}`}
        >
          {finding.places.map((place) => (
            <li key={`${place.start}-${place.end}`}>
              <button
                type="button"
                data-place={`${finding.code}-${place.start}`}
                onClick={() => onSelect(place)}
                className="min-h-11 w-full rounded-md px-2 py-1.5 text-left text-sm text-teal-900 underline-offset-2 hover:bg-amber-100 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700"
              >
                <span className="sr-only">Show in the draft: </span>
                {placeLabel(text, place)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface CoachPanelProps {
  text: string;
  kind: OutreachKind;
  findings: Finding[];
  checking: boolean;
  error: unknown;
  onRetry: () => void;
  /** Selects a place a finding points at in the draft. */
  onSelect: (place: FindingPlace) => void;
  /** The explorer's word limits (Settings → Coach); the defaults until they have loaded. */
  limits?: OutreachLimits;
}

/** The coach beside the draft: a word count, then each finding, each one click from its span. */
export function CoachPanel({
  text,
  kind,
  findings,
  checking,
  error,
  onRetry,
  onSelect,
  limits = defaultOutreachLimits,
}: CoachPanelProps) {
  const words = countWords(text);
  const over = words > limits[limitKeys[kind]];
  const empty = text.trim().length === 0;
  const status = empty
    ? "Write something and the coach will read it."
    : findingsStatus(findings.length);
  return (
    <section
      aria-labelledby="coach-heading"
      className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <div className="flex items-baseline justify-between gap-3 border-b border-slate-100 pb-3">
        <h2 id="coach-heading" className="text-base font-semibold text-slate-900">
          Coach
        </h2>
        <span className="text-xs text-slate-500" aria-hidden="true">
          {checking ? "Reading…" : ""}
        </span>
      </div>
      <p
        data-testid="word-count"
        className={`mt-3 text-sm font-medium ${over ? "text-amber-800" : "text-slate-700"}`}
      >
        {wordCountText(words, kind, limits)}
      </p>
      <p
        aria-live="polite"
        data-testid="coach-status"
        className={`mt-2 text-sm ${findings.length === 0 && !empty ? "font-medium text-teal-800" : "text-slate-600"}`}
      >
        {findings.length === 0 && !empty ? (
          <span aria-hidden="true" className="mr-1.5">
            ✓
          </span>
        ) : null}
        {status}
      </p>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          The coach could not read the draft: {errorMessage(error)}{" "}
          <button type="button" onClick={onRetry} className="font-semibold underline">
            Try again
          </button>
        </p>
      ) : null}
      {findings.length > 0 ? (
        <ul className="mt-3 flex flex-col gap-2" aria-label="Findings">
          {findings.map((finding) => (
            <li key={finding.code}>
              <FindingCard text={text} finding={finding} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
