import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { type Activity, activityKinds } from "../../../domain/activity.js";
import { deriveConversations } from "../../../domain/conversation.js";
import type { PersonName } from "../../../domain/people-page.js";
import type { Person } from "../../../domain/person.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { entryTitle, LogEntry } from "./person-log-entry.js";
import { LogForm, logFormValues } from "./person-log-form.js";
import {
  useActivities,
  useDeleteActivity,
  useLogActivity,
  useRestoreActivity,
  useUpdateActivity,
} from "./queries.js";

interface PersonLogProps {
  person: Person;
  /** Everyone the explorer has saved: for "try someone else" and its link. */
  people: PersonName[];
}

/** Quick-add on top; after saving, a fresh form takes over and focus goes back to "What happened". */
function QuickAdd({ person, people }: PersonLogProps) {
  const logActivity = useLogActivity(person.id);
  const [round, setRound] = useState(0);
  // `?log=call` (Today's "Log the call") opens the form on that kind.
  const [searchParams] = useSearchParams();
  const askedKind = activityKinds.find((kind) => kind === searchParams.get("log"));
  const [lastKind, setLastKind] = useState<string | undefined>(askedKind);
  const [saved, setSaved] = useState("");

  return (
    <div className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset sm:p-5 print:hidden">
      <LogForm
        key={round}
        idPrefix="log"
        personId={person.id}
        people={people}
        initial={logFormValues(null, lastKind)}
        editing={false}
        saving={logActivity.isPending}
        focusOnMount={round > 0}
        save={async (draft) => {
          const activity = await logActivity.mutateAsync(draft);
          setLastKind(activity.kind);
          setSaved(`Added to the log: ${entryTitle(activity)}.`);
          setRound((current) => current + 1);
        }}
      />
      <p role="status" className={saved ? "mt-3 text-sm text-teal-800" : "sr-only"}>
        {saved}
      </p>
    </div>
  );
}

export function PersonLog({ person, people }: PersonLogProps) {
  const activities = useActivities(person.id);
  const updateActivity = useUpdateActivity();
  const deleteActivity = useDeleteActivity();
  const restoreActivity = useRestoreActivity();
  const { showToast } = useToast();
  const [editingId, setEditingId] = useState<string | null>(null);
  // After an inline edit closes, focus goes back to that entry's Edit button.
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  useEffect(() => {
    if (returnFocusTo === null || editingId !== null) return;
    document.querySelector<HTMLElement>(`[data-log-edit="${CSS.escape(returnFocusTo)}"]`)?.focus();
    setReturnFocusTo(null);
  }, [returnFocusTo, editingId]);
  const closeEditor = (id: string) => {
    setEditingId(null);
    setReturnFocusTo(id);
  };
  const peopleById = new Map(people.map((someone) => [someone.id, someone]));
  // A held conversation's entry links to its follow-up page (issue 11), which is addressed
  // by the conversation's "meeting_scheduled" entry; the length does not matter here.
  const conversationHeldBy = new Map(
    deriveConversations(activities.data ?? [], new Date(), 30).flatMap((conversation) =>
      conversation.heldActivityId ? [[conversation.heldActivityId, conversation.activityId]] : [],
    ),
  );
  // Today's "Log the call" links to #log: bring the log into view with its form ready.
  useEffect(() => {
    if (window.location.hash !== "#log") return;
    document.getElementById("log")?.scrollIntoView({ block: "start" });
    document.getElementById("log-kind")?.focus({ preventScroll: true });
  }, []);

  async function remove(activity: Activity) {
    const title = entryTitle(activity);
    try {
      await deleteActivity.mutateAsync(activity.id);
      document.getElementById("person-log-heading")?.focus();
      showToast({
        message: `Deleted “${title}” from the log.`,
        action: {
          label: "Undo",
          onAction: () => {
            restoreActivity.mutate(activity.id, {
              onSuccess: () => showToast({ message: `Restored “${title}”.`, duration: 5000 }),
              onError: (error) =>
                showToast({
                  message: `Could not restore “${title}”: ${errorMessage(error)}`,
                  tone: "error",
                }),
            });
          },
        },
      });
    } catch (error) {
      showToast({ message: `Could not delete “${title}”: ${errorMessage(error)}`, tone: "error" });
    }
  }

  function timeline() {
    if (activities.isPending) return <p className="py-4 text-slate-500">Loading the log…</p>;
    if (activities.isError) {
      return (
        <p role="alert" className="py-4 text-red-800">
          Could not load the log: {errorMessage(activities.error)}
        </p>
      );
    }
    if (activities.data.length === 0) {
      return (
        <p className="py-4 text-slate-500">
          Nothing logged yet. Record the first letter, email or call above: the stage follows from
          the log.
        </p>
      );
    }
    return (
      <ol className="mt-2" aria-label={`Log for ${person.name}, newest first`}>
        {activities.data.map((activity, index) => (
          <li key={activity.id} className="relative pb-5 last:pb-0">
            {index < activities.data.length - 1 ? (
              <span
                aria-hidden="true"
                className="absolute top-8 bottom-0 left-4 w-px bg-slate-200"
              />
            ) : null}
            {editingId === activity.id ? (
              <div className="rounded-xl bg-slate-50 p-4 ring-1 ring-teal-600/40 ring-inset">
                <LogForm
                  idPrefix={`log-edit-${activity.id}`}
                  personId={person.id}
                  people={people}
                  initial={logFormValues(activity)}
                  editing
                  focusOnMount
                  saving={updateActivity.isPending}
                  save={async (draft) => {
                    await updateActivity.mutateAsync({ id: activity.id, draft });
                    closeEditor(activity.id);
                  }}
                  onCancel={() => closeEditor(activity.id)}
                />
              </div>
            ) : (
              <LogEntry
                activity={activity}
                suggested={
                  activity.suggestedPersonId
                    ? peopleById.get(activity.suggestedPersonId)
                    : undefined
                }
                followUpOf={conversationHeldBy.get(activity.id) ?? null}
                onEdit={() => setEditingId(activity.id)}
                onDelete={() => remove(activity)}
                deleting={deleteActivity.isPending}
              />
            )}
          </li>
        ))}
      </ol>
    );
  }

  const count = activities.data?.length ?? 0;
  return (
    <section
      id="log"
      aria-labelledby="person-log-heading"
      // Scrolled to from Today's "Log the call": clear of the sticky search bar.
      className="scroll-mt-20 rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <h2
        id="person-log-heading"
        tabIndex={-1}
        className="pb-3 text-base font-semibold text-slate-900 outline-none"
      >
        Log {count > 0 ? <span className="font-normal text-slate-500">({count})</span> : null}
      </h2>
      <QuickAdd person={person} people={people} />
      <div className="mt-5">{timeline()}</div>
    </section>
  );
}
