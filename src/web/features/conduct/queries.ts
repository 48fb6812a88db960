import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConductView } from "../../../domain/conduct/conduct-view.js";
import { afterLogChange, queryKeys } from "../../lib/invalidation.js";
import { type OutboxEntry, outbox, useOutboxEntries } from "../../lib/outbox.js";
import { conductApi } from "./api.js";
import {
  applyChange,
  type ConductChange,
  conductScope,
  isConductChange,
  requestFor,
} from "./conduct-changes.js";

export function useConduct(activityId: string) {
  return useQuery({
    queryKey: queryKeys.conduct(activityId),
    queryFn: () => conductApi.conduct(activityId),
    // Offline, the page keeps what it has; it must not blank while the network is away.
    networkMode: "offlineFirst",
  });
}

const registered = new WeakSet<QueryClient>();

/** What the server accepted goes into the cached page at once (the queue no longer shows it). */
function keepSentChanges(queryClient: QueryClient) {
  if (registered.has(queryClient)) return;
  registered.add(queryClient);
  outbox.onSent((entry, answer) => {
    if (!entry.scope.startsWith("conduct:") || !isConductChange(entry.change)) return;
    const change = entry.change;
    const activityId = entry.scope.slice("conduct:".length);
    queryClient.setQueryData<ConductView>(queryKeys.conduct(activityId), (view) => {
      if (!view) return view;
      if (change.kind === "capture" && isCaptureAnswer(answer)) {
        const people = view.capturedPeople.filter((person) => person.id !== change.id);
        return people.some((person) => person.id === answer.person.id)
          ? { ...view, capturedPeople: people }
          : { ...view, capturedPeople: [...people, answer.person] };
      }
      return applyChange(view, change);
    });
    if (change.kind === "end" || change.kind === "capture") void afterLogChange(queryClient);
  });
}

function isCaptureAnswer(
  answer: unknown,
): answer is { person: ConductView["capturedPeople"][number] } {
  return (
    typeof answer === "object" &&
    answer !== null &&
    "person" in answer &&
    typeof answer.person === "object" &&
    answer.person !== null
  );
}

function changesOf(entries: readonly OutboxEntry[], activityId: string) {
  const scope = conductScope(activityId);
  return entries.filter((entry) => entry.scope === scope);
}

/**
 * The page's state: the server's view with every change still in the outbox applied on
 * top, so it works the same with no connection. `write` queues a change and shows it.
 */
export function useConductState(activityId: string, server: ConductView | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => keepSentChanges(queryClient), [queryClient]);
  const entries = changesOf(useOutboxEntries(), activityId);
  // Between queuing (IndexedDB is asynchronous) and the outbox listing it, it shows at once.
  const [local, setLocal] = useState<{ entryless: ConductChange[] }>({ entryless: [] });
  const view = useMemo(() => {
    if (!server) return undefined;
    let next = server;
    for (const entry of entries)
      if (isConductChange(entry.change)) next = applyChange(next, entry.change);
    for (const change of local.entryless) next = applyChange(next, change);
    return next;
  }, [server, entries, local]);
  const write = useCallback(
    async (change: ConductChange) => {
      setLocal((current) => ({ entryless: [...current.entryless, change] }));
      await outbox.enqueue(conductScope(activityId), requestFor(activityId, change), change);
      setLocal((current) => ({
        entryless: current.entryless.filter((each) => each !== change),
      }));
    },
    [activityId],
  );
  return {
    view,
    write,
    waiting: entries.filter((entry) => entry.state === "waiting").length,
    failed: entries.filter((entry) => entry.state === "failed"),
  };
}
