import { Suspense } from "react";
import type { InsightsOptions } from "../../../../domain/insights/insights-view.js";
import { Loading } from "../../../components/query-state.js";
import { CheckInForm } from "../../today/index.js";

/**
 * Compare's "still excited?" panel (METHOD §7): the same form Today's card shows, with the
 * last check-in's date and when the next is due. Saving refreshes Compare's series.
 */
export function CheckInPanel({ options }: { options: InsightsOptions }) {
  if (options.interests.length === 0 && options.counts.conversationsHeld === 0) return null;
  return (
    <section
      aria-label="Still excited?"
      data-testid="check-in-panel"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <Suspense fallback={<Loading label="Loading the check-in…" />}>
        <CheckInForm variant="insights" />
      </Suspense>
    </section>
  );
}
