import {
  defaultPrepareSettings,
  prepareSettingsSchema,
} from "../../../domain/prepare/prepare-settings.js";
import { NumberSettingsForm } from "../../components/number-settings-form.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
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

/** Settings → Prepare: the time budget's minutes, the pitch's timing and research age. */
export function PrepareSettingsForm() {
  const settings = usePrepareSettings();
  const save = useSavePrepareSettings();
  if (settings.isPending) return <Loading label="Loading Prepare's settings…" />;
  if (settings.isError)
    return <LoadFailed error={settings.error} retry={() => settings.refetch()} />;
  return (
    <div className="space-y-6">
      <NumberSettingsForm
        fields={fields}
        labels={labels}
        idPrefix="prepare"
        ariaLabel="Prepare settings"
        initial={settings.data}
        schema={prepareSettingsSchema}
        save={(value) => save.mutateAsync(value)}
        saving={save.isPending}
        submitLabel="Save Prepare settings"
        gridClassName="sm:grid-cols-2 lg:grid-cols-3"
      />
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
