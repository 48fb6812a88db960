import type { ReactNode } from "react";
import { formatCalendarDay } from "../../../domain/wording/dates.js";

/** A card of the records sections, titled, with an optional action at the heading's end. */
export function RecordsCard({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-3">
        <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {action}
      </div>
      <div className="pt-3">{children}</div>
    </section>
  );
}

/** A gentle hint (never a block): amber, with a sign so it is not told by colour alone. */
export function Hint({ children }: { children: ReactNode }) {
  return (
    <p className="flex gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
      <span aria-hidden="true">💡</span>
      <span>{children}</span>
    </p>
  );
}

/** "1 Nov 2026" from 2026-11-01; anything else is shown as given. */
export function formatDay(ymd: string): string {
  return Number.isNaN(Date.parse(`${ymd}T00:00:00Z`))
    ? ymd
    : formatCalendarDay(ymd, { day: "numeric", month: "short", year: "numeric" });
}

/** Today as YYYY-MM-DD on this device's calendar. */
export function todayOnDevice(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "38 s", "1 min 5 s": a spoken time. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return rest === 0 ? `${seconds / 60} min` : `${Math.floor(seconds / 60)} min ${rest} s`;
}
