import { type FormEvent, useState } from "react";
import {
  defaultPrepareSettings,
  type PrepareSettings,
  prepareSettingsSchema,
} from "../../../domain/prepare/prepare-settings.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useFormState } from "../../lib/form-state.js";
import { OwnQuestionBank, usePrepareSettings, useSavePrepareSettings } from "../prepare/index.js";

const fields = [
  "minutesPerAnswer",
  "openingMinutes",
  "windDownMinutes",
  "speakingRate",
  "pitchTargetMinSeconds",
  "pitchTargetMaxSeconds",
  "pitchShortestSeconds",
  "researchStaleMonths",
] as const;
type PrepareField = (typeof fields)[number];

const d = defaultPrepareSettings;
const labels: Record<PrepareField, { label: string; hint: string }> = {
  minutesPerAnswer: {
    label: "Minutes per answer",
    hint: `${d.minutesPerAnswer} by default: how long the time budget gives each question.`,
  },
  openingMinutes: {
    label: "Opening (minutes)",
    hint: `${d.openingMinutes} by default: greetings and your pitch.`,
  },
  windDownMinutes: {
    label: "Wind-down (minutes)",
    hint: `${d.windDownMinutes} by default: kept for "who else should I talk to?" and goodbye.`,
  },
  speakingRate: {
    label: "Speaking rate (words a minute)",
    hint: `${d.speakingRate} by default; conversation runs 120–150.`,
  },
  pitchTargetMinSeconds: {
    label: "Pitch: shortest target (seconds)",
    hint: `${d.pitchTargetMinSeconds} by default.`,
  },
  pitchTargetMaxSeconds: {
    label: "Pitch: longest target (seconds)",
    hint: `${d.pitchTargetMaxSeconds} by default.`,
  },
  pitchShortestSeconds: {
    label: "Pitch: too short under (seconds)",
    hint: `${d.pitchShortestSeconds} by default.`,
  },
  researchStaleMonths: {
    label: "Research is old after (months)",
    hint: `${d.researchStaleMonths} by default: older notes on an organization earn a hint.`,
  },
};

const toValues = (settings: PrepareSettings): Record<PrepareField, string> =>
  Object.fromEntries(fields.map((field) => [field, String(settings[field])])) as Record<
    PrepareField,
    string
  >;

/** Settings → Prepare: the time budget's minutes, the pitch's timing and research age. */
export function PrepareSettingsForm() {
  const settings = usePrepareSettings();
  if (settings.isPending) return <Loading label="Loading Prepare's settings…" />;
  if (settings.isError)
    return <LoadFailed error={settings.error} retry={() => settings.refetch()} />;
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: PrepareSettings }) {
  const form = useFormState(fields, "prepare", toValues(initial));
  const [status, setStatus] = useState("");
  const save = useSavePrepareSettings();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const draft = Object.fromEntries(
      fields.map((field) => {
        const text = form.values[field].trim();
        return [field, text === "" ? Number.NaN : Number(text)];
      }),
    );
    const checked = validate(prepareSettingsSchema, draft);
    if (!checked.ok) {
      form.showErrors(checked.fields);
      return;
    }
    try {
      await save.mutateAsync(checked.value);
      setStatus("Saved");
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  return (
    <div className="space-y-6">
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label="Prepare settings"
        className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <FormErrorAlert form={form} className="mb-4" />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {fields.map((field) => (
            <TextInput
              key={field}
              id={`prepare-${field}`}
              inputMode="numeric"
              label={labels[field].label}
              hint={labels[field].hint}
              value={form.values[field]}
              error={form.errors[field]}
              onChange={(event) => {
                setStatus("");
                form.setValue(field, event.target.value);
              }}
            />
          ))}
        </div>
        <div className="mt-5 flex items-center gap-3">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save Prepare settings"}
          </Button>
          <p role="status" aria-live="polite" className="text-sm text-teal-800">
            {status}
          </p>
        </div>
      </form>
      <div
        id="prepare-bank"
        className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h3 className="mb-3 text-base font-semibold text-slate-900">My questions</h3>
        <OwnQuestionBank />
      </div>
    </div>
  );
}
