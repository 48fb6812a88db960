import { Link } from "react-router";
import type { TodayAction, UpcomingConversation } from "../../../domain/today.js";
import { lengthText, modeText } from "../../lib/conversations-format.js";
import { DuePill } from "./today-action-row.js";
import { conversationTime, dayAndTime, type TodayClock } from "./today-format.js";
import { ShowMore } from "./today-show-more.js";

const cardClass = "rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6";
const nameClass =
  "font-semibold break-words text-slate-900 underline-offset-2 hover:text-teal-800 hover:underline";

/** The place as a link when it is a web address (a video call), else as text. */
function ConversationPlace({ conversation }: { conversation: UpcomingConversation }) {
  if (!conversation.place) return null;
  if (!conversation.placeLink)
    return <p className="text-sm break-words text-slate-600">{conversation.place}</p>;
  return (
    <a
      href={conversation.placeLink}
      target="_blank"
      rel="noopener noreferrer"
      className="text-sm font-medium break-all text-teal-700 hover:underline"
    >
      {conversation.place}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/** Conversations in the next seven days, soonest first, in the browser's language and the explorer's zone. */
export function UpcomingConversations({
  conversations,
  total,
  clock,
}: {
  conversations: UpcomingConversation[];
  /** This week's conversations, shown or not. */
  total: number;
  clock: TodayClock;
}) {
  const hidden = total - conversations.length;
  return (
    <section aria-labelledby="today-conversations-heading" className={cardClass}>
      <h2
        id="today-conversations-heading"
        className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900"
      >
        Conversations this week
      </h2>
      {conversations.length === 0 ? (
        <p className="pt-3 text-sm text-slate-500">
          No conversations scheduled in the next 7 days.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {conversations.map((conversation) => {
            const startsAt = new Date(conversation.startsAt);
            return (
              <li key={conversation.activityId} className="py-3">
                <time
                  dateTime={conversation.startsAt}
                  title={dayAndTime(startsAt, clock.timeZone)}
                  className="block text-sm font-semibold text-violet-800"
                >
                  {conversationTime(startsAt, clock)}
                </time>
                <Link to={`/people/${conversation.personId}`} className={nameClass}>
                  {conversation.personName}
                </Link>
                {conversation.organizationName ? (
                  <p className="text-sm break-words text-slate-500">
                    {conversation.organizationName}
                  </p>
                ) : null}
                <p className="text-sm text-slate-600">
                  {[lengthText(conversation.durationMinutes), modeText(conversation.mode)]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <ConversationPlace conversation={conversation} />
              </li>
            );
          })}
        </ul>
      )}
      <p className="border-t border-slate-100 pt-3 text-sm">
        <Link to="/conversations" className="font-medium text-teal-700 hover:underline">
          {hidden > 0 ? `${hidden} more this week — all conversations →` : "All conversations →"}
        </Link>
      </p>
    </section>
  );
}

/** Actions that fall due within the week: what comes next, with nothing to do yet. */
export function ComingUp({
  actions,
  total,
  clock,
  loadingMore,
  onShowMore,
}: {
  actions: TodayAction[];
  /** Actions falling due later this week, shown or not. */
  total: number;
  clock: TodayClock;
  loadingMore: boolean;
  onShowMore: () => void;
}) {
  if (actions.length === 0) return null;
  const sorted = [...actions].sort((first, second) => first.dueAt.localeCompare(second.dueAt));
  return (
    <section aria-labelledby="today-coming-up-heading" className={cardClass}>
      <h2
        id="today-coming-up-heading"
        className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900"
      >
        Coming up
      </h2>
      <ul className="divide-y divide-slate-100">
        {sorted.map((action) => (
          <li key={action.key} data-action-key={action.key} className="py-3">
            <Link to={`/people/${action.personId}`} className={nameClass}>
              {action.personName}
            </Link>
            <p className="text-sm break-words text-slate-600">{action.message}</p>
            <p className="mt-1">
              <DuePill action={action} clock={clock} />
            </p>
          </li>
        ))}
      </ul>
      {total > actions.length ? (
        <div className="-mx-5 -mb-4 sm:-mx-6">
          <ShowMore
            shown={actions.length}
            total={total}
            loading={loadingMore}
            onShowMore={onShowMore}
            what="Coming up"
          />
        </div>
      ) : null}
    </section>
  );
}
