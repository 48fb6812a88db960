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
  colour = "bg-teal-600",
}: {
  label: ReactNode;
  /** 0 to 1. */
  share: number;
  text: ReactNode;
  colour?: string;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] items-center gap-x-3 gap-y-1 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)]">
      <span className="truncate text-sm font-medium text-slate-800">{label}</span>
      <span className="flex min-w-0 items-center gap-2">
        <span
          className={`h-3 shrink-0 rounded-sm ${colour}`}
          style={{ width: `${Math.max(share * 70, share > 0 ? 1 : 0)}%` }}
        />
        <span className="min-w-0 text-sm text-slate-700 tabular-nums">{text}</span>
      </span>
    </div>
  );
}
