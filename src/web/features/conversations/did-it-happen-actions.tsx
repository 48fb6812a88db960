import { type FormEvent, useState } from "react";
import {
  type CancellationOutcome,
  cancellationOutcomeLabels,
  cancellationOutcomes,
} from "../../../domain/activity.js";
import type { ConversationWithPerson } from "../../../domain/conversation.js";
import { instantToZoned, zonedToInstant } from "../../../domain/conversation.js";
import type { FieldErrors } from "../../../domain/validation.js";
import { Button } from "../../components/button.js";
import { TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { ApiError } from "../../lib/api.js";
import { whenText, zoneText } from "../../lib/conversations-format.js";
import { useFormState } from "../../lib/form-state.js";
import {
  useMarkConversationCancelled,
  useMarkHeldAt,
  useReopenConversation,
  useRescheduleConversation,
} from "./queries.js";
import { ScheduleDialogFrame } from "./schedule-dialog-frame.js";
import { RescheduleDialog } from "./schedule-new-time-dialog.js";

/** The conversation a "Did it happen?" row asks about. */
export interface PastConversation {
  activityId: string;
  personName: string;
  startsAt: string;
  durationMinutes: number;
}

interface DidItHappenProps {
  conversation: PastConversation;
  timeZone: string;
}

const heldFields = ["date", "time", "minutes"] as const;

/** "It happened", with the scheduled start and length prefilled and editable. */
function HeldDialog({
  conversation,
  timeZone,
  onOpenChange,
  onHeld,
}: DidItHappenProps & {
  onOpenChange: (open: boolean) => void;
  onHeld: (held: ConversationWithPerson) => void;
}) {
  const form = useFormState(heldFields, "held", {
    ...instantToZoned(conversation.startsAt, timeZone),
    minutes: String(conversation.durationMinutes),
  });
  const markHeld = useMarkHeldAt();
  const bind = (field: (typeof heldFields)[number]) => ({
    id: `held-${conversation.activityId}-${field}`,
    value: form.values[field],
    error: form.errors[field],
    onChange: (event: { target: { value: string } }) => form.setValue(field, event.target.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    const found: FieldErrors = {};
    const occurredAt = zonedToInstant(form.values.date, form.values.time, timeZone);
    if (!occurredAt) found.date = "Enter the date and time it started";
    const minutes = Number(form.values.minutes);
    if (!Number.isInteger(minutes) || minutes < 1) found.minutes = "Enter the minutes it took";
    if (!occurredAt || Object.keys(found).length > 0) {
      form.showErrors(found);
      return;
    }
    try {
      onHeld(
        await markHeld.mutateAsync({
          id: conversation.activityId,
          draft: { occurredAt, durationMinutes: minutes },
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && (error.fields.occurredAt || error.fields.durationMinutes))
        form.showErrors({
          date: error.fields.occurredAt ?? "",
          minutes: error.fields.durationMinutes ?? "",
        });
      else form.showSubmitError(error);
    }
  }

  return (
    <ScheduleDialogFrame
      open
      onOpenChange={onOpenChange}
      title={`It happened: ${conversation.personName}`}
      description="When it started and how long it took. The thank-you counts from its end."
      submitLabel="It happened"
      pendingLabel="Saving…"
      pending={markHeld.isPending}
      onSubmit={submit}
    >
      <FormErrorAlert form={form} compact />
      <TextInput {...bind("date")} type="date" label="Date" hint={`In ${zoneText(timeZone)}`} />
      <TextInput
        {...bind("time")}
        type="time"
        label="Started at"
        hint={`In ${zoneText(timeZone)}`}
      />
      <TextInput {...bind("minutes")} type="number" min={1} max={240} label="Minutes it took" />
    </ScheduleDialogFrame>
  );
}

const cancelVerbs: Record<CancellationOutcome, string> = {
  cancelled_by_them: "They cancelled",
  cancelled_by_me: "You cancelled",
  no_show: "They did not come to",
};

/**
 * "Did it happen?" for a conversation whose time has passed: it happened (at its scheduled
 * start, with its length, both editable), it moved (a new time), or it did not (they
 * cancelled, I cancelled, they did not come). Each answer can be undone.
 */
export function DidItHappenActions({ conversation, timeZone }: DidItHappenProps) {
  const { showToast } = useToast();
  const markHeld = useMarkHeldAt();
  const markCancelled = useMarkConversationCancelled();
  const reopen = useReopenConversation();
  const reschedule = useRescheduleConversation();
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const busy = markHeld.isPending || markCancelled.isPending;
  const forWhom = <span className="sr-only"> with {conversation.personName}</span>;

  function offerUndo(message: string, closingId: string | null) {
    showToast({
      message,
      action: closingId
        ? {
            label: "Undo",
            onAction: () =>
              void reopen
                .mutateAsync(closingId)
                .catch((error) =>
                  showToast({ message: `Could not undo: ${errorMessage(error)}`, tone: "error" }),
                ),
          }
        : undefined,
    });
  }

  function heldDone(held: ConversationWithPerson) {
    setEditing(false);
    offerUndo(
      `Logged your conversation with ${held.personName} (${whenText(held.startsAt, timeZone)}). Thank them next: it is first on Today.`,
      held.heldActivityId,
    );
  }

  async function happened() {
    try {
      heldDone(await markHeld.mutateAsync({ id: conversation.activityId, draft: {} }));
    } catch (error) {
      showToast({ message: `Could not log it: ${errorMessage(error)}`, tone: "error" });
    }
  }

  async function cancelled(outcome: CancellationOutcome) {
    try {
      const closed = await markCancelled.mutateAsync({
        id: conversation.activityId,
        draft: { outcome },
      });
      offerUndo(
        `${cancelVerbs[outcome]} the conversation with ${closed.personName}. Offer a new time: it is on Today.`,
        closed.cancelledActivityId,
      );
    } catch (error) {
      showToast({ message: `Could not log it: ${errorMessage(error)}`, tone: "error" });
    }
  }

  return (
    <>
      <Button variant="primary" disabled={busy} onClick={() => void happened()}>
        It happened{forWhom}
      </Button>
      <Button variant="secondary" disabled={busy} onClick={() => setEditing(true)}>
        Other time or length<span className="sr-only">: it happened{forWhom}</span>
      </Button>
      <Button variant="secondary" disabled={busy} onClick={() => setMoving(true)}>
        Moved<span className="sr-only">: pick a new time{forWhom}</span>
      </Button>
      {cancellationOutcomes.map((outcome) => (
        <Button
          key={outcome}
          variant="ghost"
          disabled={busy}
          onClick={() => void cancelled(outcome)}
        >
          {cancellationOutcomeLabels[outcome]}
          {forWhom}
        </Button>
      ))}
      {editing ? (
        <HeldDialog
          conversation={conversation}
          timeZone={timeZone}
          onOpenChange={setEditing}
          onHeld={heldDone}
        />
      ) : null}
      <RescheduleDialog
        conversation={moving ? conversation : null}
        timeZone={timeZone}
        onOpenChange={setMoving}
        onRescheduled={(moved) => {
          setMoving(false);
          showToast({
            message: `Moved your conversation with ${moved.personName} to ${whenText(moved.startsAt, timeZone)}.`,
            action: {
              label: "Undo",
              onAction: () =>
                void reschedule
                  .mutateAsync({ id: conversation.activityId, scheduledFor: conversation.startsAt })
                  .catch((error) =>
                    showToast({ message: `Could not undo: ${errorMessage(error)}`, tone: "error" }),
                  ),
            },
          });
        }}
      />
    </>
  );
}
