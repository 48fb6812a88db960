import type { FormEvent } from "react";
import type { ConversationWithPerson } from "../../../domain/conversation.js";
import { instantToZoned, zonedToInstant } from "../../../domain/conversation.js";
import type { FieldErrors } from "../../../domain/validation.js";
import { TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { ApiError } from "../../lib/api.js";
import { whenText, zoneText } from "../../lib/conversations-format.js";
import { useFormState } from "../../lib/form-state.js";
import { useRescheduleConversation } from "./queries.js";
import { ScheduleDialogFrame } from "./schedule-dialog-frame.js";

const fields = ["date", "time"] as const;

/** What the dialog needs of a conversation (Today has no more than this). */
export type ReschedulableConversation = Pick<
  ConversationWithPerson,
  "activityId" | "startsAt" | "personName"
>;

interface RescheduleDialogProps {
  conversation: ReschedulableConversation | null;
  timeZone: string;
  onOpenChange: (open: boolean) => void;
  onRescheduled: (conversation: ConversationWithPerson) => void;
}

/** A new time for the same conversation: length, mode and place stay as they were. */
export function RescheduleDialog(props: RescheduleDialogProps) {
  // Keyed by conversation so each opening starts from that conversation's time.
  if (!props.conversation) return null;
  return (
    <RescheduleForm
      key={props.conversation.activityId}
      {...props}
      conversation={props.conversation}
    />
  );
}

function RescheduleForm({
  conversation,
  timeZone,
  onOpenChange,
  onRescheduled,
}: RescheduleDialogProps & { conversation: ReschedulableConversation }) {
  const form = useFormState(fields, "reschedule", instantToZoned(conversation.startsAt, timeZone));
  const reschedule = useRescheduleConversation();
  const bind = (field: (typeof fields)[number]) => ({
    id: `reschedule-${field}`,
    value: form.values[field],
    error: form.errors[field],
    onChange: (event: { target: { value: string } }) => form.setValue(field, event.target.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const found: FieldErrors = {};
    if (!form.values.date) found.date = "Enter the new date";
    if (!form.values.time) found.time = "Enter the new time";
    const scheduledFor = zonedToInstant(form.values.date, form.values.time, timeZone);
    if (!scheduledFor && !found.date && !found.time) found.date = "Enter a real date and time";
    if (!scheduledFor || Object.keys(found).length > 0) {
      form.showErrors(found);
      return;
    }
    try {
      onRescheduled(await reschedule.mutateAsync({ id: conversation.activityId, scheduledFor }));
    } catch (error) {
      if (error instanceof ApiError && error.fields.scheduledFor)
        form.showErrors({ date: error.fields.scheduledFor });
      else form.showSubmitError(error);
    }
  }

  return (
    <ScheduleDialogFrame
      open
      onOpenChange={onOpenChange}
      title={`Reschedule with ${conversation.personName}`}
      description={`Now ${whenText(conversation.startsAt, timeZone)}. The length, mode and place stay the same.`}
      submitLabel="Reschedule"
      pendingLabel="Rescheduling…"
      pending={reschedule.isPending}
      onSubmit={submit}
    >
      <FormErrorAlert form={form} compact />
      <TextInput {...bind("date")} type="date" label="New date" hint={`In ${zoneText(timeZone)}`} />
      <TextInput {...bind("time")} type="time" label="New time" hint={`In ${zoneText(timeZone)}`} />
    </ScheduleDialogFrame>
  );
}
