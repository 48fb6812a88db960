import { Link } from "react-router";
import {
  type Activity,
  activityKindLabels,
  callOutcomeLabels,
  callOutcomes,
  cancellationOutcomeLabels,
  cancellationOutcomes,
  declineOutcomeLabels,
  declineOutcomes,
} from "../../../domain/activity.js";
import type { PersonName } from "../../../domain/people-page.js";
import { LogKindIcon } from "../../components/log-icons.js";
import { channelModeText, followUpPath, lengthText } from "../../lib/conversations-format.js";
import { formatDateTime } from "../../lib/log-format.js";

/** "Voicemail left", "Message left with Pat", "Not now, maybe later". */
export function outcomeText(activity: Activity): string | null {
  const outcome = activity.outcome;
  if (outcome === null) return null;
  if (outcome === "message_left" && activity.withName) {
    return `Message left with ${activity.withName}`;
  }
  const call = callOutcomes.find((known) => known === outcome);
  if (call) return callOutcomeLabels[call];
  const decline = declineOutcomes.find((known) => known === outcome);
  if (decline) return declineOutcomeLabels[decline];
  const cancellation = cancellationOutcomes.find((known) => known === outcome);
  return cancellation ? cancellationOutcomeLabels[cancellation] : null;
}

/** "Call · Voicemail left": how an entry is named in buttons and messages. */
export function entryTitle(activity: Activity): string {
  const outcome = outcomeText(activity);
  const kind = activityKindLabels[activity.kind];
  return outcome ? `${kind} · ${outcome}` : kind;
}

const iconTone: Record<Activity["kind"], string> = {
  letter_sent: "bg-sky-50 text-sky-700 ring-sky-200",
  email_sent: "bg-sky-50 text-sky-700 ring-sky-200",
  network_message_sent: "bg-sky-50 text-sky-700 ring-sky-200",
  call: "bg-amber-50 text-amber-700 ring-amber-200",
  reply_received: "bg-teal-50 text-teal-700 ring-teal-200",
  declined: "bg-rose-50 text-rose-700 ring-rose-200",
  snafu: "bg-orange-50 text-orange-700 ring-orange-200",
  meeting_scheduled: "bg-violet-50 text-violet-700 ring-violet-200",
  conversation_held: "bg-teal-50 text-teal-700 ring-teal-200",
  conversation_cancelled: "bg-rose-50 text-rose-700 ring-rose-200",
  thank_you_sent: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  update_sent: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  note: "bg-slate-100 text-slate-600 ring-slate-200",
};

const actionClass =
  "rounded-md px-2 py-1 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900";

interface LogEntryProps {
  activity: Activity;
  suggested: PersonName | undefined;
  /** For a held conversation's entry: the conversation (its "meeting_scheduled" entry). */
  followUpOf?: string | null;
  onEdit: () => void;
  onDelete: () => void;
  deleting: boolean;
}

export function LogEntryIcon({ kind }: { kind: Activity["kind"] }) {
  return (
    <span
      className={`relative z-10 flex size-8 shrink-0 items-center justify-center rounded-full ring-1 ${iconTone[kind]}`}
    >
      <LogKindIcon kind={kind} />
    </span>
  );
}

export function LogEntry({
  activity,
  suggested,
  followUpOf = null,
  onEdit,
  onDelete,
  deleting,
}: LogEntryProps) {
  const title = entryTitle(activity);
  const when = formatDateTime(activity.occurredAt);
  return (
    <div className="flex gap-3">
      <LogEntryIcon kind={activity.kind} />
      <div className="min-w-0 flex-1 pt-0.5">
        <div className="flex items-start justify-between gap-3">
          <h3 className="min-w-0 flex-1 font-semibold break-words text-slate-900">
            {activityKindLabels[activity.kind]}
            {outcomeText(activity) ? (
              <span className="font-medium text-slate-600"> · {outcomeText(activity)}</span>
            ) : null}
          </h3>
          <div className="-mt-1 -mr-2 flex shrink-0 gap-1">
            <button
              type="button"
              className={actionClass}
              onClick={onEdit}
              data-log-edit={activity.id}
              aria-label={`Edit ${title}, ${when}`}
            >
              Edit
            </button>
            <button
              type="button"
              className={`${actionClass} hover:text-red-700`}
              onClick={onDelete}
              disabled={deleting}
              aria-label={`Delete ${title}, ${when}`}
            >
              Delete
            </button>
          </div>
        </div>
        <p className="text-sm text-slate-500">
          <time dateTime={activity.occurredAt}>{when}</time>
        </p>
        {activity.kind === "declined" && activity.outcome === "try_someone_else" ? (
          <p className="mt-1 text-sm text-slate-700">
            Suggested:{" "}
            {suggested ? (
              <Link
                to={`/people/${suggested.id}`}
                className="font-medium text-teal-700 hover:underline"
              >
                {suggested.name}
              </Link>
            ) : (
              <span className="text-slate-500">not recorded yet</span>
            )}
          </p>
        ) : null}
        {activity.scheduledFor ? (
          <p className="mt-1 text-sm text-slate-700">
            For{" "}
            <time dateTime={activity.scheduledFor} className="font-medium">
              {formatDateTime(activity.scheduledFor)}
            </time>
            {[
              activity.durationMinutes ? lengthText(activity.durationMinutes) : null,
              channelModeText(activity.channel),
              activity.place,
            ]
              .filter(Boolean)
              .map((part) => ` · ${part}`)
              .join("")}
          </p>
        ) : null}
        {activity.detail ? (
          <p className="mt-1.5 max-w-prose whitespace-pre-line break-words text-slate-800">
            {activity.detail}
          </p>
        ) : null}
        {followUpOf ? (
          <p className="mt-1 text-sm">
            <Link
              to={followUpPath(followUpOf)}
              className="font-medium text-teal-700 hover:underline"
            >
              Follow up: takeaways and reflection
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
