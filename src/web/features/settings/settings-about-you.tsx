import { type FormEvent, useState } from "react";
import {
  type Profile,
  type ProfileDraft,
  profileInputSchema,
  searchStatuses,
  searchStatusLabels,
} from "../../../domain/profile.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { Select, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { UnsavedChangesDialog } from "../../components/unsaved-changes-dialog.js";
import { useFormState, useUnsavedChangesGuard } from "../../lib/form-state.js";
import { useSaveProfile } from "./queries.js";

export const profileFields = ["name", "schoolOrRole", "searchStatus", "phone", "email"] as const;
type ProfileField = (typeof profileFields)[number];
export type ProfileValues = Record<ProfileField, string>;

export function profileValues(profile: Profile | undefined): ProfileValues {
  return {
    name: profile?.name ?? "",
    schoolOrRole: profile?.schoolOrRole ?? "",
    searchStatus: profile?.searchStatus ?? "",
    phone: profile?.phone ?? "",
    email: profile?.email ?? "",
  };
}

export type ProfileFormState = ReturnType<typeof useFormState<ProfileField>>;

/** Checks the values with the shared schema; shows what to fix and answers null if invalid. */
export function checkedProfile(form: ProfileFormState): ProfileDraft | null {
  const checked = validate(profileInputSchema, form.values);
  if (checked.ok) return checked.value;
  form.showErrors(checked.fields);
  return null;
}

/** Name, school or role, and where the explorer is: used by Settings and the welcome. */
export function ProfileFields({ form, idPrefix }: { form: ProfileFormState; idPrefix: string }) {
  const bind = (field: ProfileField) => ({
    id: `${idPrefix}-${field}`,
    value: form.values[field],
    error: form.errors[field],
    onChange: (event: { target: { value: string } }) => form.setValue(field, event.target.value),
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextInput
        {...bind("name")}
        label="Your name"
        hint="As you sign your messages."
        autoComplete="name"
      />
      <TextInput
        {...bind("schoolOrRole")}
        label="School or current role"
        hint="e.g. “Law student, University of Maryland”"
        autoComplete="organization-title"
      />
      <Select
        {...bind("searchStatus")}
        label="Where you are"
        hint="Used when Rapport helps you write to people."
        className="sm:col-span-2 sm:max-w-sm"
      >
        <option value="">Choose…</option>
        {searchStatuses.map((status) => (
          <option key={status} value={status}>
            {searchStatusLabels[status]}
          </option>
        ))}
      </Select>
      <TextInput
        {...bind("email")}
        type="email"
        label="Your email"
        hint="The sender of drafts you download or send."
        autoComplete="email"
      />
      <TextInput
        {...bind("phone")}
        type="tel"
        label="Your phone"
        hint="Confirmations include it, so people can reach you."
        autoComplete="tel"
      />
    </div>
  );
}

const sameValues = (a: ProfileValues, b: ProfileValues) =>
  profileFields.every((field) => a[field] === b[field]);

/** Settings' "About you": saves on demand and says so. */
export function AboutYouForm({ profile }: { profile: Profile }) {
  const [saved, setSaved] = useState(() => profileValues(profile));
  const [justSaved, setJustSaved] = useState(false);
  const form = useFormState(profileFields, "profile", saved);
  const save = useSaveProfile();
  const dirty = !sameValues(form.values, saved);
  const guard = useUnsavedChangesGuard(dirty);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const draft = checkedProfile(form);
    if (!draft) return;
    try {
      const profileSaved = await save.mutateAsync(draft);
      setSaved(profileValues(profileSaved));
      setJustSaved(true);
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  const status = save.isPending ? "Saving…" : justSaved && !dirty ? "Saved" : "";

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormErrorAlert form={form} className="mb-4" />
      <ProfileFields form={form} idPrefix="profile" />
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save
        </Button>
        <p role="status" className="flex items-center gap-1.5 text-sm font-medium text-teal-800">
          {status === "Saved" ? <CheckIcon /> : null}
          {status}
        </p>
        {dirty && !save.isPending ? (
          <p className="text-sm text-slate-500">You have unsaved changes.</p>
        ) : null}
      </div>
      <UnsavedChangesDialog blocker={guard.blocker} />
    </form>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
      <path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" />
    </svg>
  );
}
