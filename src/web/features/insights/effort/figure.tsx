import { type ReactNode, useId } from "react";

/** One figure of a section: a heading, a line saying what it shows, then the chart and table. */
export function Figure({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="min-w-0 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description ? <div className="mt-1 text-slate-600">{description}</div> : null}
      <div className="mt-4 min-w-0">{children}</div>
    </section>
  );
}

/** A labelled horizontal bar; its width is a share of the largest, its text is the figure. */
export function Bar({
  label,
  share,
  text,
  note,
  colour = "bg-teal-600",
}: {
  label: ReactNode;
  /** 0 to 1. */
  share: number;
  text: ReactNode;
  /** A line under the bar, e.g. "80% of those contacted replied". */
  note?: ReactNode;
  colour?: string;
}) {
  return (
    <div className="grid gap-x-3 gap-y-0.5 sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)] sm:items-center">
      {label ? (
        <span className="truncate text-sm font-medium text-slate-800">{label}</span>
      ) : (
        <span className="hidden sm:block" />
      )}
      <span className="flex min-w-0 items-center gap-2">
        <span
          className={`h-3 shrink-0 rounded-sm ${colour}`}
          style={{ width: `${Math.max(share * 60, share > 0 ? 1 : 0)}%` }}
        />
        <span className="text-sm whitespace-nowrap text-slate-700 tabular-nums">{text}</span>
      </span>
      {note ? <span className="text-sm text-slate-500 sm:col-start-2">{note}</span> : null}
    </div>
  );
}
