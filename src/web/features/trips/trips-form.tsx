import { type FormEvent, useEffect } from "react";
import { type Trip, tripInputSchema } from "../../../domain/trip.js";
import { validate } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { TextArea, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { useFormState } from "../../lib/form-state.js";
import { useSaveTrip } from "./queries.js";

const tripFields = ["place", "startsOn", "endsOn", "note"] as const;
type TripField = (typeof tripFields)[number];

function tripFormValues(trip: Trip | null): Record<TripField, string> {
  return {
    place: trip?.place ?? "",
    startsOn: trip?.startsOn ?? "",
    endsOn: trip?.endsOn ?? "",
    note: trip?.note ?? "",
  };
}

interface TripFormProps {
  idPrefix: string;
  /** The trip being edited; a new one when null. */
  trip: Trip | null;
  onSaved: (trip: Trip) => void;
  onCancel: () => void;
}

/** Where and when: the place, the first and last day, and a note. */
export function TripForm({ idPrefix, trip, onSaved, onCancel }: TripFormProps) {
  const form = useFormState(tripFields, idPrefix, tripFormValues(trip));
  const saveTrip = useSaveTrip();
  const { values, errors } = form;

  useEffect(() => {
    document.getElementById(`${idPrefix}-place`)?.focus();
  }, [idPrefix]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Same schema as the server, so the messages match what the API would say.
    const result = validate(tripInputSchema, values);
    if (!result.ok) {
      form.showErrors(result.fields);
      return;
    }
    form.clearErrors();
    try {
      onSaved(await saveTrip.mutateAsync({ id: trip?.id ?? null, draft: values }));
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  const field = (name: TripField) => ({
    id: `${idPrefix}-${name}`,
    value: values[name],
    error: errors[name],
    autoComplete: "off",
    onChange: (event: { target: { value: string } }) => {
      form.setValue(name, event.target.value);
      // A one-day trip is the usual start: the last day follows the first until changed.
      if (name === "startsOn" && (!values.endsOn || values.endsOn < event.target.value))
        form.setValue("endsOn", event.target.value);
    },
  });

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={trip ? `Edit your trip to ${trip.place}` : "Add a trip"}
      className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2 sm:p-6"
    >
      <FormErrorAlert form={form} compact />
      <TextInput
        label="Where you will be"
        hint="A city or region, as people write their location, e.g. Baltimore, MD."
        className="sm:col-span-2"
        required
        {...field("place")}
      />
      <TextInput label="First day" type="date" required {...field("startsOn")} />
      <TextInput label="Last day" type="date" required {...field("endsOn")} />
      <TextArea
        label="Note (optional)"
        hint="Why you are going, where you stay, when you are free."
        rows={2}
        className="sm:col-span-2"
        {...field("note")}
      />
      <div className="flex flex-col-reverse gap-2 sm:col-span-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={saveTrip.isPending}>
          {saveTrip.isPending ? "Saving…" : trip ? "Save trip" : "Add trip"}
        </Button>
      </div>
    </form>
  );
}
