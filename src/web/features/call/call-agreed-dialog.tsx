import { useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import type { Activity } from "../../../domain/activity.js";
import type { Person } from "../../../domain/person.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { whenText } from "../../lib/conversations-format.js";
import { afterCallTakenBack } from "../../lib/invalidation.js";
import { ScheduleConversationDialog } from "../conversations/index.js";
import { useCadenceSettings } from "../settings/index.js";
import { callApi } from "./api.js";
import { useLogCallOutcome } from "./queries.js";

interface AgreedToTalkDialogProps {
  person: Person;
  open: boolean;
  /** Cancelled or dismissed: nothing is logged, the explorer is back at the question. */
  onAbandon: () => void;
  /** The call and the conversation are both in the log. */
  onScheduled: (message: string) => void;
  /** They agreed, but the time is to come: only the call is in the log. */
  onLoggedWithoutTime: (call: Activity) => void;
}

/**
 * "They agreed to talk": when, how long, how and where, while it is fresh (METHOD §3).
 * The call is logged only when the explorer goes on (a time, or "no time yet"), so
 * abandoning the dialog and picking the outcome again still leaves one call in the log.
 */
export function AgreedToTalkDialog(props: AgreedToTalkDialogProps) {
  const { person, open } = props;
  const logOutcome = useLogCallOutcome(person.id);
  const queryClient = useQueryClient();
  const settings = useCadenceSettings();
  const { showToast } = useToast();
  // The call logged by a Schedule that then failed: a retry reuses it, Cancel takes it back.
  const loggedCall = useRef<Activity | null>(null);

  async function logCall(): Promise<Activity> {
    if (loggedCall.current) return loggedCall.current;
    // The server stamps the call with its own now; the browser sends no time.
    const { activity: call } = await logOutcome.mutateAsync({ outcome: "agreed" });
    loggedCall.current = call;
    return call;
  }

  async function abandon() {
    const call = loggedCall.current;
    loggedCall.current = null;
    props.onAbandon();
    if (!call) return;
    try {
      await callApi.undoOutcome(call.id);
      await afterCallTakenBack(queryClient);
    } catch (error) {
      showToast({
        message: `Could not take back the call in the log: ${errorMessage(error)}`,
        tone: "error",
      });
    }
  }

  return (
    <ScheduleConversationDialog
      open={open}
      person={person}
      onOpenChange={(stillOpen) => {
        if (!stillOpen) void abandon();
      }}
      beforeSchedule={async () => {
        await logCall();
      }}
      onScheduled={(conversation) => {
        loggedCall.current = null;
        const when = settings.data
          ? whenText(conversation.startsAt, settings.data.timeZone)
          : "the time you entered";
        props.onScheduled(`Scheduled with ${person.name}: ${when}.`);
      }}
      extraAction={{
        label: "No time yet: log the call",
        onAction: async () => {
          const call = await logCall();
          loggedCall.current = null;
          props.onLoggedWithoutTime(call);
        },
      }}
    />
  );
}
