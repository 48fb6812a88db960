import { type ReactNode, useRef, useState } from "react";
import type { ActionGroup } from "../../../domain/cadence.js";
import { actionGroupLabels, actionGroups } from "../../../domain/cadence.js";
import type { TodayAction } from "../../../domain/today.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { todayApi } from "./api.js";
import { useDismissAction, useHideAction, useSnoozeAction } from "./queries.js";
import { ActionRow, actionTitle } from "./today-action-row.js";
import { DismissDialog } from "./today-dismiss-dialog.js";
import { dayAndTime, type TodayClock } from "./today-format.js";

/** Overdue first, then the longest waiting. */
function byUrgency(first: TodayAction, second: TodayAction): number {
  const rank = (action: TodayAction) => (action.state === "overdue" ? 0 : 1);
  return rank(first) - rank(second) || first.dueAt.localeCompare(second.dueAt);
}

function ActionGroupSection({
  group,
  actions,
  children,
}: {
  group: ActionGroup;
  actions: TodayAction[];
  children: ReactNode;
}) {
  const headingId = `today-group-${group}`;
  const overdue = actions.filter((action) => action.state === "overdue").length;
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
          {actions.length}
          <span className="sr-only"> {actions.length === 1 ? "action" : "actions"}</span>
        </span>
        {overdue > 0 ? (
          <span className="text-sm font-medium text-red-700">{overdue} overdue</span>
        ) : null}
      </h3>
      <ul className="divide-y divide-slate-100">{children}</ul>
    </section>
  );
}

/** Due and overdue actions, grouped Call, Write, Thank, Confirm, Prepare. */
export function TodayActions({ actions, clock }: { actions: TodayAction[]; clock: TodayClock }) {
  const snooze = useSnoozeAction();
  const dismiss = useDismissAction();
  const hide = useHideAction();
  const { showToast } = useToast();
  const [dismissing, setDismissing] = useState<TodayAction | null>(null);
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
          {actions.length} {actions.length === 1 ? "action" : "actions"}
        </span>
      </h2>
      <div className="flex flex-col gap-4">
        {actionGroups.map((group) => {
          const inGroup = actions.filter((action) => action.group === group).sort(byUrgency);
          if (inGroup.length === 0) return null;
          return (
            <ActionGroupSection key={group} group={group} actions={inGroup}>
              {inGroup.map((action) => (
                <ActionRow
                  key={action.key}
                  action={action}
                  clock={clock}
                  busy={pendingKey === action.key}
                  onSnooze={(chosen, until) => void onSnooze(chosen, until)}
                  onDismiss={(chosen) => {
                    dismiss.reset();
                    setDismissing(chosen);
                  }}
                />
              ))}
            </ActionGroupSection>
          );
        })}
      </div>
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
    </section>
  );
}
