import { coachLimitsSchema, defaultCoachLimits } from "../../../domain/coach-settings.js";
import { NumberSettingsForm } from "../../components/number-settings-form.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useCoachLimits, useSaveCoachLimits } from "./templates-queries.js";

const fields = ["emailWords", "letterWords", "networkMessageWords"] as const;
type LimitField = (typeof fields)[number];

const labels: Record<LimitField, { label: string; hint: string }> = {
  emailWords: {
    label: "E-mail (words)",
    hint: `${defaultCoachLimits.emailWords} by default: about one phone screen.`,
  },
  letterWords: {
    label: "Letter (words)",
    hint: `${defaultCoachLimits.letterWords} by default: about one page.`,
  },
  networkMessageWords: {
    label: "Networking-site message (words)",
    hint: `${defaultCoachLimits.networkMessageWords} by default: a short note gets read.`,
  },
};

/** How long a first message may be before the coach says it is too long. */
export function CoachLimitsForm() {
  const limits = useCoachLimits();
  const save = useSaveCoachLimits();
  if (limits.isPending) return <Loading label="Loading the coach's limits…" />;
  if (limits.isError) return <LoadFailed error={limits.error} retry={() => limits.refetch()} />;
  return (
    <NumberSettingsForm
      fields={fields}
      labels={labels}
      idPrefix="coach"
      ariaLabel="Coach limits"
      initial={limits.data}
      schema={coachLimitsSchema}
      save={(value) => save.mutateAsync(value)}
      saving={save.isPending}
      submitLabel="Save limits"
      gridClassName="sm:grid-cols-3"
    />
  );
}
