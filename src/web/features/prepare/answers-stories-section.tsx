import { type ReactNode, useId, useState } from "react";
import {
  type AnswerPrompt,
  answerPromptLabels,
  answerPrompts,
} from "../../../domain/prepare/preparation.js";
import {
  defaultPrepareSettings,
  type PrepareSettings,
} from "../../../domain/prepare/prepare-settings.js";
import { spokenSeconds } from "../../../domain/prepare/spoken-time.js";
import { Button } from "../../components/button.js";
import { TextArea } from "../../components/field.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { formatSeconds, RecordsCard } from "./records-parts.js";
import { usePreparedAnswers, useSavePreparedAnswers } from "./records-queries.js";
import { StoryBank } from "./story-bank-parts.js";

type Rate = Pick<PrepareSettings, "speakingRate">;

export interface AnswersStoriesSectionProps {
  /** The conversation (its meeting_scheduled entry): the stories picked are its own. */
  activityId: string;
  /**
   * "What do you know about us?": the preparation's aboutThem, which helper "plan"'s
   * preparation form edits (PATCH /api/conversations/:id/preparation); shown in its place.
   */
  aboutThem?: ReactNode;
  settings?: Rate;
}

/** Be interviewed too (METHOD §4): short answers to what they may ask, and the stories to tell. */
export function AnswersStoriesSection({
  activityId,
  aboutThem,
  settings = defaultPrepareSettings,
}: AnswersStoriesSectionProps) {
  return (
    <div className="flex flex-col gap-6">
      <PreparedAnswersCard aboutThem={aboutThem} settings={settings} />
      <StoryBank activityId={activityId} settings={settings} />
    </div>
  );
}

/** The three prepared answers, saved together; "what do you know about us?" has its slot. */
export function PreparedAnswersCard({
  aboutThem,
  settings = defaultPrepareSettings,
}: {
  aboutThem?: ReactNode;
  settings?: Rate;
}) {
  const answers = usePreparedAnswers();
  return (
    <RecordsCard id="prepared-answers" title="If they ask about you">
      {answers.isPending ? (
        <Loading label="Loading your answers…" />
      ) : answers.isError ? (
        <LoadFailed error={answers.error} retry={() => answers.refetch()} />
      ) : (
        <AnswersForm
          saved={Object.fromEntries(answers.data.map((each) => [each.prompt, each.answer]))}
          aboutThem={aboutThem}
          rate={settings.speakingRate}
        />
      )}
    </RecordsCard>
  );
}

function AnswersForm({
  saved,
  aboutThem,
  rate,
}: {
  saved: Partial<Record<AnswerPrompt, string>>;
  aboutThem: ReactNode;
  rate: number;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<AnswerPrompt, string>>({
    about_you: saved.about_you ?? "",
    why_field: saved.why_field ?? "",
    looking_for: saved.looking_for ?? "",
  });
  const save = useSavePreparedAnswers();
  const { showToast } = useToast();
  const dirty = answerPrompts.some((prompt) => values[prompt] !== (saved[prompt] ?? ""));

  async function onSave(event: React.FormEvent) {
    event.preventDefault();
    try {
      await save.mutateAsync({
        answers: answerPrompts.map((prompt) => ({ prompt, answer: values[prompt] })),
      });
      showToast({ message: "Saved your answers.", duration: 5000 });
    } catch (error) {
      showToast({ message: `Could not save the answers: ${errorMessage(error)}`, tone: "error" });
    }
  }

  const field = (prompt: AnswerPrompt) => (
    <div key={prompt}>
      <TextArea
        id={`${id}-${prompt}`}
        label={answerPromptLabels[prompt]}
        rows={3}
        value={values[prompt]}
        onChange={(event) => setValues((current) => ({ ...current, [prompt]: event.target.value }))}
      />
      <p className="mt-1 text-sm text-slate-500">
        {values[prompt].trim()
          ? `About ${formatSeconds(spokenSeconds(values[prompt], rate))} to say`
          : "Keep it short: a minute or less."}
      </p>
    </div>
  );

  return (
    <form onSubmit={(event) => void onSave(event)} className="flex flex-col gap-4">
      <p className="text-slate-600">
        The person will size you up too. Short answers on your education, experience and goals.
      </p>
      {field("about_you")}
      {field("why_field")}
      {/* The slot's field brings its own label: another one here said the question twice. */}
      {aboutThem ?? null}
      {field("looking_for")}
      <div>
        <Button type="submit" variant="primary" disabled={save.isPending || !dirty}>
          {save.isPending ? "Saving…" : "Save answers"}
        </Button>
      </div>
    </form>
  );
}
