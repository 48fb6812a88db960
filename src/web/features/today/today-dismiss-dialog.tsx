import * as Dialog from "@radix-ui/react-dialog";
import { type FormEvent, useId, useState } from "react";
import { Button } from "../../components/button.js";
import { TextArea } from "../../components/field.js";

const maxReason = 500;

interface DismissDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What is being dismissed, in words ("Call Maya Chen"). */
  what: string;
  pending: boolean;
  /** A failure from the server, shown in the dialog. */
  serverError: string | null;
  onDismiss: (reason: string) => void;
}

/** Asks why an action should go away; the reason is required, so the log stays honest. */
export function DismissDialog({
  open,
  onOpenChange,
  what,
  pending,
  serverError,
  onDismiss,
}: DismissDialogProps) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const fieldId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setError("Say why, in a few words: it helps you later.");
      document.getElementById(fieldId)?.focus();
      return;
    }
    if (trimmed.length > maxReason) {
      setError(`Keep it under ${maxReason} characters.`);
      return;
    }
    onDismiss(trimmed);
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setReason("");
          setError(undefined);
        }
        onOpenChange(next);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-scrim/40 backdrop-blur-[1px]" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-2xl bg-white p-6 shadow-xl ring-1 ring-slate-900/10">
          <Dialog.Title className="text-lg font-semibold text-slate-900">
            Dismiss this action?
          </Dialog.Title>
          <Dialog.Description className="mt-1 text-slate-600">
            “{what}” will leave Today. A new entry in the log brings reminders back.
          </Dialog.Description>
          <form onSubmit={submit} noValidate className="mt-4">
            <TextArea
              id={fieldId}
              label="Why?"
              hint="For example: they asked me to wait until after their launch."
              rows={3}
              maxLength={maxReason + 100}
              value={reason}
              error={error}
              onChange={(event) => {
                setReason(event.target.value);
                if (error) setError(undefined);
              }}
            />
            {serverError ? (
              <p role="alert" className="mt-3 text-sm font-medium text-red-700">
                {serverError}
              </p>
            ) : null}
            <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button variant="secondary">Cancel</Button>
              </Dialog.Close>
              <Button type="submit" variant="primary" disabled={pending}>
                {pending ? "Dismissing…" : "Dismiss"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
