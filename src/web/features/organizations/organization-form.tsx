import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import {
  type Organization,
  type OrganizationDraft,
  organizationInputSchema,
} from "../../../domain/organization.js";
import { validate } from "../../../domain/validation.js";
import { Button, ButtonLink } from "../../components/button.js";
import { TextArea, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { UnsavedChangesDialog } from "../../components/unsaved-changes-dialog.js";
import { ApiError } from "../../lib/api.js";
import { useFormState, useUnsavedChangesGuard } from "../../lib/form-state.js";
import { TargetCheckboxes } from "../settings/index.js";

const organizationFields = [
  "name",
  "website",
  "industry",
  "locations",
  "mission",
  "notes",
] as const satisfies readonly (keyof OrganizationDraft)[];
type OrganizationField = (typeof organizationFields)[number];
type OrganizationFormValues = Record<OrganizationField, string>;

export function organizationFormValues(organization?: Organization | null): OrganizationFormValues {
  return {
    name: organization?.name ?? "",
    website: organization?.website ?? "",
    industry: organization?.industry ?? "",
    locations: organization?.locations.join("\n") ?? "",
    mission: organization?.mission ?? "",
    notes: organization?.notes ?? "",
  };
}

const idPrefix = "organization";

interface OrganizationFormProps {
  initial: OrganizationFormValues;
  initialTargetIds?: string[];
  save: (draft: OrganizationDraft) => Promise<Organization>;
  saving: boolean;
  submitLabel: string;
  cancelTo: string;
}

export function OrganizationForm({
  initial,
  initialTargetIds = [],
  save,
  saving,
  submitLabel,
  cancelTo,
}: OrganizationFormProps) {
  const navigate = useNavigate();
  const form = useFormState(organizationFields, idPrefix, initial);
  const [targetIds, setTargetIds] = useState(initialTargetIds);
  const [targetsDirty, setTargetsDirty] = useState(false);
  const guard = useUnsavedChangesGuard((form.dirty || targetsDirty) && !saving);
  const { values, errors } = form;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(organizationInputSchema, { ...values, targetIds });
    if (!result.ok) {
      form.showErrors(result.fields);
      return;
    }
    form.clearErrors();
    try {
      const organization = await save({ ...values, targetIds });
      guard.allowLeaving();
      navigate(`/organizations/${organization.id}`);
    } catch (error) {
      // A duplicate name is a problem with the name, even if the server forgot to say so.
      if (error instanceof ApiError && error.code === "conflict" && !error.fields.name) {
        form.showErrors({ name: error.message });
      } else {
        form.showSubmitError(error);
      }
    }
  }

  const text = (field: OrganizationField) => ({
    id: `${idPrefix}-${field}`,
    value: values[field],
    error: errors[field],
    autoComplete: "off",
    onChange: (event: { target: { value: string } }) => form.setValue(field, event.target.value),
  });

  return (
    <form
      noValidate
      onSubmit={submit}
      className="flex max-w-4xl flex-col gap-6"
      aria-label="Organization"
    >
      <FormErrorAlert form={form} />
      <div className="grid gap-5 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2 sm:p-6">
        <TextInput label="Name" required {...text("name")} />
        <TextInput
          label="Website"
          type="url"
          inputMode="url"
          placeholder="example.org"
          {...text("website")}
        />
        <TextInput
          label="Industry"
          placeholder="e.g. Public health, Software"
          {...text("industry")}
        />
        <TextArea label="Locations" hint="One per line." rows={3} {...text("locations")} />
        <TextArea
          label="Mission"
          hint="What they are trying to achieve, in their words or yours."
          rows={3}
          className="sm:col-span-2"
          {...text("mission")}
        />
        <TextArea label="Notes" rows={5} className="sm:col-span-2" {...text("notes")} />
        <TargetCheckboxes
          idPrefix={idPrefix}
          subject="this organization"
          value={targetIds}
          onChange={(ids) => {
            setTargetIds(ids);
            setTargetsDirty(true);
          }}
          className="sm:col-span-2"
        />
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <ButtonLink to={cancelTo} variant="secondary">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
      </div>
      <UnsavedChangesDialog blocker={guard.blocker} />
    </form>
  );
}
