import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CallOutcomeDraft } from "../../../domain/call-outcome.js";
import { afterLogChange, showInLog } from "../../lib/invalidation.js";
import { callApi } from "./api.js";

/** Logs what came of the call; the entry shows in the log at once, then everything refreshes. */
export function useLogCallOutcome(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: CallOutcomeDraft) => callApi.logOutcome(personId, draft),
    onSuccess: async ({ activity }) => {
      showInLog(queryClient, activity);
      await afterLogChange(queryClient);
    },
  });
}
