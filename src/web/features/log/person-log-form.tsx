import { type FormEvent, type KeyboardEvent, useEffect, useState } from "react";
import {
  type Activity,
  type ActivityDraft,
  activityInputSchema,
  activityKindLabels,
  activityKinds,
  conversationModeLabels,
  conversationModes,
} from "../../../domain/activity.js";
import type { PersonName } from "../../../domain/people-page.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { Select, TextArea, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { useFormState } from "../../lib/form-state.js";
import { dateTimeLocalToIso, isoToDateTimeLocal, toDateTimeLocal } from "../../lib/log-format.js";
import { detailHint, hasOutcome, OutcomeChoice, submitShortcutLabel } from "./person-log-fields.js";

const logFields = [
  "kind",
  "occurredAt",
  "outcome",
  "withName",
  "suggestedPersonId",
  "suggestedName",
  "scheduledFor",
  "durationMinutes",
  "channel",
  "place",
  "detail",
] as const satisfies readonly (keyof ActivityDraft)[];
type LogField = (typeof logFields)[number];
type LogFormValues = Record<LogField, string>;

export function logFormValues(activity: Activity | null, kind = "email_sent"): LogFormValues {
  return {
    kind: activity?.kind ?? kind,
    occurredAt: activity ? isoToDateTimeLocal(activity.occurredAt) : toDateTimeLocal(new Date()),
    outcome: activity?.outcome ?? "",
    withName: activity?.withName ?? "",
    suggestedPersonId: activity?.suggestedPersonId ?? "",
    suggestedName: "",
    scheduledFor: isoToDateTimeLocal(activity?.scheduledFor ?? null),
    durationMinutes: activity?.durationMinutes ? String(activity.durationMinutes) : "",
    channel: activity?.channel ?? "",
    place: activity?.place ?? "",
    detail: activity?.detail ?? "",
  };
}

/** Only the fields the chosen kind uses are sent, so a value left from another kind never counts. */
function draftFrom(values: LogFormValues, occurredAt: string): LogFormValues {
  const needsOutcome = hasOutcome(values.kind);
  return {
    ...values,
    occurredAt: dateTimeLocalToIso(occurredAt),
    outcome: needsOutcome ? values.outcome : "",
    withName: values.kind === "call" && values.outcome === "message_left" ? values.withName : "",
    suggestedPersonId:
      values.kind === "declined" && values.outcome === "try_someone_else"
        ? values.suggestedPersonId
        : "",
    // A new name only counts when no one already saved was picked.
    suggestedName:
      values.kind === "declined" &&
      values.outcome === "try_someone_else" &&
      !values.suggestedPersonId
        ? values.suggestedName
        : "",
    scheduledFor:
      values.kind === "meeting_scheduled" ? dateTimeLocalToIso(values.scheduledFor) : "",
    // A conversation's length, mode and place; editing the entry must not lose them.
    durationMinutes: values.kind === "meeting_scheduled" ? values.durationMinutes : "",
    channel: values.kind === "meeting_scheduled" ? values.channel : "",
    place: values.kind === "meeting_scheduled" ? values.place : "",
  };
}

interface LogFormProps {
  idPrefix: string;
  personId: string;
  /** Everyone else the explorer has saved, for "try someone else". */
  people: PersonName[];
  initial: LogFormValues;
  /** Editing an existing entry rather than adding one. */
  editing: boolean;
  saving: boolean;
  focusOnMount?: boolean;
  save: (draft: ActivityDraft) => Promise<unknown>;
  onCancel?: () => void;
}

export function LogForm(props: LogFormProps) {
  const { idPrefix, personId, people, initial, editing, saving, save, onCancel } = props;
  const form = useFormState(logFields, idPrefix, initial);
  const { values, errors } = form;
  // "Now" when the form opened; if it was left alone, the entry is stamped when saved.
  const [shownNow] = useState(initial.occurredAt);

  useEffect(() => {
    if (props.focusOnMount) document.getElementById(`${idPrefix}-kind`)?.focus();
  }, [props.focusOnMount, idPrefix]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const untouched = !editing && values.occurredAt === shownNow;
    const draft = draftFrom(values, untouched ? toDateTimeLocal(new Date()) : values.occurredAt);
    const result = validate(activityInputSchema, draft);
    if (!result.ok) {
      form.showErrors(result.fields);
      return;
    }
    form.clearErrors();
    try {
      await save(result.value);
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Enter" || event.shiftKey || event.altKey) return;
    const target = event.target;
    const plainEnterSubmits =
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && target.type === "radio");
    if (event.ctrlKey || event.metaKey || plainEnterSubmits) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  const field = (name: LogField) => ({
    id: `${idPrefix}-${name}`,
    value: values[name],
    error: errors[name],
    autoComplete: "off",
    onChange: (event: { target: { value: string } }) => form.setValue(name, event.target.value),
  });

  const kind = values.kind;
  const others = people.filter((person) => person.id !== personId);

  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={editing ? "Edit log entry" : "Add to the log"}
      className="grid gap-4 sm:grid-cols-2"
    >
      <FormErrorAlert form={form} compact />
      <Select
        label="What happened"
        {...field("kind")}
        onChange={(event) => {
          form.setValue("kind", event.target.value);
          // Call and decline outcomes differ; a leftover one would only confuse.
          form.setValue("outcome", "");
        }}
      >
        {activityKinds.map((option) => (
          <option key={option} value={option}>
            {activityKindLabels[option]}
          </option>
        ))}
      </Select>
      <TextInput label="When" type="datetime-local" {...field("occurredAt")} />
      {hasOutcome(kind) ? (
        <OutcomeChoice
          kind={kind}
          id={`${idPrefix}-outcome`}
          value={values.outcome}
          error={errors.outcome}
          onChange={(outcome) => form.setValue("outcome", outcome)}
        />
      ) : null}
      {kind === "call" && values.outcome === "message_left" ? (
        <TextInput
          label="Who took the message"
          placeholder="e.g. Pat, the receptionist"
          {...field("withName")}
        />
      ) : null}
      {kind === "declined" && values.outcome === "try_someone_else" ? (
        <div className="sm:col-span-2">
          <Select
            label="Whom did they suggest?"
            hint="Someone already in your people."
            {...field("suggestedPersonId")}
          >
            <option value="">Not recorded yet</option>
            {others.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
          {values.suggestedPersonId ? null : (
            <TextInput
              label="Or their name, if they are new"
              hint="They are added to your people, introduced by this person."
              placeholder="e.g. Priya Raman"
              className="mt-3"
              {...field("suggestedName")}
            />
          )}
        </div>
      ) : null}
      {kind === "meeting_scheduled" ? (
        <>
          <TextInput label="Scheduled for" type="datetime-local" {...field("scheduledFor")} />
          <TextInput
            label="Length (minutes)"
            hint="Empty: your default length."
            type="number"
            inputMode="numeric"
            {...field("durationMinutes")}
          />
          <Select label="How" {...field("channel")}>
            <option value="">Not decided</option>
            {conversationModes.map((mode) => (
              <option key={mode} value={mode}>
                {conversationModeLabels[mode]}
              </option>
            ))}
          </Select>
          <TextInput label="Place or link" {...field("place")} />
        </>
      ) : null}
      <TextArea
        label="Details"
        hint={`${detailHint(kind)} ${submitShortcutLabel()} saves.`}
        rows={2}
        className="sm:col-span-2"
        {...field("detail")}
      />
      <div className="flex flex-wrap items-center justify-end gap-2 sm:col-span-2">
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? "Saving…" : editing ? "Save entry" : "Add to log"}
        </Button>
      </div>
    </form>
  );
}
