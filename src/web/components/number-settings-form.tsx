import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { validate } from "../../domain/validation.js";
import { useFormState } from "../lib/form-state.js";
import { Button } from "./button.js";
import { TextInput } from "./field.js";
import { FormErrorAlert } from "./form-error.js";

/**
 * A Settings form of whole numbers (the coach's limits, Prepare's minutes and seconds): one
 * field each, checked by the domain's schema before saving, "Saved" once the server took it.
 */
export function NumberSettingsForm<Field extends string, Output>({
  fields,
  labels,
  idPrefix,
  ariaLabel,
  initial,
  schema,
  save,
  saving,
  submitLabel,
  gridClassName,
}: {
  fields: readonly Field[];
  labels: Record<Field, { label: string; hint: string }>;
  idPrefix: string;
  ariaLabel: string;
  initial: Record<Field, number>;
  schema: z.ZodType<Output>;
  save: (value: Output) => Promise<unknown>;
  saving: boolean;
  submitLabel: string;
  gridClassName: string;
}) {
  const form = useFormState(
    fields,
    idPrefix,
    Object.fromEntries(fields.map((field) => [field, String(initial[field])])) as Record<
      Field,
      string
    >,
  );
  const [status, setStatus] = useState("");

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const draft = Object.fromEntries(
      fields.map((field) => {
        const text = form.values[field].trim();
        return [field, text === "" ? Number.NaN : Number(text)];
      }),
    );
    const checked = validate(schema, draft);
    if (!checked.ok) {
      form.showErrors(checked.fields);
      return;
    }
    try {
      await save(checked.value);
      setStatus("Saved");
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={ariaLabel}
      className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <FormErrorAlert form={form} className="mb-4" />
      <div className={`grid gap-4 ${gridClassName}`}>
        {fields.map((field) => (
          <TextInput
            key={field}
            id={`${idPrefix}-${field}`}
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
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-teal-800">
          {status}
        </p>
      </div>
    </form>
  );
}
