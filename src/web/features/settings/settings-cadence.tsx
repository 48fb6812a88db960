import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  type CadenceSettings,
  cadenceSettingsSchema,
  routineLabels,
  routines,
} from "../../../domain/cadence-settings.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { Select, TextInput } from "../../components/field.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useFormState } from "../../lib/form-state.js";
import { afterCadenceSaved } from "../../lib/invalidation.js";
import { cadenceSettingsApi } from "./api.js";
import { useCadenceSettings } from "./queries.js";

const numberFields = [
  "followUpCallDays",
  "followUpOverdueDays",
  "retryBusinessDays",
  "reaskWeeks",
  "thankYouIdealHours",
  "thankYouDueHours",
  "prepareDaysBefore",
  "conversationMinutes",
  "keepInTouchMonths",
  "writeUpNotesHour",
  "checkInWeeks",
] as const;
const fields = ["timeZone", "routine", ...numberFields] as const;
type CadenceField = (typeof fields)[number];

const labels: Record<(typeof numberFields)[number], { label: string; hint: string }> = {
  followUpCallDays: {
    label: "Call after an unanswered letter or email (days)",
    hint: "METHOD: one to two weeks; 7 by default.",
  },
  followUpOverdueDays: { label: "…and it is overdue after (days)", hint: "14 by default." },
  retryBusinessDays: {
    label: "Try again after a voicemail (business days)",
    hint: "3 by default.",
  },
  reaskWeeks: { label: "Ask again after “maybe later” (weeks)", hint: "4 by default." },
  thankYouIdealHours: { label: "Thank-you ideally within (hours)", hint: "2 by default." },
  thankYouDueHours: { label: "Thank-you at the latest within (hours)", hint: "24 by default." },
  prepareDaysBefore: { label: "Prepare for a conversation (days before)", hint: "2 by default." },
  conversationMinutes: {
    label: "A new conversation lasts (minutes)",
    hint: "Asking for a short one is easier to accept; 30 by default.",
  },
  keepInTouchMonths: {
    label: "Keep in touch every (months)",
    hint: "After the thank-you; any touch starts it again. A person may have their own; 3 by default.",
  },
  writeUpNotesHour: {
    label: "Write up notes by (hour, 0–23)",
    hint: "“Write up your notes” is due at this hour of the conversation's day; 20 (20:00) by default.",
  },
  checkInWeeks: {
    label: "Ask “still excited?” every (weeks)",
    hint: "Every few weeks Rapport asks how excited you still are about each interest. 0 turns it off.",
  },
};

function toValues(settings: CadenceSettings): Record<CadenceField, string> {
  return Object.fromEntries(fields.map((field) => [field, String(settings[field])])) as Record<
    CadenceField,
    string
  >;
}

/** When reminders fire: every number from METHOD is the explorer's to change. */
export function CadenceSettingsForm() {
  const queryClient = useQueryClient();
  const settings = useCadenceSettings();
  if (settings.isPending) return <Loading label="Loading your reminder settings…" />;
  if (settings.isError)
    return <LoadFailed error={settings.error} retry={() => settings.refetch()} />;
  return (
    <CadenceForm
      initial={settings.data}
      onSaved={(saved) => {
        // Today's reminders follow the new cadence.
        afterCadenceSaved(queryClient, saved);
      }}
    />
  );
}

function CadenceForm({
  initial,
  onSaved,
}: {
  initial: CadenceSettings;
  onSaved: (saved: CadenceSettings) => void;
}) {
  const form = useFormState(fields, "cadence", toValues(initial));
  const [status, setStatus] = useState("");
  const save = useMutation({
    mutationFn: cadenceSettingsApi.save,
  });
  const zones =
    typeof Intl.supportedValuesOf === "function"
      ? Intl.supportedValuesOf("timeZone")
      : [initial.timeZone];
  const zoneChoices = zones.includes(initial.timeZone) ? zones : [initial.timeZone, ...zones];
  const bind = (field: CadenceField) => ({
    id: `cadence-${field}`,
    value: form.values[field],
    error: form.errors[field],
    onChange: (event: { target: { value: string } }) => {
      setStatus("");
      form.setValue(field, event.target.value);
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const draft = {
      ...form.values,
      ...Object.fromEntries(
        numberFields.map((field) => [
          field,
          form.values[field].trim() === "" ? Number.NaN : Number(form.values[field]),
        ]),
      ),
    };
    const checked = validate(cadenceSettingsSchema, { ...initial, ...draft });
    if (!checked.ok) {
      form.showErrors(checked.fields);
      return;
    }
    try {
      onSaved(await save.mutateAsync(checked.value));
      setStatus("Saved");
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          {...bind("timeZone")}
          label="Your time zone"
          hint="Business days and “the day before” are counted here."
        >
          {zoneChoices.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
        <Select
          {...bind("routine")}
          label="Follow-up routine"
          hint="You can keep the standard routine or try 3B7."
        >
          {routines.map((routine) => (
            <option key={routine} value={routine}>
              {routineLabels[routine]}
            </option>
          ))}
        </Select>
        {numberFields.map((field) => (
          <TextInput
            key={field}
            {...bind(field)}
            inputMode="numeric"
            label={labels[field].label}
            hint={labels[field].hint}
          />
        ))}
      </div>
      <div className="mt-5 flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save reminders"}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-teal-800">
          {status}
        </p>
      </div>
    </form>
  );
}
