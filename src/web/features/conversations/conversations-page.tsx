import { useState } from "react";
import { Link } from "react-router";
import type { ConversationWithPerson } from "../../../domain/conversation.js";
import { Button, ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { ConversationIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { whenText } from "../../lib/conversations-format.js";
import { useCadenceSettings } from "../settings/index.js";
import { ConversationRow, type ConversationRowActions } from "./conversations-row.js";
import { useCancelConversation, useConversations, useRestoreConversation } from "./queries.js";
import { ScheduleConversationDialog } from "./schedule-conversation-dialog.js";
import { RescheduleDialog } from "./schedule-new-time-dialog.js";

const cardClass = "rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6";

function ConversationList({
  id,
  title,
  empty,
  conversations,
  timeZone,
  actions,
}: {
  id: string;
  title: string;
  empty: string;
  conversations: ConversationWithPerson[];
  timeZone: string;
  actions: ConversationRowActions;
}) {
  return (
    <section aria-labelledby={id} className={cardClass}>
      <h2 id={id} className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">({conversations.length})</span>
      </h2>
      {conversations.length === 0 ? (
        <p className="pt-3 text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {conversations.map((conversation) => (
            <ConversationRow
              key={conversation.activityId}
              conversation={conversation}
              timeZone={timeZone}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Upcoming and past informational conversations, each one click from its next step. */
export function ConversationsPage() {
  const conversations = useConversations();
  const settings = useCadenceSettings();
  const [scheduling, setScheduling] = useState(false);
  const [rescheduling, setRescheduling] = useState<ConversationWithPerson | null>(null);
  const cancel = useCancelConversation();
  const restore = useRestoreConversation();
  const { showToast } = useToast();
  const busyId = cancel.isPending ? (cancel.variables ?? null) : null;

  const header = (
    <PageHeader
      title="Conversations"
      description="The informational conversations you have scheduled and held."
      actions={
        <Button variant="primary" onClick={() => setScheduling(true)}>
          <PlusIcon />
          Schedule a conversation
        </Button>
      }
    />
  );
  if (conversations.isPending || settings.isPending)
    return (
      <>
        {header}
        <Loading label="Loading your conversations…" />
      </>
    );
  if (conversations.isError || settings.isError) {
    const failed = conversations.isError ? conversations : settings;
    return (
      <>
        {header}
        <LoadFailed error={failed.error} retry={() => failed.refetch()} />
      </>
    );
  }
  const timeZone = settings.data.timeZone;
  const { upcoming, past } = conversations.data;

  async function cancelConversation(conversation: ConversationWithPerson) {
    const withWhom = `with ${conversation.personName}`;
    try {
      await cancel.mutateAsync(conversation.activityId);
      showToast({
        message: `Cancelled the conversation ${withWhom}.`,
        action: {
          label: "Undo",
          onAction: () =>
            void restore.mutateAsync(conversation.activityId).then(
              () =>
                showToast({ message: `Restored the conversation ${withWhom}.`, duration: 5000 }),
              (error: unknown) =>
                showToast({ message: `Could not restore: ${errorMessage(error)}`, tone: "error" }),
            ),
        },
      });
    } catch (error) {
      showToast({ message: `Could not cancel: ${errorMessage(error)}`, tone: "error" });
    }
  }

  const actions: ConversationRowActions = {
    onReschedule: setRescheduling,
    onCancel: (conversation) => void cancelConversation(conversation),
    busyId,
  };

  return (
    <>
      {header}
      {upcoming.length === 0 && past.length === 0 ? (
        <EmptyState
          icon={<ConversationIcon />}
          title="No conversations yet"
          actions={
            <>
              <Button variant="primary" onClick={() => setScheduling(true)}>
                Schedule a conversation
              </Button>
              <ButtonLink to="/people">Go to People</ButtonLink>
            </>
          }
        >
          <p>
            When someone agrees to talk, let them pick the time, then schedule it here or with
            “Schedule a conversation” on their page. Rapport reminds you to confirm, prepare and
            thank them.
          </p>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <ConversationList
            id="conversations-upcoming"
            title="Upcoming"
            empty="Nothing scheduled. When someone agrees to talk, schedule it here."
            conversations={upcoming}
            timeZone={timeZone}
            actions={actions}
          />
          <ConversationList
            id="conversations-past"
            title="Past"
            empty="Conversations you have had will be listed here."
            conversations={past}
            timeZone={timeZone}
            actions={actions}
          />
          <p className="text-sm text-slate-500">
            Times are in {timeZone.replaceAll("_", " ")}. See them in your calendar app:{" "}
            <Link to="/settings#calendar" className="font-medium text-teal-700 hover:underline">
              subscribe in Settings
            </Link>
            .
          </p>
        </div>
      )}
      <ScheduleConversationDialog
        open={scheduling}
        onOpenChange={setScheduling}
        onScheduled={(conversation) => {
          setScheduling(false);
          showToast({
            message: `Scheduled with ${conversation.personName}: ${whenText(conversation.startsAt, timeZone)}.`,
          });
        }}
      />
      <RescheduleDialog
        conversation={rescheduling}
        timeZone={timeZone}
        onOpenChange={(open) => {
          if (!open) setRescheduling(null);
        }}
        onRescheduled={(conversation) => {
          setRescheduling(null);
          showToast({
            message: `Moved to ${whenText(conversation.startsAt, timeZone)}.`,
          });
        }}
      />
    </>
  );
}
