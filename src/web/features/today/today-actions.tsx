import { lazy, type ReactNode, Suspense, useRef, useState } from "react";
import type { ActionGroup } from "../../../domain/cadence.js";
import { actionGroupLabels } from "../../../domain/cadence.js";
import type { TodayAction } from "../../../domain/today.js";
import type { TodayGroupCount } from "../../../domain/today-page.js";
import { pluralForm } from "../../../domain/wording/plural.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { todayApi } from "./api.js";
import { useDismissAction, useHideAction, useSnoozeAction } from "./queries.js";
import { ActionRow, actionTitle } from "./today-action-row.js";

// The dialog (and the dialog library) loads when first asked for: most visits dismiss nothing,
// and Today's first load stays small.
const DismissDialog = lazy(() =>
  import("./today-dismiss-dialog.js").then((module) => ({ default: module.DismissDialog })),
);

import { dayAndTime, type TodayClock } from "./today-format.js";
import { numbers, ShowMore } from "./today-show-more.js";

const actionNoun = { one: "action", other: "actions" };

function ActionGroupSection({
  count,
  shown,
  loadingMore,
  onShowMore,
  children,
}: {
  count: TodayGroupCount;
  shown: number;
  loadingMore: boolean;
  onShowMore: () => void;
  children: ReactNode;
}) {
  const { group, total, overdue } = count;
  const headingId = `today-group-${group}`;
  const hidden = total - shown;
  return (
    <section
      aria-labelledby={headingId}
      className="overflow-visible rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      <h3
        id={headingId}
        className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-5 py-3 text-base font-semibold text-slate-900 sm:px-6"
      >
        {actionGroupLabels[group]}
        <span className="rounded-full bg-slate-100 px-2 text-xs font-semibold text-slate-700 ring-1 ring-slate-200">
          {numbers.format(total)}
          <span className="sr-only"> {pluralForm(total, actionNoun)}</span>
        </span>
        {overdue > 0 ? (
          <span className="text-sm font-medium text-red-700">
            {numbers.format(overdue)} overdue
          </span>
        ) : null}
      </h3>
      <ul className="divide-y divide-slate-100">{children}</ul>
      {hidden > 0 ? (
        <ShowMore
          shown={shown}
          total={total}
          loading={loadingMore}
          onShowMore={onShowMore}
          what={actionGroupLabels[group]}
        />
      ) : null}
    </section>
  );
}

/** Due and overdue actions, grouped Call, Write, Thank, Confirm, Prepare; the top of each. */
export function TodayActions({
  actions,
  groups,
  clock,
  loadingMore,
  onShowMore,
}: {
  actions: TodayAction[];
  groups: TodayGroupCount[];
  clock: TodayClock;
  loadingMore: boolean;
  /** Asks for more of a group, saying how many it shows now. */
  onShowMore: (group: ActionGroup, shown: number) => void;
}) {
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  const snooze = useSnoozeAction();
  const dismiss = useDismissAction();
  const hide = useHideAction();
  const { showToast } = useToast();
  const [dismissing, setDismissing] = useState<TodayAction | null>(null);
  // Whether the dismiss dialog was opened on this visit: its code loads then, and it stays.
  const [asked, setAsked] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  /**
   * Shows what happened with an Undo. It calls the API directly, not through this list's
   * hooks: the list may be gone by then (the last action snoozed leaves "Nothing due").
   */
  function done(action: TodayAction, message: string) {
    async function undo() {
      try {
        await todayApi.undo(action.key);
        await hide(null);
        showToast({ message: `“${actionTitle(action)}” is back on Today.`, duration: 5000 });
      } catch (error) {
        showToast({ message: `Could not undo: ${errorMessage(error)}`, tone: "error" });
      }
    }
    showToast({ message, action: { label: "Undo", onAction: () => void undo() } });
    // The row is gone: keep the keyboard user in the list rather than lost at the page top.
    requestAnimationFrame(() => headingRef.current?.focus());
    void hide(action.key);
  }

  async function onSnooze(action: TodayAction, until: string) {
    try {
      await snooze.mutateAsync({ key: action.key, until });
      done(action, `Snoozed “${actionTitle(action)}” until ${dayAndTime(until, clock.timeZone)}.`);
    } catch (error) {
      showToast({ message: `Could not snooze: ${errorMessage(error)}`, tone: "error" });
    }
  }

  async function onDismiss(reason: string) {
    const action = dismissing;
    if (!action) return;
    try {
      await dismiss.mutateAsync({ key: action.key, reason });
      setDismissing(null);
      done(action, `Dismissed “${actionTitle(action)}”.`);
    } catch {
      // The dialog shows the error and stays open.
    }
  }

  const pendingKey = snooze.isPending ? snooze.variables?.key : undefined;
  return (
    <section aria-labelledby="today-due-heading">
      <h2
        id="today-due-heading"
        ref={headingRef}
        tabIndex={-1}
        className="mb-3 text-lg font-semibold text-slate-900 focus:outline-none"
      >
        To do now
        <span className="ml-2 text-sm font-normal text-slate-500">
          {numbers.format(total)} {pluralForm(total, actionNoun)}
        </span>
      </h2>
      <div className="flex flex-col gap-4">
        {groups.map((count) => {
          const inGroup = actions.filter((action) => action.group === count.group);
          return (
            <ActionGroupSection
              key={count.group}
              count={count}
              shown={inGroup.length}
              loadingMore={loadingMore}
              onShowMore={() => onShowMore(count.group, inGroup.length)}
            >
              {inGroup.map((action) => (
                <ActionRow
                  key={action.key}
                  action={action}
                  clock={clock}
                  busy={pendingKey === action.key}
                  onSnooze={(chosen, until) => void onSnooze(chosen, until)}
                  onDismiss={(chosen) => {
                    dismiss.reset();
                    setAsked(true);
                    setDismissing(chosen);
                  }}
                />
              ))}
            </ActionGroupSection>
          );
        })}
      </div>
      {asked ? (
        <Suspense fallback={null}>
          <DismissDialog
            open={dismissing !== null}
            onOpenChange={(open) => {
              if (!open) setDismissing(null);
            }}
            what={dismissing ? actionTitle(dismissing) : ""}
            pending={dismiss.isPending}
            serverError={dismiss.isError ? errorMessage(dismiss.error) : null}
            onDismiss={(reason) => void onDismiss(reason)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
