import { type FormEvent, useState } from "react";
import {
  type CoachLimits,
  coachLimitsSchema,
  defaultCoachLimits,
} from "../../../domain/coach-settings.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useFormState } from "../../lib/form-state.js";
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

const toValues = (limits: CoachLimits): Record<LimitField, string> => ({
  emailWords: String(limits.emailWords),
  letterWords: String(limits.letterWords),
  networkMessageWords: String(limits.networkMessageWords),
});

/** How long a first message may be before the coach says it is too long. */
export function CoachLimitsForm() {
  const limits = useCoachLimits();
  if (limits.isPending) return <Loading label="Loading the coach's limits…" />;
  if (limits.isError) return <LoadFailed error={limits.error} retry={() => limits.refetch()} />;
  return <LimitsForm initial={limits.data} />;
}

function LimitsForm({ initial }: { initial: CoachLimits }) {
  const form = useFormState(fields, "coach", toValues(initial));
  const [status, setStatus] = useState("");
  const save = useSaveCoachLimits();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const draft = Object.fromEntries(
      fields.map((field) => {
        const text = form.values[field].trim();
        return [field, text === "" ? Number.NaN : Number(text)];
      }),
    );
    const checked = validate(coachLimitsSchema, draft);
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
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Coach limits"
      className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <FormErrorAlert form={form} className="mb-4" />
      <div className="grid gap-4 sm:grid-cols-3">
        {fields.map((field) => (
          <TextInput
            key={field}
            id={`coach-${field}`}
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
          {save.isPending ? "Saving…" : "Save limits"}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-teal-800">
          {status}
        </p>
      </div>
    </form>
  );
}
