import { type FormEvent, type ReactNode, useState } from "react";
import { useNavigate } from "react-router";
import { routineLabels, routines } from "../../../domain/cadence-settings.js";
import { mentionPermissionLabels, mentionPermissions } from "../../../domain/network.js";
import {
  type Person,
  type PersonDraft,
  personInputSchema,
  personSourceLabels,
  personSources,
} from "../../../domain/person.js";
import { validate } from "../../../domain/validation.js";
import { Button, ButtonLink } from "../../components/button.js";
import { Select, TextArea, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { UnsavedChangesDialog } from "../../components/unsaved-changes-dialog.js";
import { useFormState, useUnsavedChangesGuard } from "../../lib/form-state.js";
import { useOrganizations } from "../organizations/index.js";
import { TargetCheckboxes } from "../settings/index.js";
import { usePeopleNames } from "./queries.js";

/** The form's fields in screen order, which is also the order errors are focused in. */
const personFields = [
  "name",
  "title",
  "organizationName",
  "location",
  "email",
  "phone",
  "phoneExtension",
  "profileUrl",
  "workAddress",
  "source",
  "referredById",
  "mentionPermission",
  "commonGround",
  "routine",
  "keepInTouchMonths",
  "notes",
] as const satisfies readonly (keyof PersonDraft)[];
type PersonField = (typeof personFields)[number];
export type PersonFormValues = Record<PersonField, string>;

export function personFormValues(person?: Person | null): PersonFormValues {
  return {
    name: person?.name ?? "",
    title: person?.title ?? "",
    organizationName: person?.organizationName ?? "",
    location: person?.location ?? "",
    source: person?.source ?? "",
    email: person?.email ?? "",
    phone: person?.phone ?? "",
    phoneExtension: person?.phoneExtension ?? "",
    profileUrl: person?.profileUrl ?? "",
    workAddress: person?.workAddress ?? "",
    referredById: person?.referredById ?? "",
    mentionPermission: person?.mentionPermission ?? "not_asked",
    commonGround: person?.commonGround ?? "",
    routine: person?.routine ?? "",
    keepInTouchMonths:
      person?.keepInTouchMonths === null || person?.keepInTouchMonths === undefined
        ? ""
        : String(person.keepInTouchMonths),
    notes: person?.notes ?? "",
  };
}

const idPrefix = "person";
const fieldId = (field: PersonField) => `${idPrefix}-${field}`;

interface PersonFormProps {
  initial: PersonFormValues;
  initialTargetIds?: string[];
  /** The person being edited, who cannot have introduced themselves. */
  personId?: string;
  /** Saves the draft; the returned person's page is opened afterwards. */
  save: (draft: PersonDraft) => Promise<Person>;
  saving: boolean;
  submitLabel: string;
  cancelTo: string;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <legend className="float-left mb-4 w-full text-base font-semibold text-slate-900">
        {title}
      </legend>
      <div className="clear-left grid gap-5 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

export function PersonForm(props: PersonFormProps) {
  const { initial, save, saving, submitLabel, cancelTo } = props;
  const navigate = useNavigate();
  const organizations = useOrganizations();
  const people = usePeopleNames();
  const form = useFormState(personFields, idPrefix, initial);
  const [targetIds, setTargetIds] = useState(props.initialTargetIds ?? []);
  const [targetsDirty, setTargetsDirty] = useState(false);
  const guard = useUnsavedChangesGuard((form.dirty || targetsDirty) && !saving);
  const { values, errors } = form;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Same schema as the server, so the messages match what the API would say.
    const result = validate(personInputSchema, { ...values, targetIds });
    if (!result.ok) {
      form.showErrors(result.fields);
      return;
    }
    form.clearErrors();
    try {
      // The select only offers known sources; an unknown one would have failed validation.
      const source = personSources.find((known) => known === values.source) ?? "";
      // Permission only means something while someone is named as the introducer.
      const mentionPermission = values.referredById
        ? (mentionPermissions.find((known) => known === values.mentionPermission) ?? "")
        : "";
      const routine = routines.find((known) => known === values.routine) ?? "";
      const person = await save({ ...values, source, mentionPermission, routine, targetIds });
      guard.allowLeaving();
      navigate(`/people/${person.id}`);
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  const text = (field: PersonField) => ({
    id: fieldId(field),
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
      aria-label="Person"
    >
      <FormErrorAlert form={form} />

      <Section title="Who they are">
        <TextInput label="Name" required {...text("name")} />
        <TextInput label="Title" placeholder="e.g. Product designer" {...text("title")} />
        <TextInput
          label="Organization"
          hint="Pick one you have saved or type a new name to add it."
          list="organization-names"
          {...text("organizationName")}
        />
        <datalist id="organization-names">
          {(organizations.data ?? []).map((organization) => (
            <option key={organization.id} value={organization.name} />
          ))}
        </datalist>
        <TextInput
          label="Location"
          hint="City or region, e.g. Baltimore, MD."
          {...text("location")}
        />
      </Section>

      <Section title="How to reach them">
        <TextInput label="Email" type="email" inputMode="email" {...text("email")} />
        <div className="grid grid-cols-[minmax(0,1fr)_6.5rem] gap-3">
          <TextInput label="Phone" type="tel" {...text("phone")} />
          <TextInput label="Extension" inputMode="numeric" {...text("phoneExtension")} />
        </div>
        <TextInput
          label="Profile URL"
          type="url"
          inputMode="url"
          placeholder="linkedin.com/in/…"
          {...text("profileUrl")}
        />
        <TextArea label="Work address" rows={2} {...text("workAddress")} />
      </Section>

      <Section title="How you are connected">
        <Select label="How you found them" {...text("source")}>
          <option value="">Not set</option>
          {personSources.map((source) => (
            <option key={source} value={source}>
              {personSourceLabels[source]}
            </option>
          ))}
        </Select>
        <Select
          label="Introduced by"
          hint="Who pointed you to them, if anyone."
          {...text("referredById")}
          onChange={(event) => {
            form.setValue("referredById", event.target.value);
            // An introduction is how they were found, unless the user said otherwise.
            if (event.target.value && !values.source) form.setValue("source", "referral");
          }}
        >
          <option value="">No one</option>
          {(people.data?.people ?? [])
            .filter((someone) => someone.id !== props.personId)
            .map((someone) => (
              <option key={someone.id} value={someone.id}>
                {someone.name}
              </option>
            ))}
        </Select>
        {values.referredById ? (
          <Select
            label="May I mention them?"
            hint="Ask the introducer before naming them in your first message."
            {...text("mentionPermission")}
          >
            {mentionPermissions.map((permission) => (
              <option key={permission} value={permission}>
                {mentionPermissionLabels[permission]}
              </option>
            ))}
          </Select>
        ) : null}
        <TextArea
          label="Common ground"
          hint="What you share: a school, a hometown, a past employer, an interest."
          rows={3}
          className="sm:col-span-2"
          {...text("commonGround")}
        />
        <TargetCheckboxes
          idPrefix={idPrefix}
          subject="this person"
          value={targetIds}
          onChange={(ids) => {
            setTargetIds(ids);
            setTargetsDirty(true);
          }}
          className="sm:col-span-2"
        />
      </Section>

      <Section title="Following up">
        <Select
          label="Follow-up routine"
          hint="How Today reminds you when they have not answered. Your default is set in Settings."
          className="sm:col-span-2"
          {...text("routine")}
        >
          <option value="">Use my default</option>
          {routines.map((routine) => (
            <option key={routine} value={routine}>
              {routineLabels[routine]}
            </option>
          ))}
        </Select>
        <TextInput
          label="Keep in touch every … months"
          hint="After the thank-you, Today reminds you to write again; any touch starts it over. Empty: your default from Settings."
          inputMode="numeric"
          {...text("keepInTouchMonths")}
        />
      </Section>

      <Section title="What you know">
        <TextArea label="Notes" rows={6} className="sm:col-span-2" {...text("notes")} />
      </Section>

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
