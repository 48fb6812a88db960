import { todayMoreStep } from "../../../domain/today-page.js";
import { Button } from "../../components/button.js";

export const numbers = new Intl.NumberFormat("en-GB");

/**
 * Under a list cut short: how much is shown, and a button for the next few. The most
 * pressing come first, so the rest can wait for a click.
 */
export function ShowMore({
  shown,
  total,
  loading,
  onShowMore,
  what,
}: {
  shown: number;
  total: number;
  loading: boolean;
  onShowMore: () => void;
  what: string;
}) {
  const next = Math.min(todayMoreStep, total - shown);
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 px-5 py-3 text-sm text-slate-600 sm:px-6">
      <span>
        Showing {numbers.format(shown)} of {numbers.format(total)}
      </span>
      <Button
        variant="secondary"
        onClick={onShowMore}
        disabled={loading}
        aria-label={`Show ${numbers.format(next)} more: ${what}`}
      >
        {loading ? "Loading…" : `Show ${numbers.format(next)} more`}
      </Button>
    </div>
  );
}
