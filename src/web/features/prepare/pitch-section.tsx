import { useEffect, useId, useState } from "react";
import type { Pitch } from "../../../domain/prepare/preparation.js";
import {
  defaultPrepareSettings,
  type PrepareSettings,
} from "../../../domain/prepare/prepare-settings.js";
import {
  assemblePitch,
  countSpokenWords,
  spokenSeconds,
} from "../../../domain/prepare/spoken-time.js";
import { counted } from "../../../domain/wording/plural.js";
import { Button } from "../../components/button.js";
import { TextArea } from "../../components/field.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { ApiError } from "../../lib/api.js";
import { PitchTargetBar } from "./pitch-bar-parts.js";
import { PitchPractice } from "./pitch-practice.js";
import { formatSeconds, RecordsCard } from "./records-parts.js";
import {
  useDeletePitch,
  usePitches,
  usePitchFindings,
  useRestorePitch,
  useSavePitch,
} from "./records-queries.js";

type Parts = Pick<Pitch, "whoIAm" | "workIHope" | "learnToday">;
const noParts: Parts = { whoIAm: "", workIHope: "", learnToday: "" };

/** METHOD §4's three parts, each with what it is for. */
const partFields: { key: keyof Parts; label: string; hint: string }[] = [
  {
    key: "whoIAm",
    label: "Who I am, and where I am in my search",
    hint: "A sentence or two: your background and the stage you are at.",
  },
  {
    key: "workIHope",
    label: "The work I hope to do, and why",
    hint: "Framed toward their organization's mission: why them, not just why you.",
  },
  {
    key: "learnToday",
    label: "What I hope to learn today",
    hint: "The one or two things you came to learn from this conversation.",
  },
];

/** The text as typed, settled for a moment: the coach is asked once typing pauses. */
function useSettled(text: string, delayMs = 600): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), delayMs);
    return () => window.clearTimeout(timer);
  }, [text, delayMs]);
  return settled;
}

export interface PitchSectionProps {
  /** null: the explorer's default pitch; an organization: its own version. */
  organizationId: string | null;
  organizationName?: string;
  /** Settings → Prepare (speaking rate and the target); the method's defaults until given. */
  settings?: Pick<
    PrepareSettings,
    "speakingRate" | "pitchTargetMinSeconds" | "pitchTargetMaxSeconds"
  >;
}

/**
 * The elevator pitch (METHOD §4): three parts assembled into one text, its spoken time as
 * it is typed at the speaking rate, the 30–45 s target bar, the coach's findings, a
 * version per organization starting from the default, and practice mode.
 */
export function PitchSection({
  organizationId,
  organizationName,
  settings = defaultPrepareSettings,
}: PitchSectionProps) {
  const pitches = usePitches();
  const [practising, setPractising] = useState(false);
  const [startVariant, setStartVariant] = useState(false);

  function body() {
    if (pitches.isPending) return <Loading label="Loading your pitch…" />;
    if (pitches.isError)
      return <LoadFailed error={pitches.error} retry={() => pitches.refetch()} />;
    const { default: base, variants } = pitches.data;
    const own = organizationId
      ? (variants.find((variant) => variant.organizationId === organizationId) ?? null)
      : base;
    if (organizationId && !own && !startVariant) {
      return (
        <div className="flex flex-col gap-3">
          <p className="text-slate-600">
            {base
              ? `Your default pitch is used for ${organizationName ?? "them"}. Frame the work you hope to do toward their mission in a version of its own.`
              : "Write your pitch here; it becomes your version for them."}
          </p>
          {base ? (
            <blockquote className="border-l-2 border-slate-300 pl-3 text-slate-700">
              {assemblePitch(base)}
            </blockquote>
          ) : null}
          <div>
            <Button variant="primary" onClick={() => setStartVariant(true)}>
              Make a version for {organizationName ?? "this organization"}
            </Button>
          </div>
        </div>
      );
    }
    return (
      <PitchForm
        key={own?.id ?? "new"}
        variantId={organizationId ? (own?.id ?? null) : null}
        organizationId={organizationId}
        organizationName={organizationName}
        start={own ?? base ?? noParts}
        settings={settings}
        practising={practising}
        onPractise={setPractising}
      />
    );
  }

  return (
    <RecordsCard
      id={`pitch-${organizationId ?? "default"}`}
      title={organizationId ? `Pitch for ${organizationName ?? "this organization"}` : "Your pitch"}
    >
      {body()}
    </RecordsCard>
  );
}

function PitchForm({
  variantId,
  organizationId,
  organizationName,
  start,
  settings,
  practising,
  onPractise,
}: {
  /** The organization's own version, which "Use the default instead" deletes (with Undo). */
  variantId: string | null;
  organizationId: string | null;
  organizationName: string | undefined;
  start: Parts;
  settings: NonNullable<PitchSectionProps["settings"]>;
  practising: boolean;
  onPractise: (on: boolean) => void;
}) {
  const id = useId();
  const [parts, setParts] = useState<Parts>({
    whoIAm: start.whoIAm,
    workIHope: start.workIHope,
    learnToday: start.learnToday,
  });
  const save = useSavePitch();
  const remove = useDeletePitch();
  const restore = useRestorePitch();
  const { showToast } = useToast();
  const text = assemblePitch(parts);
  const settled = useSettled(text);
  const coach = usePitchFindings(settled);
  // The coach answers with the explorer's own rate and target; until then, the settings given.
  const rate = coach.data?.wordsPerMinute ?? settings.speakingRate;
  const target = coach.data?.target ?? {
    min: settings.pitchTargetMinSeconds,
    max: settings.pitchTargetMaxSeconds,
  };
  const seconds = spokenSeconds(text, rate);
  const words = countSpokenWords(text);
  const dirty =
    parts.whoIAm !== start.whoIAm ||
    parts.workIHope !== start.workIHope ||
    parts.learnToday !== start.learnToday;

  async function onSave(event: React.FormEvent) {
    event.preventDefault();
    try {
      await save.mutateAsync({ organizationId, parts });
      showToast({
        message: organizationId
          ? `Saved your pitch for ${organizationName ?? "them"}.`
          : "Saved your pitch.",
        duration: 5000,
      });
    } catch (error) {
      showToast({ message: `Could not save the pitch: ${errorMessage(error)}`, tone: "error" });
    }
  }

  async function switchToDefault(id: string) {
    try {
      await remove.mutateAsync(id);
    } catch (error) {
      showToast({ message: `Could not delete: ${errorMessage(error)}`, tone: "error" });
      return;
    }
    showToast({
      message: `Deleted your version for ${organizationName ?? "them"}; the default pitch is used.`,
      action: {
        label: "Undo",
        onAction: () =>
          void restore.mutateAsync(id).then(
            () => showToast({ message: "Restored your version.", duration: 5000 }),
            (error: unknown) =>
              showToast({ message: `Could not restore: ${errorMessage(error)}`, tone: "error" }),
          ),
      },
    });
  }

  if (practising)
    return (
      <PitchPractice text={text} targetSeconds={target.max} onClose={() => onPractise(false)} />
    );

  return (
    <form onSubmit={(event) => void onSave(event)} className="flex flex-col gap-4">
      {partFields.map((field) => (
        <TextArea
          key={field.key}
          id={`${id}-${field.key}`}
          label={field.label}
          hint={field.hint}
          rows={3}
          // Grows with its text (where the browser can), so no part is cut off on a phone.
          style={{ fieldSizing: "content", minHeight: "5.5rem" }}
          value={parts[field.key]}
          onChange={(event) =>
            setParts((current) => ({ ...current, [field.key]: event.target.value }))
          }
          error={save.error ? fieldError(save.error, field.key) : undefined}
        />
      ))}
      <div className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-900">As you will say it</h3>
          <p className="text-sm text-slate-600" aria-live="polite">
            <span className="font-semibold text-slate-900" data-testid="pitch-seconds">
              {formatSeconds(seconds)}
            </span>{" "}
            spoken · {counted(words, { one: "word", other: "words" })} at {rate} words a minute
          </p>
        </div>
        <p className="text-slate-800">
          {text || <span className="text-slate-500">Nothing yet.</span>}
        </p>
        <PitchTargetBar seconds={seconds} target={target} />
        {coach.data && coach.data.findings.length > 0 && settled === text ? (
          <ul aria-label="What the coach noticed" className="flex flex-col gap-1.5">
            {coach.data.findings.map((finding) => (
              <li key={finding.code} className="flex gap-2 text-sm text-slate-800">
                <span aria-hidden="true">•</span>
                {finding.message}
              </li>
            ))}
          </ul>
        ) : null}
        {/* A coach that is not there (an older server) stays quiet; another failure says so. */}
        {coach.isError && !(coach.error instanceof ApiError && coach.error.status === 404) ? (
          <p className="text-sm text-slate-500">The coach could not look at this pitch just now.</p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={save.isPending || !dirty}>
          {save.isPending ? "Saving…" : "Save pitch"}
        </Button>
        <Button onClick={() => onPractise(true)} disabled={!text}>
          Practise aloud
        </Button>
        {variantId ? (
          <Button
            variant="ghost"
            onClick={() => void switchToDefault(variantId)}
            disabled={remove.isPending}
          >
            Use the default instead
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function fieldError(error: Error, field: string): string | undefined {
  const fields = (error as { fields?: Record<string, string> }).fields;
  return fields?.[field];
}
