import { ButtonLink } from "../../../components/button.js";
import { EmptyState } from "../../../components/empty-state.js";
import { LoadFailed, Loading } from "../../../components/query-state.js";
import { useEffort } from "../queries.js";
import type { SectionProps } from "../section-props.js";
import { ActivityFigure } from "./activity-figure.js";
import { AnswerTime } from "./answer-time.js";
import { BreakdownFigure } from "./breakdown-figure.js";
import { stepCount } from "./effort-format.js";
import { FunnelFigure } from "./funnel-figure.js";
import { ReferralsFigure } from "./referrals-figure.js";

/** Effort and yield (METHOD §7): requests sent, answered, accepted; by what; and the snowball. */
export function EffortSection({ query }: SectionProps) {
  const effort = useEffort(query);
  if (effort.isPending) return <Loading label="Counting your letters and answers…" />;
  if (effort.isError) return <LoadFailed error={effort.error} retry={() => effort.refetch()} />;
  const view = effort.data;
  if (view.people === 0) {
    return (
      <EmptyState title="Nobody matches these filters" icon="✦">
        No one you found fits this interest, place and period. Choose another, or clear the filters
        to count everyone.
      </EmptyState>
    );
  }
  if (stepCount(view.funnel, "contacted") === 0) {
    return (
      <EmptyState
        title="Nobody contacted yet"
        icon="✉"
        actions={
          <ButtonLink variant="primary" to="/people">
            Choose someone to write to
          </ButtonLink>
        }
      >
        This counts what your letters, e-mails and calls bring back. Write to someone on your list
        and log it on their page (or log a call); the answers, conversations and introductions add
        up here.
      </EmptyState>
    );
  }
  return (
    <div
      className={`grid min-w-0 gap-5 transition-opacity ${effort.isPlaceholderData ? "opacity-50" : ""}`}
      aria-busy={effort.isPlaceholderData}
      data-testid="effort-figures"
    >
      <FunnelFigure rows={view.funnel} />
      <AnswerTime spread={view.daysToFirstAnswer} />
      <BreakdownFigure breakdowns={view.breakdowns} />
      <ReferralsFigure referrals={view.referrals} />
      <ActivityFigure weeks={view.activityPerWeek} />
    </div>
  );
}
