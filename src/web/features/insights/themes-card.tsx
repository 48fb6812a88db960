import { useId, useState } from "react";
import { Link } from "react-router";
import type { ThemeItem } from "../../../domain/insights/insights-view.js";
import { followUpPath } from "../../lib/conversations-format.js";

// One formatter per zone: a theme lists many conversations. "Mar 3, 2025" in the explorer's zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
export function dayText(instant: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      month: "short",
      day: "numeric",
      year: "numeric",
      timeZone,
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/**
 * One theme: what was said, by how many of the people with takeaways (a bar for the eye,
 * the sentence for everyone), and the takeaways counted together, so the explorer can check
 * the grouping.
 */
export function ThemeCard({
  theme,
  of,
  said,
  timeZone,
}: {
  theme: ThemeItem;
  /** People with any takeaway: the bar's whole. */
  of: number;
  /** "2 of 3 people said". */
  said: string;
  timeZone: string;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const share = of === 0 ? 0 : Math.round((theme.people / of) * 100);
  return (
    <li className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="theme">
      <p className="text-sm text-slate-600">{said}</p>
      <p className="mt-0.5 text-base font-semibold break-words text-slate-900">“{theme.label}”</p>
      <div aria-hidden="true" className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-100">
        <div className="h-full rounded-full bg-teal-600" style={{ width: `${share}%` }} />
      </div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className="mt-2 -ml-1 flex min-h-11 items-center gap-1.5 rounded-md px-1 text-sm font-medium text-teal-800 hover:underline"
      >
        <span
          aria-hidden="true"
          className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}
        >
          ▸
        </span>
        What was counted together ({theme.sources.length})
      </button>
      <ul
        hidden={!open}
        id={listId}
        className="mt-1 grid gap-2 border-l-2 border-slate-200 pl-3 text-sm"
      >
        {theme.sources.map((source) => (
          <li key={source.takeawayId} className="break-words">
            <span className="text-slate-900">“{source.text}”</span>
            <span className="block text-slate-600">
              <Link
                to={`/people/${source.personId}`}
                className="font-medium text-teal-700 hover:underline"
              >
                {source.personName}
              </Link>
              {" · "}
              <Link to={followUpPath(source.activityId)} className="text-teal-700 hover:underline">
                {source.conversationAt
                  ? `Conversation of ${dayText(source.conversationAt, timeZone)}`
                  : "The conversation"}
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
