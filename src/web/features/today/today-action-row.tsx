import { Link } from "react-router";
import type { ActionGroup } from "../../../domain/cadence.js";
import type { DraftPurpose } from "../../../domain/draft-purpose.js";
import { snoozeChoices } from "../../../domain/due-wording.js";
import { thankYouCountdown } from "../../../domain/thank-you-countdown.js";
import type { TodayAction } from "../../../domain/today.js";
import { ButtonLink, buttonClasses } from "../../components/button.js";
import { preparePath } from "../../lib/conversations-format.js";
import { DidItHappenActions, ScheduleConversationButton } from "../conversations/index.js";
import { SnoozeMenu } from "./snooze-menu.js";
import { dayAndTime, dueText, type TodayClock } from "./today-format.js";
import { SecondContactActions } from "./today-second-contact.js";

/** What the action asks, said with the person's name, for buttons and dialogs. */
export function actionTitle(action: TodayAction): string {
  const verbs: Record<ActionGroup, string> = {
    schedule: "Schedule with",
    call: "Call",
    write: "Write to",
    thank: "Thank",
    confirm: "Confirm with",
    prepare: "Prepare for",
    happened: "Did it happen with",
    follow_up: "Follow up with",
    keep_in_touch: "Keep in touch with",
  };
  return `${verbs[action.group]} ${action.personName}`;
}

const writeLabels: Partial<Record<ActionGroup, string>> = {
  write: "Write",
  thank: "Write a thank-you",
  confirm: "Write to confirm",
};

/** What the composer drafts for each writing action (`?purpose=`). */
const composePurposes: Partial<Record<ActionGroup, DraftPurpose>> = {
  write: "outreach",
  thank: "thank_you",
  confirm: "confirm",
};

/** The follow-up page of the conversation a follow-up reminder names (`triggeredBy`). */
const followUpPath = (activityId: string) =>
  `/conversations/${encodeURIComponent(activityId)}/follow-up`;

/** The one click that does the action: the call screen, the composer, or the person. */
function PrimaryAction({ action, clock }: { action: TodayAction; clock: TodayClock }) {
  const personPath = `/people/${action.personId}`;
  const forWhom = <span className="sr-only"> {action.personName}</span>;
  if (action.reason === "did_it_happen" && action.triggeredBy && action.conversationAt) {
    return (
      <DidItHappenActions
        conversation={{
          activityId: action.triggeredBy,
          personName: action.personName,
          startsAt: action.conversationAt,
          durationMinutes: action.conversationMinutes ?? 30,
        }}
        timeZone={clock.timeZone}
      />
    );
  }
  if (action.reason === "write_up_notes" || action.reason === "takeaway_action") {
    return (
      <ButtonLink
        to={action.triggeredBy ? followUpPath(action.triggeredBy) : personPath}
        variant="primary"
      >
        {action.reason === "write_up_notes" ? "Write up notes" : "Open the follow-up"}
        <span className="sr-only"> for {action.personName}</span>
      </ButtonLink>
    );
  }
  if (action.reason === "send_update" || action.reason === "keep_in_touch") {
    const query = new URLSearchParams({
      purpose: "update",
      ...(action.reason === "send_update" && action.triggeredBy
        ? { conversation: action.triggeredBy }
        : {}),
    });
    return (
      <ButtonLink to={`${personPath}/compose?${query.toString()}`} variant="primary">
        {action.reason === "send_update" ? "Write an update" : "Write to keep in touch"}
        <span className="sr-only"> to {action.personName}</span>
      </ButtonLink>
    );
  }
  if (action.group === "call") {
    return (
      <>
        {action.phone ? (
          // The call screen: the number to dial, a short script and the outcome buttons.
          <ButtonLink to={`${personPath}/call`} variant="primary">
            Call {action.phone}
            {action.phoneExtension ? ` ext. ${action.phoneExtension}` : ""}
            <span className="sr-only">, {action.personName}</span>
          </ButtonLink>
        ) : (
          <ButtonLink to={`${personPath}/edit`} variant="primary">
            Add a phone number{forWhom}
          </ButtonLink>
        )}
        {/* The log form opens on "Call": the explorer only says how it went. */}
        <ButtonLink to={`${personPath}?log=call#log`} variant="secondary">
          Log the call{forWhom}
        </ButtonLink>
      </>
    );
  }
  if (action.secondContact) {
    return <SecondContactActions action={action} choices={action.secondContact} />;
  }
  if (action.group === "schedule") {
    return <ScheduleConversationButton person={{ id: action.personId, name: action.personName }} />;
  }
  if (action.reason === "fix_contact") {
    // The outreach did not land: correct the address or number, or write another way.
    return (
      <>
        <ButtonLink to={`${personPath}/edit`} variant="primary">
          Fix the address or number{forWhom}
        </ButtonLink>
        <ButtonLink to={`${personPath}/compose?reason=${action.reason}`} variant="secondary">
          Write another way{forWhom}
        </ButtonLink>
      </>
    );
  }
  if (action.group === "prepare") {
    // The conversation this follows from is its "meeting_scheduled" entry: its preparation page.
    const progress = action.preparation;
    return (
      <ButtonLink
        to={action.triggeredBy ? preparePath(action.triggeredBy) : personPath}
        variant="primary"
        data-prepare-progress={progress ? `${progress.ready}/${progress.total}` : undefined}
      >
        Prepare{forWhom}
        {progress ? (
          <span className="font-normal">
            {" "}
            · {progress.ready} of {progress.total} ready
          </span>
        ) : null}
      </ButtonLink>
    );
  }
  const label = writeLabels[action.group] ?? "Write";
  // The composer drafts the request, thank-you or confirmation, and the coach reads along.
  const purpose = composePurposes[action.group] ?? "outreach";
  const query = new URLSearchParams({
    ...(purpose === "outreach" ? {} : { purpose }),
    ...(action.email ? { kind: "email" } : {}),
    reason: action.reason,
  });
  return (
    <ButtonLink to={`${personPath}/compose?${query.toString()}`} variant="primary">
      {label}
      <span className="sr-only"> to {action.personName}</span>
    </ButtonLink>
  );
}

const statePill: Record<TodayAction["state"], string> = {
  overdue: "bg-red-50 text-red-800 ring-red-200",
  due: "bg-amber-50 text-amber-900 ring-amber-200",
  upcoming: "bg-slate-100 text-slate-700 ring-slate-200",
};

/** "2 days overdue" as a pill: the word is always written, the colour only repeats it. */
export function DuePill({ action, clock }: { action: TodayAction; clock: TodayClock }) {
  const text = dueText(action, clock);
  return (
    <time
      dateTime={action.dueAt}
      title={`Due ${dayAndTime(action.dueAt, clock.timeZone)}`}
      className={`inline-flex items-center gap-1.5 rounded-full whitespace-nowrap px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${statePill[action.state]}`}
    >
      {action.state === "overdue" ? (
        <span aria-hidden="true" className="size-1.5 rounded-full bg-red-600" />
      ) : null}
      {action.state === "overdue" && text === "overdue" ? "Overdue" : capitalize(text)}
    </time>
  );
}

const countdownTone = {
  best: "text-teal-800",
  due: "text-amber-900",
  late: "text-red-700",
} as const;

/** "1 hr 40 min left for the best time", "due within 22 hours", "3 hours late". */
export function ThankYouCountdownText({
  action,
  clock,
}: {
  action: Pick<TodayAction, "idealBy" | "overdueAt">;
  clock: TodayClock;
}) {
  if (!action.idealBy) return null;
  const countdown = thankYouCountdown(
    { idealBy: action.idealBy, overdueAt: action.overdueAt },
    clock.now,
  );
  return (
    <p
      data-countdown={countdown.tone}
      className={`mt-1 text-sm font-semibold ${countdownTone[countdown.tone]}`}
    >
      {capitalize(countdown.text)}
    </p>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface ActionRowProps {
  action: TodayAction;
  clock: TodayClock;
  busy: boolean;
  /** `until` as UTC ISO text, to send as it is. */
  onSnooze: (action: TodayAction, until: string) => void;
  onDismiss: (action: TodayAction) => void;
}

/** One thing to do: who, why, when, and the buttons that do it or put it off. */
export function ActionRow({ action, clock, busy, onSnooze, onDismiss }: ActionRowProps) {
  const choices = snoozeChoices(clock.now, clock.timeZone);
  const overdue = action.state === "overdue";
  const lowerTitle = actionTitle(action).replace(/^\w/, (first) => first.toLowerCase());
  return (
    <li
      data-action-key={action.key}
      data-state={action.state}
      className={`relative flex flex-col gap-3 px-5 py-4 sm:px-6 ${
        overdue
          ? "bg-red-50/40 before:absolute before:inset-y-0 before:left-0 before:w-1 before:bg-red-500"
          : ""
      }`}
    >
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link
            to={`/people/${action.personId}`}
            className="font-semibold break-words text-slate-900 underline-offset-2 hover:text-teal-800 hover:underline"
          >
            {action.personName}
          </Link>
          {action.organizationName ? (
            <span className="text-sm break-words text-slate-500">{action.organizationName}</span>
          ) : null}
          <span className="basis-full sm:ml-auto sm:basis-auto">
            <DuePill action={action} clock={clock} />
          </span>
        </div>
        <p className="mt-1 break-words text-slate-700">{action.message}</p>
        {action.reason === "thank_you" && action.idealBy ? (
          <ThankYouCountdownText action={action} clock={clock} />
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <PrimaryAction action={action} clock={clock} />
        <div className="flex items-center gap-1 sm:ml-auto">
          <SnoozeMenu
            context={lowerTitle}
            disabled={busy}
            items={choices.map((choice) => ({
              id: choice.id,
              label: choice.label,
              detail: dayAndTime(choice.until, clock.timeZone),
            }))}
            onSelect={(id) => {
              const choice = choices.find((candidate) => candidate.id === id);
              if (choice) onSnooze(action, choice.until);
            }}
          />
          <button
            type="button"
            disabled={busy}
            className={buttonClasses("ghost", "px-3")}
            onClick={() => onDismiss(action)}
          >
            Dismiss<span className="sr-only"> {lowerTitle}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
