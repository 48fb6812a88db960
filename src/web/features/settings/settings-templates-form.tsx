import { type FormEvent, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Profile } from "../../../domain/profile.js";
import {
  builtInTemplateFor,
  mergeFieldLabels,
  previewTemplate,
  type Template,
  type TemplatePurpose,
  templateInputSchema,
  templateMergeFields,
  templatePurposeLabels,
  templatePurposes,
} from "../../../domain/template.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { Select, TextArea, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { useFormState } from "../../lib/form-state.js";
import { useAddTemplate, useUpdateTemplate } from "./templates-queries.js";

const fields = ["name", "purpose", "subject", "body"] as const;
type TemplateField = (typeof fields)[number];

function isPurpose(value: string): value is TemplatePurpose {
  return templatePurposes.some((purpose) => purpose === value);
}

/** The subject or text box; the form has one of each, so their ids are fixed. */
function textControl(field: "subject" | "body") {
  const element = document.getElementById(`template-${field}`);
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
    ? element
    : null;
}

interface TemplateFormProps {
  /** The template being edited; a new one when absent. */
  template?: Template;
  profile: Pick<Profile, "name" | "schoolOrRole" | "phone">;
  onDone: (saved: Template | null) => void;
}

/** Add or edit a template: merge-field buttons insert at the cursor; a preview fills them in. */
export function TemplateForm({ template, profile, onDone }: TemplateFormProps) {
  const form = useFormState(fields, "template", {
    name: template?.name ?? "",
    purpose: template?.purpose ?? "email",
    subject: template?.subject ?? "",
    body: template?.body ?? "",
  });
  const add = useAddTemplate();
  const update = useUpdateTemplate();
  const saving = add.isPending || update.isPending;
  // Merge fields go where the cursor was last: the subject or the text.
  const lastFocused = useRef<"subject" | "body">("body");
  const [confirmReplace, setConfirmReplace] = useState(false);
  const purpose = isPurpose(form.values.purpose) ? form.values.purpose : "email";
  const builtIn = builtInTemplateFor(purpose);
  const idPrefix = template ? `template-${template.id}` : "template-new";

  function insertField(field: string) {
    const target = lastFocused.current;
    const element = textControl(target);
    const value = form.values[target];
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    const placeholder = `{{${field}}}`;
    flushSync(() => form.setValue(target, value.slice(0, start) + placeholder + value.slice(end)));
    element?.focus();
    element?.setSelectionRange(start + placeholder.length, start + placeholder.length);
  }

  function startFromBuiltIn() {
    setConfirmReplace(false);
    form.setValue("body", builtIn);
    textControl("body")?.focus();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const checked = validate(templateInputSchema, form.values);
    if (!checked.ok) {
      form.showErrors(checked.fields);
      return;
    }
    try {
      const saved = template
        ? await update.mutateAsync({ id: template.id, draft: checked.value })
        : await add.mutateAsync(checked.value);
      onDone(saved);
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  const bind = (field: TemplateField) => ({
    id: `template-${field}`,
    value: form.values[field],
    error: form.errors[field],
    onChange: (event: { target: { value: string } }) => form.setValue(field, event.target.value),
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      className="flex flex-col gap-4 rounded-xl border border-teal-200 bg-white p-4 shadow-sm sm:p-6"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !confirmReplace) onDone(null);
      }}
    >
      <h3 id={`${idPrefix}-heading`} className="text-lg font-semibold text-slate-900">
        {template ? `Edit “${template.name}”` : "New template"}
      </h3>
      <FormErrorAlert form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput {...bind("name")} label="Name" placeholder="Short and warm" maxLength={100} />
        <Select {...bind("purpose")} label="What it is for">
          {templatePurposes.map((option) => (
            <option key={option} value={option}>
              {templatePurposeLabels[option]}
            </option>
          ))}
        </Select>
      </div>
      <TextInput
        {...bind("subject")}
        onFocus={() => {
          lastFocused.current = "subject";
        }}
        label="Subject (optional)"
        hint="For e-mails. Left empty, Rapport writes one."
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Insert a merge field</legend>
        <p className="text-sm text-slate-500">
          Each button puts a field where your cursor is; Rapport fills it for each person.
        </p>
        <div className="mt-2 flex flex-wrap gap-1.5">
          {templateMergeFields.map((field) => (
            <button
              key={field}
              type="button"
              title={`Inserts {{${field}}}`}
              onClick={() => insertField(field)}
              // Keep the cursor where it is in the text while clicking.
              onMouseDown={(event) => event.preventDefault()}
              className="rounded-md bg-slate-100 px-2 py-1 text-[13px] font-medium text-slate-700 ring-1 ring-slate-200 ring-inset hover:bg-teal-50 hover:text-teal-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700"
            >
              {mergeFieldLabels[field]}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-2">
          <TextArea
            {...bind("body")}
            onFocus={() => {
              lastFocused.current = "body";
            }}
            rows={14}
            label="Text"
            hint="Write it in your own words; {{first_name}} and the like are filled in."
          />
          <div>
            <Button
              variant="ghost"
              className="px-2 text-teal-800"
              onClick={() =>
                form.values.body.trim() ? setConfirmReplace(true) : startFromBuiltIn()
              }
            >
              Start from the built-in one
            </Button>
          </div>
        </div>
        <section aria-labelledby={`${idPrefix}-preview`} className="min-w-0">
          <h4 id={`${idPrefix}-preview`} className="text-sm font-medium text-slate-800">
            Preview for a sample person
          </h4>
          <p className="text-sm text-slate-500">
            Maya Chen, UX researcher at Hopkins Digital Health
          </p>
          <div
            data-testid="template-preview"
            className="mt-1.5 min-h-40 rounded-lg bg-slate-50 px-3 py-2.5 text-[15px] leading-relaxed break-words whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200 ring-inset"
          >
            {form.values.subject.trim() ? (
              <p className="mb-2 font-semibold">{previewTemplate(form.values.subject, profile)}</p>
            ) : null}
            {form.values.body.trim() ? (
              <div>{previewTemplate(form.values.body, profile)}</div>
            ) : (
              <span className="text-slate-500">Your text appears here as Maya would read it.</span>
            )}
          </div>
        </section>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : template ? "Save template" : "Add template"}
        </Button>
        <Button onClick={() => onDone(null)}>Cancel</Button>
      </div>
      <ConfirmDialog
        open={confirmReplace}
        onOpenChange={setConfirmReplace}
        title="Replace your text?"
        description="The built-in text will take the place of what you have written here."
        confirmLabel="Replace it"
        onConfirm={startFromBuiltIn}
      />
    </form>
  );
}
