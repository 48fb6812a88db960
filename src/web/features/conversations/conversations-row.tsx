import { Link } from "react-router";
import { cancellationOutcomeLabels } from "../../../domain/activity.js";
import type { ConversationWithPerson } from "../../../domain/conversation.js";
import { AvailableOffline } from "../../components/available-offline.js";
import { Button, ButtonLink, buttonClasses } from "../../components/button.js";
import { ExternalIcon } from "../../components/icons.js";
import {
  conductPath,
  followUpPath,
  lengthText,
  modeText,
  preparePath,
  whenText,
} from "../../lib/conversations-format.js";
import { conversationsApi } from "./api.js";
import { DidItHappenActions } from "./did-it-happen-actions.js";

export interface ConversationRowActions {
  onReschedule: (conversation: ConversationWithPerson) => void;
  onCancel: (conversation: ConversationWithPerson) => void;
  /** The conversation an action is running for, so its buttons wait. */
  busyId: string | null;
}

const statusBadge = {
  upcoming: null,
  did_it_happen: {
    label: "Did it happen?",
    className: "bg-amber-50 text-amber-900 ring-amber-200",
  },
  held: { label: "Held", className: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  cancelled: { label: "Cancelled", className: "bg-slate-100 text-slate-700 ring-slate-200" },
} as const;

function Place({ conversation }: { conversation: ConversationWithPerson }) {
  if (!conversation.place) return null;
  if (!conversation.placeLink) {
    return <p className="text-sm break-words text-slate-600">{conversation.place}</p>;
  }
  return (
    <a
      href={conversation.placeLink}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex max-w-full items-center gap-1 text-sm font-medium break-all text-teal-700 hover:underline"
    >
      {conversation.place}
      <ExternalIcon />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}

/** One conversation: when, with whom, how and where, and what can be done with it. */
export function ConversationRow({
  conversation,
  timeZone,
  actions,
}: {
  conversation: ConversationWithPerson;
  timeZone: string;
  actions: ConversationRowActions;
}) {
  const badge = statusBadge[conversation.status];
  const busy = actions.busyId === conversation.activityId;
  const details = [lengthText(conversation.durationMinutes), modeText(conversation.mode)]
    .filter(Boolean)
    .join(" · ");
  return (
    <li
      className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between"
      data-conversation={conversation.activityId}
    >
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <time dateTime={conversation.startsAt} className="font-semibold text-violet-800">
            {whenText(conversation.startsAt, timeZone)}
          </time>
          <span className="text-sm text-slate-600">{details}</span>
          {badge ? (
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${badge.className}`}
            >
              {conversation.status === "cancelled" && conversation.cancellation
                ? cancellationOutcomeLabels[conversation.cancellation]
                : badge.label}
            </span>
          ) : null}
          <AvailableOffline activityId={conversation.activityId} />
        </p>
        <p className="mt-0.5">
          <Link
            to={`/people/${conversation.personId}`}
            className="font-semibold break-words text-slate-900 underline-offset-2 hover:text-teal-800 hover:underline"
          >
            {conversation.personName}
          </Link>
          {conversation.organizationName ? (
            <span className="text-slate-500"> · {conversation.organizationName}</span>
          ) : null}
        </p>
        <Place conversation={conversation} />
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        {conversation.status === "did_it_happen" ? (
          // As on Today: held (at the start, or another time), moved, cancelled by whom, no-show.
          <DidItHappenActions conversation={conversation} timeZone={timeZone} />
        ) : null}
        {conversation.status === "upcoming" || conversation.status === "did_it_happen" ? (
          <ButtonLink to={conductPath(conversation.activityId)}>
            Start the conversation<span className="sr-only"> with {conversation.personName}</span>
          </ButtonLink>
        ) : null}
        {conversation.status === "held" ? (
          <ButtonLink to={followUpPath(conversation.activityId)}>
            Follow up<span className="sr-only"> with {conversation.personName}</span>
          </ButtonLink>
        ) : null}
        {conversation.status === "upcoming" ? (
          <ButtonLink to={preparePath(conversation.activityId)}>
            Prepare<span className="sr-only"> for {conversation.personName}</span>
          </ButtonLink>
        ) : null}
        {conversation.status === "upcoming" ? (
          <>
            <Button disabled={busy} onClick={() => actions.onReschedule(conversation)}>
              Reschedule
            </Button>
            <Button variant="danger" disabled={busy} onClick={() => actions.onCancel(conversation)}>
              Cancel
            </Button>
          </>
        ) : null}
        <a
          href={conversationsApi.icsHref(conversation.activityId)}
          download
          className={buttonClasses("ghost")}
        >
          Download .ics
          <span className="sr-only"> (calendar file for {conversation.personName})</span>
        </a>
      </div>
    </li>
  );
}
