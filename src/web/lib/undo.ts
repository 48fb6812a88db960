import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useToast } from "../components/toast.js";
import { errorMessage } from "./error-message.js";
import { afterPeopleChange } from "./invalidation.js";

/**
 * After a delete, offers "Undo" for a while. It talks to the API directly (not through a
 * page's mutation) because the page that deleted the record is already gone. `restore` is
 * the feature's own restore call (a person, an organization).
 */
export function useUndoDeleteToast(restore: (id: string) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const { showToast } = useToast();

  return useCallback(
    (deleted: { id: string; name: string }) => {
      async function undo() {
        try {
          await restore(deleted.id);
          await afterPeopleChange(queryClient);
          showToast({ message: `Restored ${deleted.name}.`, duration: 5000 });
        } catch (error) {
          showToast({
            message: `Could not restore ${deleted.name}: ${errorMessage(error)}`,
            tone: "error",
          });
        }
      }
      showToast({
        message: `Deleted ${deleted.name}.`,
        action: { label: "Undo", onAction: () => void undo() },
      });
    },
    [queryClient, showToast, restore],
  );
}
