import { type FormEvent, useState } from "react";
import {
  type ConversationMode,
  conversationLengthLimits,
  conversationModeLabels,
  conversationModes,
} from "../../../domain/activity.js";
import type { ConversationWithPerson } from "../../../domain/conversation.js";
import { zonedToInstant } from "../../../domain/conversation.js";
import type { FieldErrors } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { Select, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { ApiError } from "../../lib/api.js";
import { lengthText, zoneText } from "../../lib/conversations-format.js";
import { useFormState } from "../../lib/form-state.js";
import { usePeopleNames } from "../people/index.js";
import { useCadenceSettings } from "../settings/index.js";
import { useScheduleConversation } from "./queries.js";
import { ScheduleDialogFrame } from "./schedule-dialog-frame.js";

const fields = ["personId", "date", "time", "durationMinutes", "channel", "place"] as const;
type ScheduleField = (typeof fields)[number];

const placeHints: Record<ConversationMode, string> = {
  in_person: "Their workplace, a café or a restaurant: the address helps on the day.",
  phone: "Optional: the number to call if it is not the one on file.",
  video: "The video link, e.g. https://meet.example.com/…",
  email: "Optional: the address the questions go to.",
};

/** Checks what the browser can check, with the messages the server would give. */
function problems(values: Record<ScheduleField, string>, timeZone: string): FieldErrors {
  const found: FieldErrors = {};
  if (!values.personId) found.personId = "Choose whom you will talk to";
  if (!values.date) found.date = "Enter the date";
  if (!values.time) found.time = "Enter the time";
  if (values.date && values.time && !zonedToInstant(values.date, values.time, timeZone))
    found.date = "Enter a real date and time";
  const minutes = Number(values.durationMinutes);
  const { min, max } = conversationLengthLimits;
  if (!Number.isInteger(minutes) || minutes < min || minutes > max)
    found.durationMinutes = `Enter a length from ${min} to ${max} minutes`;
  return found;
}

interface ScheduleConversationDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Fixed on a person's page; chosen in the dialog on the Conversations page. */
  person?: { id: string; name: string };
  onScheduled: (conversation: ConversationWithPerson) => void;
  /** Runs before the conversation is saved; a failure is shown and nothing is scheduled. */
  beforeSchedule?: () => Promise<void>;
  /** One more way out of the dialog than Cancel, e.g. logging the call without a time. */
  extraAction?: { label: string; onAction: () => Promise<void> };
}

/** "They picked a time": when (in the explorer's zone), how long, how and where. */
export function ScheduleConversationDialog(props: ScheduleConversationDialogProps) {
  const settings = useCadenceSettings();
  // Remounting on every opening starts each one with a clean form.
  if (!props.open || !settings.data) return null;
  return (
    <ScheduleForm
      {...props}
      timeZone={settings.data.timeZone}
      defaultMinutes={settings.data.conversationMinutes}
    />
  );
}

function ScheduleForm({
  open,
  onOpenChange,
  person,
  onScheduled,
  beforeSchedule,
  extraAction,
  timeZone,
  defaultMinutes,
}: ScheduleConversationDialogProps & { timeZone: string; defaultMinutes: number }) {
  const form = useFormState(fields, "schedule", {
    personId: person?.id ?? "",
    date: "",
    time: "",
    durationMinutes: String(defaultMinutes),
    channel: "in_person",
    place: "",
  });
  const people = usePeopleNames();
  const schedule = useScheduleConversation();
  const bind = (field: ScheduleField) => ({
    id: `schedule-${field}`,
    value: form.values[field],
    error: form.errors[field],
    onChange: (event: { target: { value: string } }) => form.setValue(field, event.target.value),
  });
  const mode = form.values.channel as ConversationMode;
  const [extraPending, setExtraPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const found = problems(form.values, timeZone);
    if (Object.keys(found).length > 0) {
      form.showErrors(found);
      return;
    }
    try {
      await beforeSchedule?.();
      const conversation = await schedule.mutateAsync({
        personId: form.values.personId,
        scheduledFor: zonedToInstant(form.values.date, form.values.time, timeZone) ?? "",
        durationMinutes: form.values.durationMinutes,
        channel: mode,
        place: form.values.place,
      });
      onScheduled(conversation);
    } catch (error) {
      if (error instanceof ApiError && error.fields.scheduledFor) {
        const { scheduledFor, ...rest } = error.fields;
        form.showErrors({ ...rest, date: scheduledFor });
      } else form.showSubmitError(error);
    }
  }

  async function runExtraAction(action: NonNullable<typeof extraAction>) {
    form.clearErrors();
    setExtraPending(true);
    try {
      await action.onAction();
    } catch (error) {
      form.showSubmitError(error);
    } finally {
      setExtraPending(false);
    }
  }

  return (
    <ScheduleDialogFrame
      open={open}
      onOpenChange={onOpenChange}
      title={person ? `Schedule a conversation with ${person.name}` : "Schedule a conversation"}
      description="Enter the time they picked. You can reschedule in one click if it moves."
      submitLabel="Schedule"
      pendingLabel="Scheduling…"
      pending={schedule.isPending || extraPending}
      onSubmit={submit}
      extraAction={
        extraAction ? (
          <Button
            variant="secondary"
            disabled={schedule.isPending || extraPending}
            onClick={() => void runExtraAction(extraAction)}
          >
            {extraAction.label}
          </Button>
        ) : null
      }
    >
      <FormErrorAlert form={form} compact />
      {person ? null : (
        <Select {...bind("personId")} label="With" className="sm:col-span-2">
          <option value="">{people.isPending ? "Loading your people…" : "Choose a person…"}</option>
          {(people.data?.people ?? []).map((each) => (
            <option key={each.id} value={each.id}>
              {each.organizationName ? `${each.name} (${each.organizationName})` : each.name}
            </option>
          ))}
        </Select>
      )}
      <TextInput {...bind("date")} type="date" label="Date" hint={`In ${zoneText(timeZone)}`} />
      <TextInput {...bind("time")} type="time" label="Time" hint={`In ${zoneText(timeZone)}`} />
      <TextInput
        {...bind("durationMinutes")}
        type="number"
        inputMode="numeric"
        min={conversationLengthLimits.min}
        max={conversationLengthLimits.max}
        step={5}
        label="Length (minutes)"
        hint={`Your default: ${lengthText(defaultMinutes)}.`}
      />
      <Select {...bind("channel")} label="How">
        {conversationModes.map((each) => (
          <option key={each} value={each}>
            {conversationModeLabels[each]}
          </option>
        ))}
      </Select>
      <TextInput
        {...bind("place")}
        label={mode === "video" ? "Video link" : "Place or link"}
        hint={placeHints[mode]}
        className="sm:col-span-2"
        maxLength={500}
      />
    </ScheduleDialogFrame>
  );
}
