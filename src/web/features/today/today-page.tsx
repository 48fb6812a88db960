import { useState } from "react";
import type { TodayAction } from "../../../domain/today.js";
import { todayMoreStep } from "../../../domain/today-page.js";
import { ButtonLink } from "../../components/button.js";
import { EmptyState } from "../../components/empty-state.js";
import { PlusIcon, TodayIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { importFrom } from "../import/index.js";
import type { TodayOpened } from "./api.js";
import { useToday } from "./queries.js";
import { actionTitle } from "./today-action-row.js";
import { TodayActions } from "./today-actions.js";
import { TodayCheckIn } from "./today-check-in.js";
import { dueText, longDate, type TodayClock, weekSummary } from "./today-format.js";
import { ComingUp, UpcomingConversations } from "./today-upcoming.js";

/** For someone with nobody saved yet: the three first steps, and the buttons to take them. */
function FirstSteps() {
  return (
    <EmptyState
      icon={<TodayIcon />}
      title="Start with the people you'd like to learn from"
      actions={
        <>
          <ButtonLink to="/people/new" variant="primary">
            <PlusIcon />
            Add your first person
          </ButtonLink>
          <ButtonLink to="/import" state={importFrom("today")} variant="secondary">
            Import LinkedIn or contacts
          </ButtonLink>
        </>
      }
    >
      <ol className="mx-auto mt-2 flex max-w-md list-decimal flex-col gap-1 pl-5 text-left">
        <li>Add or import a few people whose work interests you.</li>
        <li>Write to one of them, then log the letter or email on their page.</li>
        <li>Come back here: Rapport tells you when to call, confirm, prepare and thank.</li>
      </ol>
    </EmptyState>
  );
}

/** A calm page when everything is done, saying what comes next. */
function NothingDue({ next, clock }: { next: TodayAction | undefined; clock: TodayClock }) {
  return (
    <EmptyState icon="✓" title="Nothing due today">
      {next ? (
        <p>
          Next: <strong className="font-semibold text-slate-800">{actionTitle(next)}</strong>,{" "}
          {dueText(next, clock)}.
        </p>
      ) : (
        <p>
          Nothing is waiting on you this week. Write to someone new, and Rapport will remind you
          when to follow up.
        </p>
      )}
    </EmptyState>
  );
}

/** The home page: what to do today, what comes this week, and how the week has gone. */
export function TodayPage() {
  // How far each list is opened ("Show more"); a fresh visit shows the top of each.
  const [opened, setOpened] = useState<TodayOpened>({});
  const today = useToday(opened);
  const showMore = (list: keyof TodayOpened, shown: number) =>
    setOpened((current) => ({ ...current, [list]: shown + todayMoreStep }));

  // The server's now and the explorer's zone: the page counts and writes dates in that zone.
  const clock: TodayClock | null = today.data
    ? { now: new Date(today.data.now), timeZone: today.data.timeZone }
    : null;
  const isNew = today.data ? !today.data.hasPeople : false;
  const header = (
    <PageHeader
      title="Today"
      description={
        clock && today.data ? (
          <>
            <p className="font-medium text-slate-700">{longDate(clock.now, clock.timeZone)}</p>
            {isNew ? null : (
              <p className="mt-0.5 text-sm text-slate-500" data-testid="week-summary">
                {weekSummary(today.data.week)}
              </p>
            )}
          </>
        ) : null
      }
      actions={
        isNew ? null : (
          <ButtonLink to="/people/new" variant="secondary">
            <PlusIcon />
            Add person
          </ButtonLink>
        )
      }
    />
  );

  if (today.isPending) {
    return (
      <>
        {header}
        <Loading label="Loading today's actions…" />
      </>
    );
  }
  if (today.isError) {
    return (
      <>
        {header}
        <LoadFailed error={today.error} retry={() => void today.refetch()} />
      </>
    );
  }
  if (!clock) return header;
  if (isNew) {
    return (
      <>
        {header}
        <FirstSteps />
      </>
    );
  }

  const due = today.data.actions.filter((action) => action.state !== "upcoming");
  const comingUp = today.data.actions
    .filter((action) => action.state === "upcoming")
    .sort((first, second) => first.dueAt.localeCompare(second.dueAt));
  return (
    <>
      {header}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,20rem)]">
        <div className="min-w-0">
          {due.length > 0 ? (
            <TodayActions
              actions={due}
              groups={today.data.groups}
              clock={clock}
              loadingMore={today.isPlaceholderData}
              onShowMore={(group, shown) => showMore(group, shown)}
            />
          ) : (
            <NothingDue next={comingUp[0]} clock={clock} />
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          {today.data.checkIn ? <TodayCheckIn checkIn={today.data.checkIn} /> : null}
          <UpcomingConversations
            conversations={today.data.upcoming}
            total={today.data.upcomingTotal}
            clock={clock}
          />
          <ComingUp
            actions={comingUp}
            total={today.data.comingUpTotal}
            clock={clock}
            loadingMore={today.isPlaceholderData}
            onShowMore={() => showMore("comingUp", comingUp.length)}
          />
        </div>
      </div>
    </>
  );
}
