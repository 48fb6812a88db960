import type { Blocker } from "react-router";
import { ConfirmDialog } from "./confirm-dialog.js";

/** The in-app question a blocked navigation asks; pairs with useUnsavedChangesGuard. */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      onOpenChange={(open) => {
        if (!open && blocker.state === "blocked") blocker.reset();
      }}
      title="Leave without saving?"
      description="The changes you made on this form will be lost."
      confirmLabel="Leave without saving"
      onConfirm={() => {
        if (blocker.state === "blocked") blocker.proceed();
      }}
    />
  );
}
