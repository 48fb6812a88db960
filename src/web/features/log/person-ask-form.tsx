import { type FormEvent, useEffect } from "react";
import { type NetworkAsk, networkAskInputSchema } from "../../../domain/network.js";
import type { FieldErrors } from "../../../domain/validation.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { TextArea, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { useFormState } from "../../lib/form-state.js";
import { dateTimeLocalToIso, isoToDateTimeLocal, toDateTimeLocal } from "../../lib/log-format.js";

const askFields = ["question", "askedAt", "outcome", "suggestedNames"] as const;
type AskField = (typeof askFields)[number];

function askFormValues(ask: NetworkAsk | null): Record<AskField, string> {
  return {
    question: ask?.question ?? "",
    askedAt: ask ? isoToDateTimeLocal(ask.askedAt) : toDateTimeLocal(new Date()),
    outcome: ask?.outcome ?? "",
    suggestedNames: "",
  };
}

/** "suggestedNames.2" (the third name) is shown at the names box. */
function byField(fields: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    result[field.split(".")[0] ?? field] ??= message;
  }
  return result;
}

interface AskFormProps {
  idPrefix: string;
  /** The person asked, by name, for labels and hints. */
  personName: string;
  ask: NetworkAsk | null;
  saving: boolean;
  save: (draft: {
    askedAt: string;
    question: string;
    outcome: string;
    suggestedNames: string[];
  }) => Promise<unknown>;
  onCancel: () => void;
}

export function AskForm({ idPrefix, personName, ask, saving, save, onCancel }: AskFormProps) {
  const form = useFormState(askFields, idPrefix, askFormValues(ask));
  const { values, errors } = form;

  useEffect(() => {
    document.getElementById(`${idPrefix}-question`)?.focus();
  }, [idPrefix]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const draft = {
      askedAt: dateTimeLocalToIso(values.askedAt),
      question: values.question,
      outcome: values.outcome,
      suggestedNames: values.suggestedNames.split("\n").map((name) => name.trim()),
    };
    const result = validate(networkAskInputSchema, draft);
    if (!result.ok) {
      form.showErrors(byField(result.fields));
      return;
    }
    form.clearErrors();
    try {
      await save({ ...draft, suggestedNames: result.value.suggestedNames });
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  const field = (name: AskField) => ({
    id: `${idPrefix}-${name}`,
    value: values[name],
    error: errors[name],
    autoComplete: "off",
    onChange: (event: { target: { value: string } }) => form.setValue(name, event.target.value),
  });

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={ask ? "Edit network ask" : `Ask ${personName} for an introduction`}
      className="grid gap-4 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset sm:grid-cols-2"
    >
      <FormErrorAlert form={form} compact />
      <TextArea
        label="What you asked"
        hint="Be specific, e.g. “Do you know a speech therapist who works with children?”"
        rows={2}
        className="sm:col-span-2"
        {...field("question")}
      />
      <TextInput label="When you asked" type="datetime-local" {...field("askedAt")} />
      <TextArea label="What came of it" rows={2} {...field("outcome")} />
      <TextArea
        label={ask ? "More names they suggested" : "Names they suggested"}
        hint={`One per line. Each becomes a person introduced by ${personName}.`}
        rows={3}
        className="sm:col-span-2"
        {...field("suggestedNames")}
      />
      <div className="flex flex-wrap justify-end gap-2 sm:col-span-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : "Save ask"}
        </Button>
      </div>
    </form>
  );
}
