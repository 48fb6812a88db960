import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api } from "./api.js";
import { errorMessage } from "./components/query-state.js";
import { useToast } from "./components/toast.js";

type DeletedKind = "person" | "organization";

/**
 * After a delete, offers "Undo" for a while. It talks to the API directly (not through a
 * page's mutation) because the page that deleted the record is already gone.
 */
export function useUndoDeleteToast() {
  const queryClient = useQueryClient();
  const { showToast } = useToast();

  return useCallback(
    (kind: DeletedKind, deleted: { id: string; name: string }) => {
      async function undo() {
        try {
          if (kind === "person") await api.restorePerson(deleted.id);
          else await api.restoreOrganization(deleted.id);
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: ["people"] }),
            queryClient.invalidateQueries({ queryKey: ["organizations"] }),
          ]);
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
    [queryClient, showToast],
  );
}
