import type { Finding } from "../../../domain/coach/finding.js";
import { findingsStatus } from "./coach-panel.js";

interface CoachSummaryProps {
  text: string;
  findings: Finding[];
  checking: boolean;
}

/** Moves to the coach below the text: its first finding, or its heading when there is none. */
function showCoach() {
  const heading = document.getElementById("coach-heading");
  const first = heading?.closest("section")?.querySelector<HTMLElement>("button[data-code]");
  if (first) first.focus();
  else heading?.scrollIntoView({ block: "start" });
}

/**
 * On a phone the coach sits below the text, out of sight while writing: this bar keeps its
 * count at the foot of the screen (sticky, below the text, never over the text at rest) and
 * is one tap from the findings. Wider screens show the coach beside the text instead.
 */
export function CoachSummary({ text, findings, checking }: CoachSummaryProps) {
  const count = findings.length;
  const status =
    text.trim().length === 0 ? "write something and the coach will read it" : findingsStatus(count);
  return (
    <div
      data-testid="coach-summary"
      className="sticky bottom-0 z-10 -mx-5 -mb-5 flex items-center justify-between gap-3 rounded-b-2xl border-t border-slate-200 bg-white/95 px-5 py-1 backdrop-blur sm:-mx-6 sm:px-6 lg:hidden"
    >
      <p className={`text-sm ${count > 0 ? "font-medium text-amber-900" : "text-slate-600"}`}>
        Coach: {status}
        {checking ? <span className="text-slate-500"> (reading…)</span> : null}
      </p>
      {count > 0 ? (
        <button
          type="button"
          onClick={showCoach}
          className="min-h-11 shrink-0 rounded-lg px-3 text-sm font-semibold text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          See the findings
        </button>
      ) : null}
    </div>
  );
}
